/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the app open without a network after the first visit: the build, the static files and
 * the fallback page (`200.html`, which Kit lists nowhere) are cached at install; navigations go
 * to the network first and fall back to the cached page when it fails. Nothing else is touched:
 * no request to a provider or a mail server is ever cached or answered from here.
 *
 * A new version takes over at once, so that the page kept for offline use is always the newest
 * one deployed. Tabs still running the previous version keep working: the previous version's
 * cache stays until the one after, and their files are served from it. Those tabs learn of the
 * new version from Kit's version check and offer "Reload to update".
 */
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'oauth2-client-';
const CACHE = `${PREFIX}${version}`;
const SHELL = `${base}/200.html`;
const IMMUTABLE = `${base}/_app/immutable/`;
// `_headers` is for the host, not the browser.
const ASSETS = [...build, ...files.filter((f) => !f.endsWith('/_headers')), SHELL];
const PRECACHED = new Set(ASSETS);

/** Chromium 123+: routes the browser follows without starting this worker. */
type RoutingInstallEvent = ExtendableEvent & {
	addRoutes?: (rules: { condition: Record<string, unknown>; source: 'network' }[]) => Promise<void>;
};

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// Straight to the network, without waking this worker, what it would only pass on: the
			// sign-in window's return (its code is redeemed at once, and every millisecond there is the
			// person's wait) and every POST (token requests, mail APIs). One call each, so that a
			// browser refusing one rule still takes the other.
			const route = async (condition: Record<string, unknown>) => {
				try {
					await (event as RoutingInstallEvent).addRoutes?.([{ condition, source: 'network' }]);
				} catch {
					// Not supported here: the fetch handler below passes it on, a little later.
				}
			};
			await route({ urlPattern: { pathname: `${base}/callback` }, requestMode: 'navigate' });
			await route({ urlPattern: { pathname: `${base}/callback/*` }, requestMode: 'navigate' });
			await route({ requestMethod: 'POST' });
			const cache = await caches.open(CACHE);
			// `reload`: never fill the offline copy from a stale HTTP cache.
			await cache.addAll(ASSETS.map((path) => new Request(path, { cache: 'reload' })));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Keep the newest previous version (open tabs may still load its files); drop the rest.
			// Cache names come back in the order they were created.
			const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
			for (const key of older.slice(0, -1)) await caches.delete(key);
			// Page loads start on the network while this worker wakes up, not after.
			await sw.registration.navigationPreload?.enable();
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Providers, mail servers, anything not ours: the network, untouched.
	if (url.origin !== sw.location.origin) return;
	if (PRECACHED.has(url.pathname)) {
		event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(url.pathname)) ?? fetch(request)));
		return;
	}
	if (url.pathname.startsWith(IMMUTABLE)) {
		// A file of the previous version, asked for by a tab that has not reloaded yet.
		event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (request.mode === 'navigate') {
		// The network first (a new deployment shows at once); the cached app when it fails.
		event.respondWith(
			(async () => {
				try {
					return ((await event.preloadResponse) as Response | undefined) ?? (await fetch(request));
				} catch {
					return (await caches.match(SHELL, { cacheName: CACHE })) ?? Response.error();
				}
			})()
		);
	}
});
