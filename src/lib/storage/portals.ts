import { emailKey } from '$lib/config';
import type { AppDatabase } from './db';
import type { AccountRow, PortalAccountBinding, PortalLogRow, PortalRow } from './rows';

/**
 * Portals allowed to embed the app, with the accounts each may get tokens for: only those that
 * are still the mailbox the person allowed (the same id, address and connection).
 */
export interface PortalPermission {
	readonly origin: string;
	/** The accounts given, each with the key of its address: a portal asks by address. */
	readonly accounts: readonly { readonly id: string; readonly emailKey: string }[];
	readonly accountIds: readonly string[];
	readonly allowedAt: number;
	readonly updatedAt: number;
}

export type PortalLogEntry = Readonly<Required<Pick<PortalLogRow, 'id' | 'at' | 'origin' | 'request' | 'outcome'>>> &
	Readonly<Pick<PortalLogRow, 'account' | 'detail'>>;

/** How many log entries are kept: the newest. */
export const PORTAL_LOG_LIMIT = 500;
/** How many of them one origin may hold: a noisy origin cannot push the others' entries out. */
export const PORTAL_LOG_LIMIT_PER_ORIGIN = 100;
/** How many entries one origin may add a minute (and at once); more are counted, not logged. */
export const PORTAL_LOG_RATE_PER_MINUTE = 30;

/** One origin's allowance: tokens left, refilled with time; what was dropped since it ran out. */
interface Bucket {
	tokens: number;
	at: number;
	dropped: number;
	since: number;
}

export class PortalRepository {
	readonly #buckets = new Map<string, Bucket>();

	constructor(
		private readonly db: AppDatabase,
		private readonly now: () => number = Date.now
	) {}

	/** Only Dexie calls inside: usable in a `liveQuery`. */
	async list(): Promise<PortalPermission[]> {
		const [rows, accounts] = await Promise.all([this.db.portals.toArray(), this.db.accounts.toArray()]);
		return rows.map((row) => fromRow(row, accounts)).sort((a, b) => a.origin.localeCompare(b.origin));
	}

	/** Only Dexie calls inside: usable in a `liveQuery`. */
	async get(origin: string): Promise<PortalPermission | undefined> {
		const row = await this.db.portals.get(origin);
		if (!row) return undefined;
		const accounts = await this.db.accounts.bulkGet(row.accounts.map((a) => a.id));
		return fromRow(
			row,
			accounts.filter((a): a is AccountRow => a !== undefined)
		);
	}

	/**
	 * Allows an origin, for exactly these accounts (replacing an earlier choice), each bound to the
	 * mailbox it is now: its address and connection.
	 */
	async allow(origin: string, accountIds: readonly string[]): Promise<void> {
		const now = this.now();
		await this.db.transaction('rw', [this.db.portals, this.db.accounts], async () => {
			const existing = await this.db.portals.get(origin);
			const accounts = (await this.db.accounts.bulkGet([...accountIds])).filter(
				(a): a is AccountRow => a !== undefined
			);
			await this.db.portals.put({
				origin,
				accounts: accounts.map(binding),
				allowedAt: existing?.allowedAt ?? now,
				updatedAt: now
			});
		});
	}

	async remove(origin: string): Promise<void> {
		await this.db.portals.delete(origin);
	}

	/**
	 * Adds to the log, keeping only the newest entries, at most `PORTAL_LOG_LIMIT_PER_ORIGIN` of
	 * one origin. An origin may add `PORTAL_LOG_RATE_PER_MINUTE` entries a minute: what it sends
	 * beyond that is counted, and once it may log again one entry says how many were not logged.
	 * Any page that frames the app can send messages, allowed or not: none of them can flush the
	 * audit trail.
	 */
	async log(entry: Omit<PortalLogRow, 'id' | 'at'>): Promise<void> {
		const now = this.now();
		const bucket = this.#bucket(entry.origin, now);
		if (bucket.tokens < 1) {
			if (bucket.dropped === 0) bucket.since = now;
			bucket.dropped++;
			return;
		}
		bucket.tokens--;
		const rows: Omit<PortalLogRow, 'id'>[] = [];
		if (bucket.dropped > 0) {
			rows.push({
				origin: entry.origin,
				request: 'too-many',
				outcome: 'not logged',
				detail: `${bucket.dropped} more message${bucket.dropped === 1 ? '' : 's'} from this origin since ${new Date(bucket.since).toISOString()} (over ${PORTAL_LOG_RATE_PER_MINUTE} a minute)`,
				at: now
			});
			bucket.dropped = 0;
		}
		rows.push({ ...entry, at: now });
		await this.db.transaction('rw', this.db.portalLog, async () => {
			await this.db.portalLog.bulkAdd(rows);
			const own = await this.db.portalLog.where('origin').equals(entry.origin).primaryKeys();
			if (own.length > PORTAL_LOG_LIMIT_PER_ORIGIN) {
				const sorted = [...own].sort((a, b) => Number(a) - Number(b));
				await this.db.portalLog.bulkDelete(sorted.slice(0, own.length - PORTAL_LOG_LIMIT_PER_ORIGIN));
			}
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

	#bucket(origin: string, now: number): Bucket {
		const full = PORTAL_LOG_RATE_PER_MINUTE;
		const bucket = this.#buckets.get(origin) ?? { tokens: full, at: now, dropped: 0, since: now };
		bucket.tokens = Math.min(full, bucket.tokens + ((now - bucket.at) / 60_000) * full);
		bucket.at = now;
		this.#buckets.set(origin, bucket);
		return bucket;
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

function binding(account: AccountRow): PortalAccountBinding {
	return { id: account.id, emailKey: emailKey(account.email), connectionId: account.connectionId };
}

/** The accounts of a permission that are still the mailboxes the person allowed. */
function fromRow(row: PortalRow, accounts: readonly AccountRow[]): PortalPermission {
	const now = new Map(accounts.map((a) => [a.id, binding(a)] as const));
	const given = row.accounts
		.filter((allowed) => {
			const current = now.get(allowed.id);
			return current?.emailKey === allowed.emailKey && current.connectionId === allowed.connectionId;
		})
		.map((a) => ({ id: a.id, emailKey: a.emailKey }));
	return {
		origin: row.origin,
		accounts: given,
		accountIds: given.map((a) => a.id),
		allowedAt: row.allowedAt,
		updatedAt: row.updatedAt
	};
}
