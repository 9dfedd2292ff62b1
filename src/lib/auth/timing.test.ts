import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, refreshMargin, retryDelay } from './timing';

describe('timing', () => {
	it('adapts the refresh margin to the lifetime: at most a minute, at most a fifth', () => {
		expect(refreshMargin(3_600_000)).toBe(60_000);
		expect(refreshMargin(300_000)).toBe(60_000);
		expect(refreshMargin(100_000)).toBe(20_000);
		expect(refreshMargin(10_000)).toBe(2_000);
	});

	it('backs off exponentially with jitter, capped', () => {
		expect(retryDelay(1, 0)).toBe(2_500);
		expect(retryDelay(1, 0.999)).toBeLessThan(5_000);
		expect(retryDelay(2, 0)).toBe(5_000);
		expect(retryDelay(3, 0.5)).toBe(15_000);
		expect(retryDelay(30, 0.999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
		expect(retryDelay(30, 0)).toBe(BACKOFF_MAX_MS / 2);
	});

	it('waits at least as long as Retry-After asks, up to an hour', () => {
		expect(retryDelay(1, 0, 30_000)).toBe(30_000);
		expect(retryDelay(5, 0.5, 1_000)).toBe(retryDelay(5, 0.5));
		expect(retryDelay(1, 0, 24 * 3_600_000)).toBe(3_600_000);
	});
});
