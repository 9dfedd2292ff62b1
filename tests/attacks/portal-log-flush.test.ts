/**
 * Attack: any page can frame the app and post messages to it, allowed or not, and each is logged.
 * A page that sends hundreds would push everyone else's entries out of the portal log, and with
 * them the trace of what an allowed portal asked for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage, PORTAL_LOG_LIMIT_PER_ORIGIN, PORTAL_LOG_RATE_PER_MINUTE, type Storage } from '$lib/storage';

let storage: Storage | undefined;
afterEach(async () => {
	await storage?.db.delete();
});

describe('flooding the portal log', () => {
	it('keeps the other origins’ entries, and says how many messages were not logged', async () => {
		let now = 1_900_000_000_000;
		storage = createStorage({ name: `portal-log-${Math.random()}`, now: () => now });
		const honest = 'https://portal.example.org';
		const noisy = 'https://noisy.example.net';
		for (let i = 0; i < 5; i++) {
			await storage.portals.log({ origin: honest, request: 'get-token', account: 'ada@example.com', outcome: 'token' });
		}
		// An hour of messages, several a second.
		for (let minute = 0; minute < 60; minute++) {
			for (let i = 0; i < 40; i++) await storage.portals.log({ origin: noisy, request: 'hello', outcome: 'ignored' });
			now += 60_000;
		}
		const all = await storage.portals.recent(1000);
		expect(all.filter((e) => e.origin === honest)).toHaveLength(5);
		const fromNoisy = all.filter((e) => e.origin === noisy);
		expect(fromNoisy.length).toBeLessThanOrEqual(PORTAL_LOG_LIMIT_PER_ORIGIN);
		// What was dropped is counted, in entries of its own.
		const dropped = fromNoisy.filter((e) => e.request === 'too-many');
		expect(dropped.length).toBeGreaterThan(0);
		expect(dropped[0]?.detail).toMatch(
			new RegExp(`^\\d+ more messages? from this origin since .* \\(over ${PORTAL_LOG_RATE_PER_MINUTE} a minute\\)$`)
		);
	});
});
