import { Dexie } from 'dexie';
import {
	err,
	ok,
	stripUndefined,
	emailKey,
	newId,
	validateAccount,
	type Account,
	type FieldCode,
	type Params,
	type Validated
} from '$lib/config';
import type { AppDatabase } from './db';
import type { AccountRow } from './rows';
import { splitValid, type StoredList } from './util';

export function accountFromRow(row: AccountRow): Validated<Account> {
	const { createdAt, updatedAt, emailKey: _key, ...settings } = row;
	const checked = validateAccount(settings);
	if (!checked.ok) return checked;
	return ok({ ...checked.value, id: row.id, createdAt, updatedAt });
}

export class AccountRepository {
	constructor(
		private readonly db: AppDatabase,
		private readonly now: () => number = Date.now
	) {}

	/** Every stored account, by name. Only Dexie calls inside: usable in a `liveQuery`. */
	async list(): Promise<StoredList<Account>> {
		const rows = await this.db.accounts.toArray();
		return splitValid(rows, accountFromRow, (a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
	}

	async get(id: string): Promise<Account | undefined> {
		const row = await this.db.accounts.get(id);
		if (!row) return undefined;
		const checked = accountFromRow(row);
		return checked.ok ? checked.value : undefined;
	}

	/** The account with this address (ignoring case), by the unique index on it. */
	async byEmail(email: string): Promise<Account | undefined> {
		const row = await this.db.accounts.where('emailKey').equals(emailKey(email)).first();
		if (!row) return undefined;
		const checked = accountFromRow(row);
		return checked.ok ? checked.value : undefined;
	}

	/**
	 * Creates or replaces an account. Its connection must exist; its email must not belong to
	 * another account (ignoring case).
	 */
	async save(raw: unknown): Promise<Validated<Account>> {
		const checked = validateAccount(raw);
		if (!checked.ok) return checked;
		const input = checked.value;
		const id = input.id ?? newId();
		try {
			return await this.db.transaction('rw', [this.db.accounts, this.db.connections], async () => {
				if (!(await this.db.connections.get(input.connectionId))) {
					return fail('connectionId', 'connection-gone');
				}
				const key = emailKey(input.email);
				const clash = await this.db.accounts.where('emailKey').equals(key).first();
				if (clash && clash.id !== id) {
					return fail('email', 'email-taken-by', { email: input.email, account: clash.name });
				}
				const existing = await this.db.accounts.get(id);
				const now = this.now();
				const { id: _id, ...settings } = input;
				const row: AccountRow = stripUndefined({
					...settings,
					id,
					emailKey: key,
					createdAt: existing?.createdAt ?? now,
					updatedAt: now
				});
				await this.db.accounts.put(row);
				return accountFromRow(row);
			});
		} catch (error) {
			if (error instanceof Dexie.ConstraintError) return fail('email', 'email-taken', { email: input.email });
			throw error;
		}
	}

	/** Deletes an account and its grant (revoke first: see `$lib/auth`). */
	/** Deletes an account with its grant, and takes it out of every portal's permission. */
	async delete(id: string): Promise<void> {
		await this.db.transaction('rw', [this.db.accounts, this.db.grants, this.db.portals], async () => {
			await this.db.grants.delete(id);
			await this.db.accounts.delete(id);
			await forgetInPortals(this.db, [id]);
		});
	}
}

function fail(path: string, code: FieldCode, params?: Params): Validated<Account> {
	return err([params === undefined ? { path, code } : { path, code, params }]);
}

/** Takes accounts out of every portal's permission (inside the caller's transaction). */
export async function forgetInPortals(db: AppDatabase, accountIds: readonly string[]): Promise<void> {
	if (accountIds.length === 0) return;
	const gone = new Set(accountIds);
	await db.portals.toCollection().modify((row) => {
		row.accounts = row.accounts.filter((a) => !gone.has(a.id));
	});
}
