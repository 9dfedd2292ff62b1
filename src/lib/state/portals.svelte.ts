import type { Account } from '$lib/config';
import type { PortalLogEntry, PortalPermission } from '$lib/storage';
import { Live } from './live.svelte';
import { storage } from './storage';

interface Snapshot {
	readonly portals: readonly PortalPermission[];
	readonly accounts: readonly Account[];
	readonly log: readonly PortalLogEntry[];
}

/** Settings: the portals allowed in this browser (or this portal's frame), and what they asked. */
export class PortalsState {
	readonly #live = new Live<Snapshot>(
		async () => {
			const s = storage();
			const [portals, accounts, log] = await Promise.all([s.portals.list(), s.accounts.list(), s.portals.recent(100)]);
			return { portals, accounts: accounts.items, log };
		},
		{ portals: [], accounts: [], log: [] }
	);

	get loaded(): boolean {
		return this.#live.loaded;
	}

	/** Each allowed portal with the accounts it was given, as they read now. */
	get portals(): readonly (Omit<PortalPermission, 'accounts'> & { readonly given: readonly Account[] })[] {
		const { portals, accounts } = this.#live.current;
		return portals.map(({ accounts: _given, ...p }) => ({
			...p,
			given: accounts.filter((a) => p.accountIds.includes(a.id))
		}));
	}

	get log(): readonly PortalLogEntry[] {
		return this.#live.current.log;
	}

	remove(origin: string): Promise<void> {
		return storage().portals.remove(origin);
	}

	clearLog(): Promise<void> {
		return storage().portals.clearLog();
	}
}
