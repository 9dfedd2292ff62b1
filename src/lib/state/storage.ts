import { createStorage, type Storage } from '$lib/storage';
import { database, forgetDatabase } from './database';

let instance: Storage | undefined;

/** The repositories on the app's one database. */
export function storage(): Storage {
	instance ??= createStorage({ db: database() });
	return instance;
}

/** For "Forget this browser": the next use opens a fresh, empty database. */
export function forgetStorageInstance(): void {
	instance = undefined;
	forgetDatabase();
}
