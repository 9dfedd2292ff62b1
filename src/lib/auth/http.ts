/** The `fetch` we call: injected so tests run without a network. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface HttpDeps {
	readonly fetch?: Fetch;
	readonly now?: () => number;
	/** Milliseconds before a request counts as unanswered. */
	readonly timeoutMs?: number;
	/** The browser's online flag (default `navigator.onLine`). */
	readonly online?: () => boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export type NetworkFailure = 'timeout' | 'unreachable';

/**
 * Calls `fetch` with a timeout. A browser reports a refused cross-origin request and a dead
 * network the same way (a `TypeError`), so both come back as `unreachable`.
 */
export async function request(
	url: string,
	init: RequestInit,
	deps: HttpDeps
): Promise<{ ok: true; response: Response } | { ok: false; failure: NetworkFailure; detail: string }> {
	const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
	const timeout = AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
	try {
		const response = await doFetch(url, {
			...init,
			signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
		});
		return { ok: true, response };
	} catch (error) {
		if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
			return { ok: false, failure: 'timeout', detail: error.message };
		}
		return { ok: false, failure: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
	}
}

/** Whether the browser says it is online. Only `false` is reliable; `true` may still fail. */
export function browserOnline(deps: { readonly online?: () => boolean } = {}): boolean {
	return deps.online?.() ?? (typeof navigator === 'undefined' || navigator.onLine !== false);
}
