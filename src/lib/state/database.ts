import { Dexie } from 'dexie';
import { AppDatabase } from '$lib/storage/db';
import { databaseStatus } from './db-status.svelte';

let instance: AppDatabase | undefined;

/**
 * The app's one database, opened on first use (in the browser only). Pages that only count
 * rows use it directly and load none of the repositories' code (see `storage()`).
 */
export function database(): AppDatabase {
	if (instance) return instance;
	const db = new AppDatabase();
	instance = db;
	// Another tab opened a newer schema (a new version of the app) or deleted the database
	// ("Forget this browser"): close at once so that it is not blocked, and reload to get the code
	// and data that go with it.
	db.on('versionchange', () => {
		db.close();
		databaseStatus.reload();
		location.reload();
		return false;
	});
	db.open().catch((error: unknown) => {
		if (error instanceof Dexie.VersionError) {
			databaseStatus.failed({ code: 'database-newer' });
		} else if (error instanceof Dexie.MissingAPIError) {
			databaseStatus.failed({ code: 'database-missing' });
		} else {
			databaseStatus.failed({
				code: 'database-failed',
				detail: error instanceof Error ? error.message : String(error)
			});
		}
	});
	return db;
}

/** For "Forget this browser": the next use opens a fresh, empty database. */
export function forgetDatabase(): void {
	instance = undefined;
}
