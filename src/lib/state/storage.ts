import { createStorage, type Storage } from '$lib/storage';

let instance: Storage | undefined;

/** The app's one database, opened on first use (in the browser only). */
export function storage(): Storage {
	instance ??= createStorage();
	return instance;
}
