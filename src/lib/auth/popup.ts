/**
 * The sign-in window and the messages between it and the window that started the sign-in.
 *
 * The starting window keeps the PKCE verifier and redeems the code. The callback page, loaded in
 * the sign-in window, only relays the response to its opener (a direct call when it can reach it,
 * else `postMessage` to the app's exact origin) and shows the welcome when the opener answers. Inside a portal the frame and the popup
 * have separate storage, so this relay is the only way; at top level it is simply the same code.
 */

export const RESPONSE = 'oauth2-client:signin-response';
export const RECEIVED = 'oauth2-client:signin-received';
export const RESULT = 'oauth2-client:signin-result';

export interface RelayedResponse {
	readonly type: typeof RESPONSE;
	readonly url: string;
	/** When the sign-in window sent it (epoch ms): see `late` below. */
	readonly sentAt?: number;
}

/**
 * A relayed response older than this may meet the sign-in window redeeming the code itself (it
 * does after `RECEIVED_TIMEOUT_MS` without an answer): then the starting window makes sure the
 * state is still unused before it redeems anything, so that a code is never redeemed twice.
 */
const LATE_AFTER_MS = 1_500;
const RECEIVED_TIMEOUT_MS = 3_000;

const WINDOW_NAME = 'oauth2-client-signin';

/**
 * Opens the sign-in window. Call it synchronously in the click handler, before any `await`:
 * browsers block windows opened later. Returns `null` when the browser blocked it.
 */
export function openSignInWindow(): Window | null {
	const width = 520;
	const height = 680;
	const left = Math.max(0, Math.round((screen.availWidth - width) / 2));
	const top = Math.max(0, Math.round((screen.availHeight - height) / 2));
	const popup = window.open('', WINDOW_NAME, `popup,width=${width},height=${height},left=${left},top=${top}`);
	if (!popup) return null;
	try {
		popup.document.title = 'Signing in…';
		popup.document.body.textContent = 'Opening the sign-in page…';
	} catch {
		// A window of that name from an earlier sign-in may be at the provider: fine, we navigate it.
	}
	return popup;
}

export type PopupEnd =
	| {
			readonly kind: 'response';
			readonly url: string;
			/** It arrived so late that the sign-in window may be redeeming it itself: check the state first. */
			readonly late: boolean;
			readonly reply: (message: unknown) => void;
	  }
	| { readonly kind: 'closed' };

/**
 * Waits for the callback page in `popup` to relay the provider's response, acknowledging it at
 * once. Resolves `closed` if the window is closed first (or cut off from us by the provider's
 * Cross-Origin-Opener-Policy, which looks the same from here).
 */
export function waitForResponse(popup: Window, origin: string, signal?: AbortSignal): Promise<PopupEnd> {
	return new Promise((resolve) => {
		const done = (end: PopupEnd) => {
			window.removeEventListener('message', onMessage);
			directReceivers.delete(accept);
			clearInterval(poll);
			resolve(end);
		};
		const accept = (source: unknown, url: unknown, late = false): boolean => {
			if (source !== popup || typeof url !== 'string') return false;
			popup.postMessage({ type: RECEIVED }, origin);
			done({ kind: 'response', url, late, reply: (message) => popup.postMessage(message, origin) });
			return true;
		};
		const onMessage = (event: MessageEvent) => {
			if (event.origin !== origin) return;
			const data = event.data as Partial<RelayedResponse> | null;
			if (data?.type !== RESPONSE) return;
			// Without a time (an older version of the app), count it late: the safe side.
			const late = typeof data.sentAt !== 'number' || Date.now() - data.sentAt > LATE_AFTER_MS;
			accept(event.source, data.url, late);
		};
		window.addEventListener('message', onMessage);
		directReceivers.add(accept);
		installDirectEntry();
		const poll = setInterval(() => {
			if (popup.closed) done({ kind: 'closed' });
		}, 500);
		signal?.addEventListener('abort', () => done({ kind: 'closed' }));
	});
}

/**
 * The fast path of the relay. When the callback page can reach this window's script (same origin,
 * which is every case but a few embeddings), app.html's early script calls this entry directly:
 * the code exchange then starts in the same task, instead of after a message crosses two busy
 * event loops, which costs tens of milliseconds while the sign-in window is still loading.
 * Otherwise it falls back to `postMessage`. Both paths meet in the same `accept` above.
 */
const DIRECT_ENTRY = '__oauth2ClientSignIn';
const directReceivers = new Set<(source: unknown, url: unknown) => boolean>();

function installDirectEntry(): void {
	const host = window as unknown as Record<string, unknown>;
	if (typeof host[DIRECT_ENTRY] === 'function') return;
	host[DIRECT_ENTRY] = (source: unknown, url: unknown): boolean => {
		for (const receive of directReceivers) if (receive(source, url)) return true;
		return false;
	};
}

/** What app.html's inline script did before the app loaded (see there). */
interface EarlyCallback {
	readonly url: string;
	readonly relayed: boolean;
	/** The opener took it by the direct call: it redeems the code, this window never does. */
	readonly accepted?: boolean;
	readonly inbox: unknown[];
}

/** The callback URL as the sign-in window received it (app.html has already cleaned the address bar). */
export function callbackUrl(): string {
	const early = (window as { __oauth2ClientCallback?: EarlyCallback }).__oauth2ClientCallback;
	return early?.url ?? location.href;
}

export type RelayResult =
	| { readonly kind: 'answered'; readonly result: unknown }
	| { readonly kind: 'no-opener' }
	| { readonly kind: 'no-answer' };

/**
 * In the callback page: hands the response to the window that started the sign-in and waits for
 * its verdict. `no-opener` / `no-answer` mean this window must process the response itself
 * (same-tab flow, or the opener is gone).
 */
export function relayToOpener(
	url: string,
	origin: string,
	receivedTimeoutMs = RECEIVED_TIMEOUT_MS,
	resultTimeoutMs = 120_000
): Promise<RelayResult> {
	const opener = window.opener as Window | null;
	if (!opener || opener === window) return Promise.resolve({ kind: 'no-opener' });
	const early = (window as { __oauth2ClientCallback?: EarlyCallback }).__oauth2ClientCallback;
	return new Promise((resolve) => {
		let done = false;
		let timer = setTimeout(() => finish({ kind: 'no-answer' }), receivedTimeoutMs);
		const finish = (result: RelayResult) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			window.removeEventListener('message', onMessage);
			resolve(result);
		};
		const handle = (data: { type?: unknown; result?: unknown } | null) => {
			if (data?.type === RECEIVED) {
				clearTimeout(timer);
				timer = setTimeout(() => finish({ kind: 'no-answer' }), resultTimeoutMs);
			} else if (data?.type === RESULT) {
				finish({ kind: 'answered', result: data.result });
			}
		};
		const onMessage = (event: MessageEvent) => {
			if (event.origin !== origin || event.source !== opener) return;
			handle(event.data as { type?: unknown; result?: unknown } | null);
		};
		window.addEventListener('message', onMessage);
		// app.html's script may have relayed already, and heard answers before we listened.
		if (early?.relayed && early.url === url) {
			// Taken by the direct call: as good as `received`. Redeeming the code here too after a
			// slow answer would redeem it twice, which makes providers revoke what the first one got.
			if (early.accepted) handle({ type: RECEIVED });
			for (const data of early.inbox.splice(0)) handle(data as { type?: unknown; result?: unknown } | null);
			return;
		}
		try {
			// Only a window of the app's own origin receives it: a code never goes anywhere else.
			opener.postMessage({ type: RESPONSE, url, sentAt: Date.now() } satisfies RelayedResponse, origin);
		} catch {
			finish({ kind: 'no-opener' });
		}
	});
}
