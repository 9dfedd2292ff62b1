import type { Account } from '$lib/config';
import { Live } from './live.svelte';
import { storage } from './storage';

/** Accounts an import brought in that have not signed in yet. */
export class ImportedAccounts {
	readonly #live = new Live<readonly Account[]>(async () => {
		const s = storage();
		const ids = (await s.settings.get('importedAccounts')) ?? [];
		if (ids.length === 0) return [];
		const [accounts, grants] = await Promise.all([s.accounts.list(), s.grants.list()]);
		const signedIn = grants.map((g) => g.accountId);
		return accounts.items.filter((a) => ids.includes(a.id) && !signedIn.includes(a.id));
	}, []);

	get list(): readonly Account[] {
		return this.#live.current;
	}

	/** Stop listing them (the person will sign in later, or not at all). */
	dismiss(): Promise<void> {
		return storage().settings.set('importedAccounts', []);
	}
}
