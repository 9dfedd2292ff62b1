import { AppDatabase, DATABASE_NAME } from './db';
import { AccountRepository } from './accounts';
import { ConnectionRepository } from './connections';
import { DiscoveryCache } from './discovery-cache';
import { SecretBox } from './secrets';
import { SettingsRepository } from './settings';
import { GrantRepository } from './grants';
import { PortalRepository } from './portals';

/** Everything stored, behind repositories. One per database. */
export interface Storage {
	readonly db: AppDatabase;
	readonly secrets: SecretBox;
	readonly connections: ConnectionRepository;
	readonly accounts: AccountRepository;
	readonly settings: SettingsRepository;
	readonly discovery: DiscoveryCache;
	readonly grants: GrantRepository;
	readonly portals: PortalRepository;
}

export interface StorageOptions {
	readonly name?: string;
	readonly now?: () => number;
	/** For tests: Dexie's `indexedDB` and `IDBKeyRange` (fake-indexeddb). */
	readonly dexieOptions?: ConstructorParameters<typeof AppDatabase>[1];
	/** An already opened database (the app's one), to put the repositories on. */
	readonly db?: AppDatabase;
}

export function createStorage(options: StorageOptions = {}): Storage {
	const db = options.db ?? new AppDatabase(options.name ?? DATABASE_NAME, options.dexieOptions);
	const now = options.now ?? Date.now;
	const secrets = new SecretBox(db);
	return {
		db,
		secrets,
		connections: new ConnectionRepository(db, secrets, now),
		accounts: new AccountRepository(db, now),
		settings: new SettingsRepository(db),
		discovery: new DiscoveryCache(db, now),
		grants: new GrantRepository(db, secrets),
		portals: new PortalRepository(db, now)
	};
}
