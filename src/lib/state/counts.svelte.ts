import { Live } from './live.svelte';
import { database } from './database';

/**
 * How much is configured, cheaply: the home page shows a first-steps view until accounts exist,
 * without loading the account list's code.
 */
export class Counts {
	readonly #live = new Live(
		async () => {
			const db = database();
			const [accounts, connections] = await Promise.all([db.accounts.count(), db.connections.count()]);
			return { accounts, connections };
		},
		{ accounts: 0, connections: 0 }
	);

	get loaded(): boolean {
		return this.#live.loaded;
	}

	get accounts(): number {
		return this.#live.current.accounts;
	}

	get connections(): number {
		return this.#live.current.connections;
	}
}
