import { Dexie } from 'dexie';
import { DATABASE_NAME } from '$lib/storage';
import { tokensModule } from './auth';
import { demoHttp } from './demo';
import { forgetStorageInstance, storage } from './storage';

export interface ForgetProgress {
	readonly done: number;
	readonly total: number;
	readonly current?: string;
}

export interface ForgetResult {
	/** Accounts whose tokens the provider could not be told to revoke, and why. */
	readonly failures: readonly string[];
	readonly revoked: number;
}

/** What "Forget this browser" will touch, for the confirmation. */
export async function forgetSummary(): Promise<{ accounts: number; grants: number; connections: number }> {
	const db = storage().db;
	const [accounts, grants, connections] = await Promise.all([
		db.accounts.count(),
		db.grants.count(),
		db.connections.count()
	]);
	return { accounts, grants, connections };
}

/**
 * Revokes every grant it can at its provider, then deletes the database (keys, tokens, secrets,
 * connections, accounts, settings) and the app's caches. Other tabs of the app close their
 * connection on the deletion and reload.
 */
export async function forgetThisBrowser(onProgress: (progress: ForgetProgress) => void): Promise<ForgetResult> {
	const s = storage();
	const grants = await s.grants.list();
	const accounts = (await s.accounts.list()).items;
	const failures: string[] = [];
	let revoked = 0;
	if (grants.length > 0) {
		const { revokeGrant } = await tokensModule();
		for (const [index, grant] of grants.entries()) {
			const email = accounts.find((a) => a.id === grant.accountId)?.email ?? grant.person?.email ?? 'an account';
			onProgress({ done: index, total: grants.length, current: email });
			const result = await revokeGrant({ storage: s, ...demoHttp }, grant.accountId);
			if (result.kind === 'failed') failures.push(`${email}: ${result.message}`);
			if (result.kind === 'revoked') revoked++;
		}
		onProgress({ done: grants.length, total: grants.length });
	}
	s.db.close();
	forgetStorageInstance();
	await Dexie.delete(DATABASE_NAME);
	if (typeof caches !== 'undefined') {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	return { failures, revoked };
}
