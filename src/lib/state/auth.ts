import { base } from '$app/paths';
import {
	browserLocks,
	electLeader,
	loadTokens,
	REFRESH_LEADER_LOCK,
	type RefreshScheduler,
	type TokenKeeper
} from '$lib/auth';
import type { Grant } from '$lib/config';
import { callbackBase } from '$lib/providers';
import { liveQuery } from 'dexie';
import { demoHttp } from './demo';
import { storage } from './storage';

/**
 * Token keeping (keeper, scheduler, revocation, discovery) is loaded on demand: a first visit
 * with nothing configured never downloads it.
 */
export const tokensModule = loadTokens;

/** `<origin><base>/callback`: each connection's redirect URI is this, then `/<its id>`. */
export function appCallbackBase(): string {
	return callbackBase(location.origin, base);
}

let keeper: Promise<TokenKeeper> | undefined;

/** The app's one token keeper. */
export function tokenKeeper(): Promise<TokenKeeper> {
	keeper ??= tokensModule().then(
		({ TokenKeeper }) => new TokenKeeper({ storage: storage(), appOrigin: location.origin, ...demoHttp })
	);
	return keeper;
}

/**
 * Keeps every grant fresh while the app is open, with one refresh schedule across all tabs: the
 * tab holding the refresh-leader lock runs the scheduler; when it closes, the next tab takes over.
 * Nothing loads before the first grant exists. Every tab, leader or not, looks again when the
 * network returns, the tab becomes visible or the machine wakes: a grant that is overdue then
 * (the leader's timers were throttled or slept) is renewed once, under its own lock, whichever
 * tab gets there first; the others find it fresh.
 */
export function startBackgroundRefresh(): () => void {
	let grants: readonly Grant[] = [];
	let scheduler: RefreshScheduler | undefined;
	let leaving: (() => void) | undefined;
	let stopped = false;

	const elect = async () => {
		const [tokens, keeper] = await Promise.all([tokensModule(), tokenKeeper()]);
		if (stopped || leaving) return;
		leaving = electLeader(browserLocks(), REFRESH_LEADER_LOCK, () => {
			scheduler = new tokens.RefreshScheduler(keeper);
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
		const [tokens, keeper] = await Promise.all([tokensModule(), tokenKeeper()]);
		const now = Date.now();
		for (const grant of grants) {
			const due = tokens.nextRefreshAt(grant);
			if (due !== undefined && due <= now) void keeper.refresh(grant.accountId);
		}
	};
	const onVisible = () => {
		if (document.visibilityState === 'visible') void wake();
	};

	const subscription = liveQuery(() => storage().grants.list()).subscribe({
		next: (next) => {
			grants = next;
			scheduler?.update(next);
			if (next.length > 0 && !leaving) void elect();
		},
		error: (error: unknown) => console.error('Watching grants failed:', error)
	});
	window.addEventListener('online', wake);
	window.addEventListener('focus', wake);
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		stopped = true;
		subscription.unsubscribe();
		leaving?.();
		window.removeEventListener('online', wake);
		window.removeEventListener('focus', wake);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
