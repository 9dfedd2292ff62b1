import type { DiscoveryResult } from '$lib/auth';
import {
	nameKey,
	validateConnection,
	type Account,
	type Connection,
	type FieldError,
	type Validated
} from '$lib/config';
import type { StoredList } from '$lib/storage';
import { tokensModule } from './auth';
import { PROVIDERS } from '$lib/providers';
import { DEMO_JMAP_SCOPES, demo, demoHttp } from './demo';
import { askToPersistOnce } from './persist';
import { Live } from './live.svelte';
import { storage } from './storage';

const EMPTY: StoredList<Connection> = { items: [], unreadable: [] };

export type ConnectionSave =
	| {
			readonly kind: 'saved';
			readonly connection: Connection;
			readonly signedOut: readonly Account[];
			readonly revocationFailures: readonly string[];
			/** The stored client secret was not kept: the connection now points elsewhere. */
			readonly droppedSecret: boolean;
	  }
	| { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
	/** Saving would point signed-in accounts at another provider or client: ask first. */
	| { readonly kind: 'confirm-sign-out'; readonly accounts: readonly Account[] };

export type ConnectionDelete =
	| { readonly kind: 'deleted'; readonly accounts: number }
	| { readonly kind: 'revocation-failed'; readonly failures: readonly string[] };

export class ConnectionsState {
	readonly #live = new Live(() => storage().connections.list(), EMPTY);

	get list(): readonly Connection[] {
		return this.#live.current.items;
	}

	get unreadable(): StoredList<Connection>['unreadable'] {
		return this.#live.current.unreadable;
	}

	get loaded(): boolean {
		return this.#live.loaded;
	}

	byId(id: string): Connection | undefined {
		return this.list.find((c) => c.id === id);
	}

	/** Checks an OpenID provider, from the cache unless `refresh`. */
	async discover(issuer: string, refresh = false): Promise<DiscoveryResult> {
		// Loaded on first use: most pages never discover anything.
		const { discover } = await tokensModule();
		return discover(issuer, { cache: storage().discovery, refresh, appOrigin: location.origin, ...demoHttp });
	}

	/**
	 * Saves a connection. A grant is bound to the issuer, token and revocation endpoints and client it came from:
	 * if the change moves signed-in accounts elsewhere, the first call asks (`confirm-sign-out`);
	 * with `signOutConfirmed` their tokens are revoked at the old provider and they are marked
	 * "Sign-in required", keeping their settings.
	 */
	async save(
		raw: unknown,
		options: { removeClientSecret?: boolean; signOutConfirmed?: boolean; useOwnRedirect?: boolean } = {}
	): Promise<ConnectionSave> {
		const s = storage();
		const checked = validateConnection(raw);
		if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
		const id = checked.value.id;
		// Accounts whose tokens belong to the provider this connection pointed at before the change:
		// signed in ones are signed out (revoked there, after asking); the tokens of those that
		// already need a sign-in are dropped. Either way no token ever goes to the new provider.
		const moved: Account[] = [];
		const stale: Account[] = [];
		const before = id ? await s.connections.get(id) : undefined;
		if (id) {
			const accounts = await s.connections.accountsUsing(id);
			const grants = (await Promise.all(accounts.map((a) => s.grants.get(a.id)))).filter((g) => g !== undefined);
			if (grants.length > 0) {
				const { bindingChanges } = await tokensModule();
				const settings = { ...checked.value, id };
				for (const grant of grants) {
					if (!bindingChanges(grant, settings, before)) continue;
					const account = accounts.find((a) => a.id === grant.accountId)!;
					if (grant.state !== 'sign-in-required') moved.push(account);
					else stale.push(account);
				}
			}
		}
		if (moved.length > 0 && !options.signOutConfirmed) return { kind: 'confirm-sign-out', accounts: moved };
		// A save that will be refused must not have signed anybody out first.
		const nameErrors = await s.connections.nameProblem(checked.value.name, id);
		if (nameErrors) return { kind: 'invalid', errors: nameErrors };

		const failures: string[] = [];
		if (moved.length > 0) {
			const { revokeGrant } = await tokensModule();
			for (const account of moved) {
				const result = await revokeGrant({ storage: s, ...demoHttp }, account.id);
				if (result.kind === 'failed') failures.push(`${account.email}: ${result.message}`);
			}
		}
		const saved = await s.connections.save(raw, options);
		if (!saved.ok) return { kind: 'invalid', errors: saved.errors };
		if (options.useOwnRedirect) await s.connections.useOwnRedirect(saved.value.id);
		const droppedSecret =
			before?.hasClientSecret === true &&
			!saved.value.hasClientSecret &&
			!options.removeClientSecret &&
			checked.value.clientSecret === undefined;
		const now = Date.now();
		for (const account of stale) {
			const grant = await s.grants.get(account.id);
			if (grant) await s.grants.store({ ...grant, hasRefreshToken: false, updatedAt: now }, { accessTokens: {} });
		}
		for (const account of moved) {
			const grant = await s.grants.get(account.id);
			if (!grant) continue;
			// The tokens belong to the old provider: wipe them, keep who signed in.
			await s.grants.store(
				{
					...grant,
					state: 'sign-in-required',
					hasRefreshToken: false,
					problem: {
						code: 'binding-changed',
						message: `The connection “${saved.value.name}” now points at another provider or client, so this account signed out. Sign in again.`,
						at: now
					},
					updatedAt: now
				},
				{ accessTokens: {} }
			);
		}
		// Accounts stuck on a configuration error get another try with the corrected settings.
		for (const account of await s.connections.accountsUsing(saved.value.id)) {
			const grant = await s.grants.get(account.id);
			if (grant?.state === 'configuration-error') {
				await s.grants.update(account.id, { state: 'retrying', retry: { attempt: 0, nextAt: now }, updatedAt: now });
			}
		}
		void askToPersistOnce();
		return { kind: 'saved', connection: saved.value, signedOut: moved, revocationFailures: failures, droppedSecret };
	}

	/** The accounts that use a connection, and how many damaged records also point at it. */
	usage(id: string): Promise<{ accounts: Account[]; unreadable: number }> {
		return storage().connections.usage(id);
	}

	/**
	 * Revokes the grants of the connection's accounts at the provider, then deletes the
	 * connection and its accounts. If a revocation fails, nothing is deleted unless `force`.
	 */
	async delete(id: string, force = false): Promise<ConnectionDelete> {
		const s = storage();
		const accounts = await s.connections.accountsUsing(id);
		const failures: string[] = [];
		for (const account of accounts) {
			if (!(await s.grants.get(account.id))) continue;
			const { revokeGrant } = await tokensModule();
			const result = await revokeGrant({ storage: s, ...demoHttp }, account.id);
			if (result.kind === 'failed') failures.push(`${account.email}: ${result.message}`);
		}
		if (failures.length > 0 && !force) return { kind: 'revocation-failed', failures };
		await s.connections.delete(id);
		return { kind: 'deleted', accounts: accounts.length };
	}

	/**
	 * The demo build's one-click connections: to the local demo provider, or (with `npm start`'s
	 * provider twins) a Microsoft, Google or Fastmail connection whose requests the twin answers.
	 */
	async addDemo(kind: 'local' | 'microsoft' | 'google' | 'fastmail' = 'local'): Promise<Validated<Connection>> {
		if (!demo) throw new Error('This build has no local demo.');
		const taken = this.list.map((c) => nameKey(c.name));
		const base = kind === 'local' ? 'Local demo' : `${PROVIDERS[kind].label} (twin)`;
		let name = base;
		for (let n = 2; taken.includes(nameKey(name)); n++) name = `${base} (${n})`;
		const twin = kind === 'local' ? undefined : demo.twins?.clients[kind];
		if (kind !== 'local' && !twin) throw new Error(`This demo build has no ${kind} twin.`);
		const saved = await storage().connections.save(
			twin
				? {
						name,
						provider: kind,
						clientId: twin.clientId,
						...(twin.clientSecret ? { clientSecret: twin.clientSecret } : {})
					}
				: {
						name,
						provider: 'oidc',
						issuer: demo.issuer,
						clientId: demo.clientId,
						// With the demo's JMAP server, its token needs the JMAP scopes too.
						...(demo.jmapSessionUrl
							? { scopes: ['openid', 'email', 'profile', 'offline_access', ...DEMO_JMAP_SCOPES] }
							: {})
					}
		);
		if (saved.ok) void askToPersistOnce();
		return saved;
	}
}
