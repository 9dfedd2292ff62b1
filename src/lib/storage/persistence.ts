/**
 * Whether the browser keeps our storage under pressure. Where it does not, it may clear it
 * (Safari removes script-written storage after 7 days without a visit).
 */
export type Persistence = 'persisted' | 'not-granted' | 'unsupported';

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'>;

function manager(): StorageLike | undefined {
	return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
		? navigator.storage
		: undefined;
}

export async function persistenceStatus(storage: StorageLike | undefined = manager()): Promise<Persistence> {
	if (!storage) return 'unsupported';
	return (await storage.persisted()) ? 'persisted' : 'not-granted';
}

/** Asks the browser to keep our storage. Chrome decides silently; Firefox may ask the person. */
export async function requestPersistence(storage: StorageLike | undefined = manager()): Promise<Persistence> {
	if (!storage) return 'unsupported';
	if (await storage.persisted()) return 'persisted';
	return (await storage.persist()) ? 'persisted' : 'not-granted';
}
