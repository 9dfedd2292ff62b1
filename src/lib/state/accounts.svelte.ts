import { signInValidity, statusWord, type DeleteOutcome, type SignInValidity } from '$lib/app';
import type { Account, Connection, Grant, StatusWord, Validated } from '$lib/config';
import { statusDetail, validityText } from '$lib/messages/status';
import type { StoredList } from '$lib/storage';
import { appContext } from './app';
import { clock } from './clock.svelte';
import { askToPersistOnce } from './persist';
import { Live } from './live.svelte';
import { online } from './online.svelte';
import { storage } from './storage';

interface Snapshot {
	readonly accounts: StoredList<Account>;
	readonly grants: readonly Grant[];
	readonly connections: readonly Connection[];
}

const EMPTY: Snapshot = { accounts: { items: [], unreadable: [] }, grants: [], connections: [] };

/** An account as the list shows it: settings, grant, connection and status at a glance. */
export interface AccountView {
	readonly account: Account;
	readonly grant: Grant | undefined;
	readonly connection: Connection | undefined;
	readonly status: StatusWord;
	readonly detail: string;
	/** A sign-in that ends by itself (Microsoft's 24 hours): until when, and whether to warn. */
	readonly validity?: SignInValidity & { readonly text: string };
}

export type { DeleteOutcome } from '$lib/app';
import type { RemoveOutcome } from '$lib/app/email';

export class AccountsState {
	readonly #live = new Live<Snapshot>(async () => {
		const s = storage();
		const [accounts, grants, connections] = await Promise.all([
			s.accounts.list(),
			s.grants.list(),
			s.connections.list()
		]);
		return { accounts, grants, connections: connections.items };
	}, EMPTY);

	get loaded(): boolean {
		return this.#live.loaded;
	}

	get list(): readonly Account[] {
		return this.#live.current.accounts.items;
	}

	get connections(): readonly Connection[] {
		return this.#live.current.connections;
	}

	get views(): readonly AccountView[] {
		const { accounts, grants, connections } = this.#live.current;
		const now = clock.now;
		const isOnline = online.current;
		return accounts.items.map((account) => {
			const grant = grants.find((g) => g.accountId === account.id);
			const status = statusWord(grant, isOnline, now);
			const validity = signInValidity(grant, now);
			return {
				account,
				grant,
				connection: connections.find((c) => c.id === account.connectionId),
				status,
				detail: statusDetail(grant, status, now),
				...(validity ? { validity: { ...validity, text: validityText(validity, now) } } : {})
			};
		});
	}

	view(id: string): AccountView | undefined {
		return this.views.find((v) => v.account.id === id);
	}

	async save(raw: unknown): Promise<Validated<Account>> {
		const saved = await storage().accounts.save(raw);
		if (saved.ok) void askToPersistOnce();
		return saved;
	}

	/**
	 * Revokes the account's refresh token at the provider, then deletes the account. If the
	 * provider could not be told, nothing is deleted unless `force`.
	 */
	async delete(id: string, force = false): Promise<DeleteOutcome> {
		const { deleteAccount } = await import('$lib/app/grants');
		return deleteAccount(appContext(), id, force);
	}

	/** Removes a connection the app made itself, and its registration (after its last account went). */
	async removeMadeConnection(connectionId: string): Promise<RemoveOutcome> {
		const { removeMadeConnection } = await import('$lib/app/email');
		return removeMadeConnection(appContext(), connectionId);
	}
}
