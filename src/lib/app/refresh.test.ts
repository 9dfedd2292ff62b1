import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_LEADER_LOCK } from '$lib/auth';
import { FakeClock, FakeLocks, json, scriptedFetch, seedGrant, testStorage } from '$lib/auth/testing/fakes';
import type { Grant } from '$lib/config';
import type { Storage } from '$lib/storage';
import { keeperOf, tokensModule } from './context';
import { startBackgroundRefresh, type RefreshSignals } from './refresh';
import { CALLBACK_BASE, settle } from './testing';

// Spies on what loads the token code, so that a test can tell it was not loaded.
vi.mock('./context', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./context')>();
	return { ...actual, tokensModule: vi.fn(actual.tokensModule), keeperOf: vi.fn(actual.keeperOf) };
});

let storage: Storage;
let clock: FakeClock;
let locks: FakeLocks;
const stops: (() => void)[] = [];

beforeEach(() => {
	clock = new FakeClock();
	storage = testStorage(clock.now);
	locks = new FakeLocks();
	vi.mocked(tokensModule).mockClear();
	vi.mocked(keeperOf).mockClear();
});

afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	vi.restoreAllMocks();
	await settle();
	await storage.db.delete();
});

/** Signals driven by hand: the grants as a live query would feed them, and wake-ups. */
function fakeSignals() {
	let feed: ((grants: readonly Grant[]) => void) | undefined;
	let wake: (() => void) | undefined;
	const unsubscribed = { grants: false, wake: false };
	const signals: RefreshSignals = {
		watchGrants(next) {
			feed = next;
			return () => (unsubscribed.grants = true);
		},
		onWake(w) {
			wake = w;
			return () => (unsubscribed.wake = true);
		}
	};
	return {
		signals,
		unsubscribed,
		feed: (grants: readonly Grant[]) => feed!(grants),
		wake: () => wake!()
	};
}

/** One tab of the app: its own context (and so its own token keeper) on the shared database and locks. */
function tab(answers: Parameters<typeof scriptedFetch>[0] = []) {
	const http = scriptedFetch(answers);
	const signals = fakeSignals();
	const ctx = { storage, fetch: http.fetch, locks, now: clock.now, callbackBase: CALLBACK_BASE };
	const stop = startBackgroundRefresh(ctx, signals.signals);
	stops.push(stop);
	return { ...signals, calls: http.calls, stop };
}

const renewed = (n: number) =>
	json({ access_token: `at-${n}`, token_type: 'Bearer', expires_in: 3600, refresh_token: `rt-${n}` });

/** How often the refresh-leader lock was asked for. */
const leaderRequests = (spy: { mock: { calls: unknown[][] } }) =>
	spy.mock.calls.filter(([name]) => name === REFRESH_LEADER_LOCK).length;

/** A grant whose access token lives 100 ms from now: its renewal is due 80 ms from now. */
async function shortLivedGrant() {
	const { accountId } = await seedGrant(storage, { now: clock.now(), lifetimeMs: 100 });
	return { accountId, grants: await storage.grants.list() };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('startBackgroundRefresh', () => {
	it('loads nothing and elects no leader until a grant exists', async () => {
		const request = vi.spyOn(locks, 'request');
		const t = tab();
		t.feed([]);
		t.wake();
		await settle();
		expect(tokensModule).not.toHaveBeenCalled();
		expect(keeperOf).not.toHaveBeenCalled();
		expect(request).not.toHaveBeenCalled();

		const { grants } = await shortLivedGrant();
		t.feed(grants);
		await vi.waitFor(() => expect(leaderRequests(request)).toBe(1));
		expect(tokensModule).toHaveBeenCalled();
		// Fed again, it does not stand again.
		t.feed(grants);
		await settle();
		expect(leaderRequests(request)).toBe(1);
	});

	it('the leader schedules each renewal; the other tab waits, and takes over when the leader leaves', async () => {
		const request = vi.spyOn(locks, 'request');
		const { accountId, grants } = await shortLivedGrant();
		// The renewed token lives a second: its renewal is due 800 ms after it was issued.
		const a = tab([json({ access_token: 'at-2', token_type: 'Bearer', expires_in: 1, refresh_token: 'rt-2' })]);
		a.feed(grants);
		await vi.waitFor(() => expect(leaderRequests(request)).toBe(1));
		const b = tab([renewed(3)]);
		b.feed(grants);
		await vi.waitFor(() => expect(leaderRequests(request)).toBe(2));

		// Its timer runs, but the token is not due by the clock yet: nothing is sent.
		await sleep(120);
		expect(a.calls).toEqual([]);
		clock.advance(90);
		await vi.waitFor(() => expect(a.calls).toHaveLength(1), { timeout: 1_000 });
		expect(a.calls[0]?.body.get('refresh_token')).toBe('rt-1');
		await vi.waitFor(async () => expect((await storage.grants.secrets(accountId)).refreshToken).toBe('rt-2'));
		// The other tab neither renewed nor scheduled anything.
		expect(b.calls).toEqual([]);

		// The leader's tab closes: the other takes over and schedules the next renewal by itself
		// (no wake-up), when the new token is due.
		a.stop();
		await settle();
		b.feed(await storage.grants.list());
		clock.advance(900);
		await vi.waitFor(() => expect(b.calls).toHaveLength(1), { timeout: 2_000 });
		expect(b.calls[0]?.body.get('refresh_token')).toBe('rt-2');
		expect(a.calls).toHaveLength(1);
	});

	it('a wake in a tab that does not lead renews an overdue grant, once', async () => {
		// Another tab leads (and its timers are asleep).
		void locks.request(REFRESH_LEADER_LOCK, {}, () => new Promise(() => {}));
		const request = vi.spyOn(locks, 'request');
		const { accountId, grants } = await shortLivedGrant();
		const b = tab([renewed(2)]);
		b.feed(grants);
		await vi.waitFor(() => expect(leaderRequests(request)).toBe(1));
		// Nothing is overdue yet: a wake sends nothing.
		b.wake();
		await settle();
		expect(b.calls).toEqual([]);

		clock.advance(3_600_000);
		b.wake();
		b.wake();
		await vi.waitFor(async () => expect((await storage.grants.secrets(accountId)).refreshToken).toBe('rt-2'));
		await settle();
		// Both wakes looked; the second found the token the first renewed (under the grant's lock).
		expect(b.calls).toHaveLength(1);
		b.wake();
		await settle();
		expect(b.calls).toHaveLength(1);
	});

	it('stop() leaves the election, stops the schedule and the signals', async () => {
		const request = vi.spyOn(locks, 'request');
		const { grants } = await shortLivedGrant();
		const a = tab();
		a.feed(grants);
		await vi.waitFor(() => expect(leaderRequests(request)).toBe(1));
		await settle();
		a.stop();
		expect(a.unsubscribed).toEqual({ grants: true, wake: true });
		// The lock is free for the next tab.
		let next = false;
		await locks.request(REFRESH_LEADER_LOCK, {}, async () => {
			next = true;
		});
		expect(next).toBe(true);
		// The renewal that was scheduled never happens.
		clock.advance(90);
		await sleep(150);
		expect(a.calls).toEqual([]);
	});

	it('stopped before the token code has loaded, it never stands for leader', async () => {
		const request = vi.spyOn(locks, 'request');
		const { grants } = await shortLivedGrant();
		const a = tab();
		a.feed(grants);
		a.stop();
		await settle();
		await sleep(20);
		expect(tokensModule).toHaveBeenCalled();
		expect(leaderRequests(request)).toBe(0);
	});
});
