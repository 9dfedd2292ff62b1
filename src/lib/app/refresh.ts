import { browserLocks, electLeader, REFRESH_LEADER_LOCK, type RefreshScheduler } from '$lib/auth';
import type { Grant } from '$lib/config';
import { keeperOf, tokensModule, type AppContext } from './context';

/** What background refresh listens to: the grants as they change, and the moments to look again. */
export interface RefreshSignals {
	/** Calls `next` with every grant now and whenever they change; returns how to stop. */
	watchGrants(next: (grants: readonly Grant[]) => void): () => void;
	/**
	 * Calls `wake` when the network returns, the tab becomes visible or the machine wakes (timers
	 * do not run in sleep); returns how to stop.
	 */
	onWake(wake: () => void): () => void;
}

/**
 * Keeps every grant fresh while the app is open, with one refresh schedule across all tabs: the
 * tab holding the refresh-leader lock runs the scheduler; when it closes, the next tab takes over.
 * Nothing loads before the first grant exists. Every tab, leader or not, looks again on a wake: a
 * grant that is overdue then (the leader's timers were throttled or slept) is renewed once, under
 * its own lock, whichever tab gets there first; the others find it fresh.
 */
export function startBackgroundRefresh(ctx: AppContext, signals: RefreshSignals): () => void {
	let grants: readonly Grant[] = [];
	let scheduler: RefreshScheduler | undefined;
	let leaving: (() => void) | undefined;
	let stopped = false;
	const now = () => ctx.now?.() ?? Date.now();

	const elect = async () => {
		const [tokens, keeper] = await Promise.all([tokensModule(), keeperOf(ctx)]);
		if (stopped || leaving) return;
		leaving = electLeader(ctx.locks ?? browserLocks(), REFRESH_LEADER_LOCK, () => {
			scheduler = new tokens.RefreshScheduler(keeper, { now });
			scheduler.update(grants);
			return () => {
				scheduler?.stop();
				scheduler = undefined;
			};
		});
	};

	const wake = async () => {
		if (scheduler) return scheduler.wake();
		if (grants.length === 0) return;
		const [tokens, keeper] = await Promise.all([tokensModule(), keeperOf(ctx)]);
		const at = now();
		for (const grant of grants) {
			const due = tokens.nextRefreshAt(grant);
			if (due !== undefined && due <= at) void keeper.refresh(grant.accountId);
		}
	};

	const unwatch = signals.watchGrants((next) => {
		grants = next;
		scheduler?.update(next);
		if (next.length > 0 && !leaving) void elect();
	});
	const unwake = signals.onWake(() => void wake());
	return () => {
		stopped = true;
		unwatch();
		leaving?.();
		unwake();
	};
}
