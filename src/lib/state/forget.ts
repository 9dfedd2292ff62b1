import { Dexie } from 'dexie';
import type { Progress, RevocationFailure } from '$lib/app';
import { DATABASE_NAME } from '$lib/storage';
import { appContext, forgetAppContext } from './app';
import { forgetStorageInstance } from './storage';

export type ForgetProgress = Progress;

export interface ForgetResult {
	/** Accounts whose tokens the provider could not be told to revoke, and why. */
	readonly failures: readonly RevocationFailure[];
	readonly revoked: number;
}

/** What "Forget this browser" will touch, for the confirmation. */
export async function forgetSummary(): Promise<{ accounts: number; grants: number; connections: number }> {
	const { forgetSummary: summary } = await import('$lib/app/grants');
	return summary(appContext());
}

/**
 * Revokes every grant it can at its provider, then deletes the database (keys, tokens, secrets,
 * connections, accounts, settings) and the app's caches. Other tabs of the app close their
 * connection on the deletion and reload.
 */
export async function forgetThisBrowser(onProgress: (progress: ForgetProgress) => void): Promise<ForgetResult> {
	const { revokeAll } = await import('$lib/app/grants');
	const ctx = appContext();
	const result = await revokeAll(ctx, onProgress);
	ctx.storage.db.close();
	forgetStorageInstance();
	forgetAppContext();
	await Dexie.delete(DATABASE_NAME);
	if (typeof caches !== 'undefined') {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	return result;
}
