import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { aGrant } from '$lib/config/testing';
import { nextRefreshAt, RefreshScheduler } from './scheduler';
import { FakeClock } from './testing/fakes';
import type { TokenAnswer } from './keeper';

/** What the keeper answers here: the scheduler only asks, it reads nothing back. */
const NOT_SIGNED_IN: TokenAnswer = {
	ok: false,
	error: { status: 'not-signed-in', problem: { code: 'not-signed-in' } }
};

function timers(clock: FakeClock) {
	const pending = new Map<number, { at: number; cb: () => void }>();
	let next = 1;
	return {
		setTimeout: (cb: () => void, ms: number) => {
			const id = next++;
			pending.set(id, { at: clock.now() + ms, cb });
			return id;
		},
		clearTimeout: (h: unknown) => pending.delete(h as number),
		/** Runs the timers that are due, as a live browser would. */
		run() {
			for (const [id, t] of [...pending]) {
				if (t.at <= clock.now()) {
					pending.delete(id);
					t.cb();
				}
			}
		},
		get size() {
			return pending.size;
		}
	};
}

function grant(partial: Partial<Grant>): Grant {
	return aGrant(partial);
}

const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe('nextRefreshAt', () => {
	it('is the expiry minus an adaptive margin, the retry time while retrying, and nothing otherwise', () => {
		expect(nextRefreshAt(grant({ issuedAt: 0, expiresAt: 3_600_000 }))).toBe(3_540_000);
		expect(nextRefreshAt(grant({ issuedAt: 0, expiresAt: 10_000 }))).toBe(8_000);
		expect(nextRefreshAt(grant({ state: 'retrying', retry: { attempt: 2, nextAt: 42 } }))).toBe(42);
		expect(nextRefreshAt(grant({ state: 'sign-in-required', expiresAt: 5 }))).toBeUndefined();
		expect(nextRefreshAt(grant({ hasRefreshToken: false, expiresAt: 99 }))).toBe(99);
	});
});

describe('RefreshScheduler', () => {
	it('refreshes each grant when due, once', async () => {
		const clock = new FakeClock(0);
		const t = timers(clock);
		const calls: string[] = [];
		const s = new RefreshScheduler(
			{ refresh: async (id) => (calls.push(id), NOT_SIGNED_IN) },
			{ now: clock.now, ...t }
		);
		s.update([
			grant({ accountId: 'a', issuedAt: 0, expiresAt: 10_000 }),
			grant({ accountId: 'b', issuedAt: 0, expiresAt: 100_000 })
		]);
		expect(s.schedule()).toEqual(
			new Map([
				['a', 8_000],
				['b', 80_000]
			])
		);
		clock.advance(7_999);
		t.run();
		expect(calls).toEqual([]);
		clock.advance(1);
		t.run();
		await flush();
		expect(calls).toEqual(['a']);
		// The same grant again (nothing changed): no second refresh.
		s.update([
			grant({ accountId: 'a', issuedAt: 0, expiresAt: 10_000 }),
			grant({ accountId: 'b', issuedAt: 0, expiresAt: 100_000 })
		]);
		t.run();
		await flush();
		expect(calls).toEqual(['a']);
	});

	it('after sleep, an overdue grant refreshes once on wake, not once per missed timer', async () => {
		const clock = new FakeClock(0);
		const t = timers(clock);
		const calls: string[] = [];
		const s = new RefreshScheduler(
			{ refresh: async (id) => (calls.push(id), NOT_SIGNED_IN) },
			{ now: clock.now, ...t }
		);
		s.update([grant({ issuedAt: 0, expiresAt: 10_000 })]);
		clock.advance(3_600_000); // the laptop slept an hour: no timer ran
		s.wake();
		s.wake();
		t.run();
		await flush();
		expect(calls).toEqual(['a']);
	});

	it('re-arms long timers instead of trusting them, and forgets removed grants', async () => {
		const clock = new FakeClock(0);
		const t = timers(clock);
		const calls: string[] = [];
		const s = new RefreshScheduler(
			{ refresh: async (id) => (calls.push(id), NOT_SIGNED_IN) },
			{ now: clock.now, ...t }
		);
		s.update([grant({ issuedAt: 0, expiresAt: 3_600_000 })]);
		clock.advance(10 * 60_000);
		t.run(); // the 10-minute cap fires early: re-armed, no refresh
		await flush();
		expect(calls).toEqual([]);
		expect(s.schedule().get('a')).toBe(3_540_000);
		s.update([]);
		expect(t.size).toBe(0);
	});

	it('stops', () => {
		const clock = new FakeClock(0);
		const t = timers(clock);
		const s = new RefreshScheduler({ refresh: async () => NOT_SIGNED_IN }, { now: clock.now, ...t });
		s.update([grant({ issuedAt: 0, expiresAt: 10_000 })]);
		s.stop();
		expect(t.size).toBe(0);
	});
});
