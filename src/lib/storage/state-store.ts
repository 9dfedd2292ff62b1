import type { AppDatabase } from './db';
import type { SecretBox } from './secrets';

/**
 * oidc-client-ts's `StateStore` (PKCE verifier, nonce of a sign-in in flight) on the Dexie
 * database, one namespace per account: oidc-client-ts's own keys collide when two accounts use
 * one connection. Values are sealed like every secret. Structurally typed, so storage does not
 * depend on oidc-client-ts.
 */
export class DexieStateStore {
	constructor(
		private readonly db: AppDatabase,
		private readonly box: SecretBox,
		readonly namespace: string,
		private readonly now: () => number = Date.now
	) {}

	async set(key: string, value: string): Promise<void> {
		const sealed = await this.box.seal(value, `transaction:${key}`);
		await this.db.transactions.put({ key, namespace: this.namespace, value: sealed, createdAt: this.now() });
	}

	async get(key: string): Promise<string | null> {
		const row = await this.db.transactions.get(key);
		if (!row || row.namespace !== this.namespace) return null;
		return this.box.open(row.value, `transaction:${key}`);
	}

	/** Reads and deletes at once: a state can be used once, so a replayed response finds nothing. */
	async remove(key: string): Promise<string | null> {
		const row = await this.db.transaction('rw', this.db.transactions, async () => {
			const found = await this.db.transactions.get(key);
			if (!found || found.namespace !== this.namespace) return undefined;
			await this.db.transactions.delete(key);
			return found;
		});
		if (!row) return null;
		return this.box.open(row.value, `transaction:${key}`);
	}

	async getAllKeys(): Promise<string[]> {
		const rows = await this.db.transactions.toArray();
		return rows.filter((r) => r.namespace === this.namespace).map((r) => r.key);
	}
}

/** Which namespace (account) a sign-in state belongs to, for a callback that has no opener. */
export async function transactionNamespace(db: AppDatabase, stateId: string): Promise<string | undefined> {
	return (await db.transactions.get(stateId))?.namespace;
}

/** Drops sign-ins that never came back. */
export async function clearStaleTransactions(db: AppDatabase, olderThan: number): Promise<number> {
	return db.transactions.where('createdAt').below(olderThan).delete();
}
