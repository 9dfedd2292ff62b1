import type { Account } from '$lib/config';
import type { StoredList } from '$lib/storage';
import { Live } from './live.svelte';
import { storage } from './storage';

const EMPTY: StoredList<Account> = { items: [], unreadable: [] };

export class AccountsState {
	readonly #live = new Live(() => storage().accounts.list(), EMPTY);

	get list(): readonly Account[] {
		return this.#live.current.items;
	}

	get loaded(): boolean {
		return this.#live.loaded;
	}
}
