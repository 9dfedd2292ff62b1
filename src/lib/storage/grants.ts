import { validateGrant, validateGrantSecrets, type Grant, type GrantSecrets } from '$lib/config';
import type { AppDatabase } from './db';
import type { GrantRow } from './rows';
import { SecretUnavailableError, type SecretBox } from './secrets';

export function grantContext(accountId: string): string {
	return `grant:${accountId}`;
}

function fromRow(row: GrantRow): Grant | undefined {
	const { sealed: _sealed, ...meta } = row;
	const checked = validateGrant(meta);
	return checked.ok ? checked.value : undefined;
}

/**
 * Grants: metadata in the clear, token material sealed in one document. A refresh writes both in
 * one `put`, so a rotated refresh token is never stored apart from its access token.
 */
export class GrantRepository {
	constructor(
		private readonly db: AppDatabase,
		private readonly box: SecretBox
	) {}

	/** Only Dexie calls inside: usable in a `liveQuery`. */
	async get(accountId: string): Promise<Grant | undefined> {
		const row = await this.db.grants.get(accountId);
		return row ? fromRow(row) : undefined;
	}

	/** Only Dexie calls inside: usable in a `liveQuery`. */
	async list(): Promise<Grant[]> {
		const rows = await this.db.grants.toArray();
		return rows.flatMap((row) => {
			const grant = fromRow(row);
			return grant ? [grant] : [];
		});
	}

	/**
	 * The token material. Throws `SecretUnavailableError` when it cannot be read (the key is gone):
	 * the account then needs a new sign-in.
	 */
	async secrets(accountId: string): Promise<GrantSecrets> {
		const row = await this.db.grants.get(accountId);
		if (!row?.sealed) return { accessTokens: {} };
		const text = await this.box.open(row.sealed, grantContext(accountId));
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			throw new SecretUnavailableError('undecryptable');
		}
		const checked = validateGrantSecrets(parsed);
		if (!checked.ok) throw new SecretUnavailableError('undecryptable');
		return checked.value;
	}

	/** Stores metadata and secrets together, replacing what was there. */
	async store(grant: Grant, secrets: GrantSecrets): Promise<void> {
		const sealed = await this.box.seal(JSON.stringify(secrets), grantContext(grant.accountId));
		await this.db.grants.put({ ...(grant as GrantRow), sealed });
	}

	/** Changes metadata only (state, problem, retry); the sealed tokens stay as they are. */
	async update(accountId: string, patch: Partial<Omit<Grant, 'accountId'>>): Promise<void> {
		await this.db.grants.update(accountId, (row) => {
			for (const [key, value] of Object.entries(patch)) {
				if (value === undefined) delete (row as Record<string, unknown>)[key];
				else (row as Record<string, unknown>)[key] = value;
			}
		});
	}

	async delete(accountId: string): Promise<void> {
		await this.db.grants.delete(accountId);
	}
}
