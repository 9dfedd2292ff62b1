import type { DiscoveryResult } from '$lib/auth';
import { nameKey, type Account, type Connection, type Validated } from '$lib/config';
import { requestPersistence, type StoredList } from '$lib/storage';
import { demo } from './demo';
import { Live } from './live.svelte';
import { storage } from './storage';

const EMPTY: StoredList<Connection> = { items: [], unreadable: [] };

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
		const { discover } = await import('$lib/auth');
		return discover(issuer, { cache: storage().discovery, refresh, appOrigin: location.origin });
	}

	async save(raw: unknown, options: { removeClientSecret?: boolean } = {}): Promise<Validated<Connection>> {
		const result = await storage().connections.save(raw, options);
		if (result.ok) void askToPersistOnce();
		return result;
	}

	accountsUsing(id: string): Promise<Account[]> {
		return storage().connections.accountsUsing(id);
	}

	delete(id: string): Promise<void> {
		return storage().connections.delete(id);
	}

	/** The demo build's one-click connection to the local demo provider. */
	async addDemo(): Promise<Validated<Connection>> {
		if (!demo) throw new Error('This build has no local demo.');
		const taken = this.list.map((c) => nameKey(c.name));
		let name = 'Local demo';
		for (let n = 2; taken.includes(nameKey(name)); n++) name = `Local demo (${n})`;
		return this.save({ name, provider: 'oidc', issuer: demo.issuer, clientId: demo.clientId });
	}
}

/**
 * The first time something is saved, ask the browser to keep our storage. Asking on page load
 * would make Firefox prompt before the person has done anything.
 */
async function askToPersistOnce(): Promise<void> {
	const settings = storage().settings;
	if (await settings.get('persistenceRequested')) return;
	await settings.set('persistenceRequested', true);
	await requestPersistence();
}
