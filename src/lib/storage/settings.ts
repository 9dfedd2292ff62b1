import type { AppDatabase } from './db';

/** Settings and their types. Add a key here before using it. */
export interface SettingValues {
	/** Whether the app has asked the browser to keep its storage (asked once, on first save). */
	persistenceRequested: boolean;
	/** Accounts brought in by an import that have not signed in yet: the banner lists them. */
	importedAccounts: string[];
}

export class SettingsRepository {
	constructor(private readonly db: AppDatabase) {}

	async get<K extends keyof SettingValues>(key: K): Promise<SettingValues[K] | undefined> {
		const row = await this.db.settings.get(key);
		return row?.value as SettingValues[K] | undefined;
	}

	async set<K extends keyof SettingValues>(key: K, value: SettingValues[K]): Promise<void> {
		await this.db.settings.put({ key, value });
	}
}
