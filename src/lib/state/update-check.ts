import { updated } from '$app/state';

/**
 * Kit asks the host for `_app/version.json` on a timer (`VERSION_POLL_MS`). Ask also when the
 * tab comes back into view and when the network returns: a deployment made while the laptop was
 * closed shows at once.
 */
export function watchForUpdates(): () => void {
	const check = () => {
		if (document.visibilityState === 'visible' && navigator.onLine !== false && !updated.current) void updated.check();
	};
	document.addEventListener('visibilitychange', check);
	window.addEventListener('online', check);
	return () => {
		document.removeEventListener('visibilitychange', check);
		window.removeEventListener('online', check);
	};
}
