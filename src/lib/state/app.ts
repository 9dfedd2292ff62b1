import { base } from '$app/paths';
import { PUBLIC_ORIGIN } from '$env/static/public';
import type { AppContext } from '$lib/app';
import { callbackBase } from '$lib/providers';
import { liveQuery } from 'dexie';
import { demo, demoHttp } from './demo';
import { storage } from './storage';

let context: AppContext | undefined;

/**
 * The application layer's context in this browser: the app's storage, the browser's network (or,
 * in the demo build with twins, the twins' loopback ports), locks and clock. Rebuilt after
 * "Forget this browser" (`forgetAppContext`), with the new storage.
 */
export function appContext(): AppContext {
	context ??= {
		storage: storage(),
		...demoHttp,
		appOrigin: location.origin,
		callbackBase: callbackBase(location.origin, base),
		...(demo?.daySeconds ? { dayMs: demo.daySeconds * 1000 } : {}),
		// The build wrote its Client ID Metadata Document for this origin (PUBLIC_ORIGIN).
		...(PUBLIC_ORIGIN !== '' && PUBLIC_ORIGIN.replace(/\/+$/, '') === location.origin
			? { clientMetadataDocument: true }
			: {}),
		...(demo ? { allowLoopbackHttp: true } : {})
	};
	return context;
}

export function forgetAppContext(): void {
	context = undefined;
}

/** Background refresh in this tab, fed by the stored grants and the browser's wake-up events. */
export async function startBackgroundRefresh(): Promise<() => void> {
	const { startBackgroundRefresh: start } = await import('$lib/app/refresh');
	const ctx = appContext();
	return start(ctx, {
		watchGrants: (next) => {
			const subscription = liveQuery(() => ctx.storage.grants.list()).subscribe({
				next,
				error: (error: unknown) => console.error('Watching grants failed:', error)
			});
			return () => subscription.unsubscribe();
		},
		onWake: (wake) => {
			const onVisible = () => {
				if (document.visibilityState === 'visible') wake();
			};
			window.addEventListener('online', wake);
			window.addEventListener('focus', wake);
			document.addEventListener('visibilitychange', onVisible);
			return () => {
				window.removeEventListener('online', wake);
				window.removeEventListener('focus', wake);
				document.removeEventListener('visibilitychange', onVisible);
			};
		}
	});
}
