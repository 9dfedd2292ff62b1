import type { Grant } from '$lib/config';
import type { TokenKeeper } from './keeper';
import { refreshDueAt } from './timing';

export interface SchedulerDeps {
	readonly now?: () => number;
	readonly setTimeout?: (callback: () => void, ms: number) => unknown;
	readonly clearTimeout?: (handle: unknown) => void;
	/** Errors that escape a refresh: logged, never fatal. */
	readonly onError?: (error: unknown) => void;
}

/** Timers longer than this are re-armed: browsers clamp, and sleeping laptops drift. */
const MAX_TIMER_MS = 10 * 60_000;

/** When a grant needs the keeper next, if ever. */
export function nextRefreshAt(grant: Grant): number | undefined {
	if (grant.state === 'retrying') return grant.retry?.nextAt;
	if (grant.state !== 'connected') return undefined;
	// Without a refresh token there is nothing to renew; at expiry the keeper marks it.
	if (!grant.hasRefreshToken) return grant.expiresAt;
	return refreshDueAt(grant);
}

/**
 * Refreshes each grant shortly before its access token expires, while the app is open. Fed the
 * current grants (from a live query) whenever they change; `wake()` re-checks everything after
 * the browser comes back online, a tab becomes visible, or a laptop wakes (timers do not run
 * while it sleeps, and browsers throttle them in background tabs).
 */
export class RefreshScheduler {
	readonly #timers = new Map<string, { at: number; handle: unknown }>();
	/** The due time each grant last fired for: an unchanged grant does not fire twice for it. */
	readonly #fired = new Map<string, number>();
	#grants: readonly Grant[] = [];
	#stopped = false;

	constructor(
		private readonly keeper: Pick<TokenKeeper, 'refresh'>,
		private readonly deps: SchedulerDeps = {}
	) {}

	#now(): number {
		return this.deps.now?.() ?? Date.now();
	}

	update(grants: readonly Grant[]): void {
		this.#grants = grants;
		if (this.#stopped) return;
		const ids = new Set(grants.map((g) => g.accountId));
		for (const [id, timer] of this.#timers) {
			if (!ids.has(id)) {
				this.#clear(timer.handle);
				this.#timers.delete(id);
			}
		}
		for (const id of this.#fired.keys()) if (!ids.has(id)) this.#fired.delete(id);
		for (const grant of grants) this.#arm(grant);
	}

	/** Re-check every grant now: overdue ones refresh at once. */
	wake(): void {
		if (this.#stopped) return;
		for (const [, timer] of this.#timers) this.#clear(timer.handle);
		this.#timers.clear();
		this.#fired.clear();
		for (const grant of this.#grants) this.#arm(grant);
	}

	stop(): void {
		this.#stopped = true;
		for (const [, timer] of this.#timers) this.#clear(timer.handle);
		this.#timers.clear();
	}

	/** For tests and the UI: when each grant is next due. */
	schedule(): ReadonlyMap<string, number> {
		return new Map([...this.#timers].map(([id, t]) => [id, t.at]));
	}

	#arm(grant: Grant): void {
		const at = nextRefreshAt(grant);
		const existing = this.#timers.get(grant.accountId);
		if (existing && existing.at === at) return;
		if (existing) this.#clear(existing.handle);
		if (at === undefined || this.#fired.get(grant.accountId) === at) {
			this.#timers.delete(grant.accountId);
			return;
		}
		const delay = Math.max(0, at - this.#now());
		const set = this.deps.setTimeout ?? ((cb: () => void, ms: number) => globalThis.setTimeout(cb, ms));
		const handle = set(() => this.#fire(grant.accountId, at), Math.min(delay, MAX_TIMER_MS));
		this.#timers.set(grant.accountId, { at, handle });
	}

	async #fire(accountId: string, at: number): Promise<void> {
		if (this.#stopped) return;
		const timer = this.#timers.get(accountId);
		if (!timer || timer.at !== at) return;
		if (this.#now() < at) {
			// A clamped long timer: re-arm for the rest.
			this.#timers.delete(accountId);
			const grant = this.#grants.find((g) => g.accountId === accountId);
			if (grant) this.#arm(grant);
			return;
		}
		this.#timers.delete(accountId);
		this.#fired.set(accountId, at);
		try {
			await this.keeper.refresh(accountId);
		} catch (error) {
			(this.deps.onError ?? console.error)(error);
		}
		// The grant's change (here or in another tab) re-arms it through `update`. If nothing
		// changed (offline, say), it waits for `wake()` rather than spinning.
	}

	#clear(handle: unknown): void {
		(this.deps.clearTimeout ?? ((h: unknown) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)))(handle);
	}
}
