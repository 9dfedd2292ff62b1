import type { AppDatabase } from './db';
import type { PortalLogRow, PortalRow } from './rows';

/** Portals allowed to embed the app, with the accounts each may get tokens for. */
export interface PortalPermission {
	readonly origin: string;
	readonly accountIds: readonly string[];
	readonly allowedAt: number;
	readonly updatedAt: number;
}

export type PortalLogEntry = Readonly<Required<Pick<PortalLogRow, 'id' | 'at' | 'origin' | 'request' | 'outcome'>>> &
	Readonly<Pick<PortalLogRow, 'account' | 'detail'>>;

/** How many log entries are kept: the newest. */
export const PORTAL_LOG_LIMIT = 500;

export class PortalRepository {
	constructor(
		private readonly db: AppDatabase,
		private readonly now: () => number = Date.now
	) {}

	/** Only Dexie calls inside: usable in a `liveQuery`. */
	async list(): Promise<PortalPermission[]> {
		const rows = await this.db.portals.toArray();
		return rows.map(fromRow).sort((a, b) => a.origin.localeCompare(b.origin));
	}

	async get(origin: string): Promise<PortalPermission | undefined> {
		const row = await this.db.portals.get(origin);
		return row ? fromRow(row) : undefined;
	}

	/** Allows an origin, for exactly these accounts (replacing an earlier choice). */
	async allow(origin: string, accountIds: readonly string[]): Promise<void> {
		const now = this.now();
		await this.db.transaction('rw', this.db.portals, async () => {
			const existing = await this.db.portals.get(origin);
			await this.db.portals.put({
				origin,
				accountIds: [...accountIds],
				allowedAt: existing?.allowedAt ?? now,
				updatedAt: now
			});
		});
	}

	async remove(origin: string): Promise<void> {
		await this.db.portals.delete(origin);
	}

	/** Adds to the log, keeping only the newest entries. */
	async log(entry: Omit<PortalLogRow, 'id' | 'at'>): Promise<void> {
		await this.db.transaction('rw', this.db.portalLog, async () => {
			await this.db.portalLog.add({ ...entry, at: this.now() });
			const count = await this.db.portalLog.count();
			if (count > PORTAL_LOG_LIMIT) {
				const old = await this.db.portalLog
					.orderBy('id')
					.limit(count - PORTAL_LOG_LIMIT)
					.primaryKeys();
				await this.db.portalLog.bulkDelete(old);
			}
		});
	}

	/** The newest entries first. Only Dexie calls inside: usable in a `liveQuery`. */
	async recent(limit = 100): Promise<PortalLogEntry[]> {
		const rows = await this.db.portalLog.orderBy('id').reverse().limit(limit).toArray();
		return rows as PortalLogEntry[];
	}

	async clearLog(): Promise<void> {
		await this.db.portalLog.clear();
	}
}

function fromRow(row: PortalRow): PortalPermission {
	return { origin: row.origin, accountIds: [...row.accountIds], allowedAt: row.allowedAt, updatedAt: row.updatedAt };
}
