import type { DiscoveryResult } from '$lib/auth';
import { nameKey, type Account, type Connection, type Validated } from '$lib/config';
import type { StoredList } from '$lib/storage';
import type { ConnectionDelete, ConnectionSave } from '$lib/app';
import { tokensModule } from '$lib/app/context';
import { appContext } from './app';
import { need, t } from '$lib/messages/i18n.svelte';
import { PROVIDERS } from '$lib/providers';
import { DEMO_JMAP_SCOPES, demo } from './demo';
import { askToPersistOnce } from './persist';
import { Live } from './live.svelte';
import { storage } from './storage';

const EMPTY: StoredList<Connection> = { items: [], unreadable: [] };

export type { ConnectionSave, ConnectionDelete } from '$lib/app';

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
		const ctx = appContext();
		return discover(issuer, {
			cache: ctx.storage.discovery,
			refresh,
			...(ctx.appOrigin ? { appOrigin: ctx.appOrigin } : {}),
			...(ctx.fetch ? { fetch: ctx.fetch } : {})
		});
	}

	/** Saves a connection (see `saveConnection` of the application layer: bindings, sign-outs). */
	async save(
		raw: unknown,
		options: { removeClientSecret?: boolean; signOutConfirmed?: boolean; useOwnRedirect?: boolean } = {}
	): Promise<ConnectionSave> {
		const { saveConnection } = await import('$lib/app/grants');
		const saved = await saveConnection(appContext(), raw, options);
		if (saved.kind === 'saved') void askToPersistOnce();
		return saved;
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
		const { deleteConnection } = await import('$lib/app/grants');
		return deleteConnection(appContext(), id, force);
	}

	/**
	 * The demo build's one-click connections: to the local demo provider, or (with `npm start`'s
	 * provider twins) a Microsoft, Google or Fastmail connection whose requests the twin answers.
	 */
	async addDemo(kind: 'local' | 'microsoft' | 'google' | 'fastmail' = 'local'): Promise<Validated<Connection>> {
		if (!demo) throw new Error('This build has no local demo.');
		// The names are words of the language in use; the person may rename the connection.
		await need('connections');
		const taken = this.list.map((c) => nameKey(c.name));
		const base =
			kind === 'local'
				? t('connections', 'demo-name')
				: t('connections', 'twin-name', { provider: PROVIDERS[kind].label });
		let name = base;
		for (let n = 2; taken.includes(nameKey(name)); n++)
			name = t('connections', 'numbered-name', { name: base, number: n });
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
