export { createStorage, type Storage, type StorageOptions } from './create';
export { AppDatabase, DATABASE_NAME, CURRENT_VERSION, SCHEMA_VERSIONS } from './db';
export { SecretBox, SecretUnavailableError, type SecretErrorCode } from './secrets';
export { ConnectionRepository, type NewRegistration, type SaveConnectionOptions } from './connections';
export { AccountRepository } from './accounts';
export { SettingsRepository, type SettingValues } from './settings';
export { DiscoveryCache } from './discovery-cache';
export { GrantRepository } from './grants';
export {
	PortalRepository,
	PORTAL_LOG_LIMIT,
	PORTAL_LOG_LIMIT_PER_ORIGIN,
	PORTAL_LOG_RATE_PER_MINUTE,
	type PortalPermission,
	type PortalLogEntry
} from './portals';
export { DexieStateStore, transactionNamespace, clearStaleTransactions } from './state-store';
export { persistenceStatus, requestPersistence, type Persistence } from './persistence';
export type { StoredList } from './util';
export {
	previewImport,
	commitImport,
	buildExport,
	type CommitResult,
	type DroppedSecret,
	type ImportPreview,
	type Rebinding,
	type StorageCode
} from './transfer';
export type * from './rows';
