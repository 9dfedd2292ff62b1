import type { AppDatabase } from './db';
import type { DiscoveryRow } from './rows';

/** Provider metadata, persisted with a lifetime so a sign-in need not fetch it again. */
export class DiscoveryCache {
	constructor(
		private readonly db: AppDatabase,
		private readonly now: () => number = Date.now
	) {}

	/** The cached metadata if still fresh. */
	async fresh(issuer: string): Promise<DiscoveryRow | undefined> {
		const row = await this.db.discovery.get(issuer);
		return row && row.expiresAt > this.now() ? row : undefined;
	}

	async put(issuer: string, metadata: Record<string, unknown>, lifetimeMs: number): Promise<void> {
		const now = this.now();
		await this.db.discovery.put({ issuer, metadata, fetchedAt: now, expiresAt: now + lifetimeMs });
	}
}
