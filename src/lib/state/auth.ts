import { base } from '$app/paths';
import { loadTokens, type RefreshScheduler, type TokenKeeper } from '$lib/auth';
import { redirectUri } from '$lib/providers';
import { liveQuery } from 'dexie';
import { storage } from './storage';

/**
 * Token keeping (keeper, scheduler, revocation, discovery) is loaded on demand: a first visit
 * with nothing configured never downloads it.
 */
export const tokensModule = loadTokens;

export function appRedirectUri(): string {
	return redirectUri(location.origin, base);
}

let keeper: Promise<TokenKeeper> | undefined;

/** The app's one token keeper. */
export function tokenKeeper(): Promise<TokenKeeper> {
	keeper ??= tokensModule().then(
		({ TokenKeeper }) => new TokenKeeper({ storage: storage(), appOrigin: location.origin })
	);
	return keeper;
}

/**
 * Keeps every grant fresh while the app is open: starts the refresh scheduler as soon as the
 * first grant exists (without loading any auth code before), feeds it the grants as they change
 * (in this tab or another), and wakes it when the network returns, the tab becomes visible or
 * the machine wakes from sleep.
 */
export function startBackgroundRefresh(): () => void {
	let scheduler: RefreshScheduler | undefined;
	let stopped = false;
	const wake = () => scheduler?.wake();
	const onVisible = () => {
		if (document.visibilityState === 'visible') wake();
	};
	const subscription = liveQuery(() => storage().grants.list()).subscribe({
		next: async (grants) => {
			if (!scheduler && grants.length === 0) return;
			if (!scheduler) {
				const [{ RefreshScheduler }, k] = await Promise.all([tokensModule(), tokenKeeper()]);
				if (stopped) return;
				scheduler ??= new RefreshScheduler(k);
			}
			scheduler.update(grants);
		},
		error: (error: unknown) => console.error('Watching grants failed:', error)
	});
	window.addEventListener('online', wake);
	window.addEventListener('focus', wake);
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		stopped = true;
		subscription.unsubscribe();
		scheduler?.stop();
		window.removeEventListener('online', wake);
		window.removeEventListener('focus', wake);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
