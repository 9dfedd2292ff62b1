import { bearerChallengeParams } from '$lib/config/challenge';
import type { TokenAnswerLike, TokenSource, TransportDeps, TransportError, TransportReason } from './types';

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * A request that got no answer: `offline` when the browser says it has no network (nothing is
 * queued: the person asks again when the network is back), else `unreachable`.
 */
export function noAnswer(host: string, deps: TransportDeps, timedOut = false): TransportError {
	if (!(deps.online?.() ?? (typeof navigator === 'undefined' || navigator.onLine !== false))) {
		return { code: 'offline', reason: 'offline', params: { host } };
	}
	return { code: 'unreachable', reason: timedOut ? 'unreachable-timeout' : 'unreachable', params: { host } };
}

/** Where a call failed before the server could answer, or what the token function said. */
export type Sent =
	| {
			readonly ok: true;
			readonly response: Response;
			readonly renewed: boolean;
			/** The scopes of the token the server answered, where known. */
			readonly scopes?: readonly string[];
	  }
	| { readonly ok: false; readonly error: TransportError; readonly renewed: boolean };

/** Why the token function had no token, as a transport error. */
export function tokenProblem(answer: Extract<TokenAnswerLike, { ok: false }>): TransportError {
	const { status, problem } = answer.error;
	return {
		code: status === 'configuration-error' ? 'configuration' : status,
		reason: 'token-unavailable',
		cause: problem
	};
}

function authorization(answer: Extract<TokenAnswerLike, { ok: true }>['value']): string {
	// Token types are case-insensitive (RFC 6749 §5.1); servers expect "Bearer".
	const type = answer.tokenType.toLowerCase() === 'bearer' ? 'Bearer' : answer.tokenType;
	return `${type} ${answer.accessToken}`;
}

/**
 * Sends a request with the account's access token. A 401 means the server no longer takes the
 * token (expired early, revoked): the token is renewed once and the request repeated once.
 * A browser reports a dead network and a refused cross-origin request alike; both come back as
 * `unreachable`, saying so.
 */
export async function sendAuthorized(
	token: TokenSource,
	url: string,
	init: RequestInit,
	deps: TransportDeps = {}
): Promise<Sent> {
	const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
	let renewed = false;
	let answer = await token({});
	for (;;) {
		if (!answer.ok) return { ok: false, error: tokenProblem(answer), renewed };
		let response: Response;
		try {
			response = await doFetch(url, {
				...init,
				headers: { ...(init.headers as Record<string, string>), authorization: authorization(answer.value) },
				credentials: 'omit',
				// The request carries the token: it goes to this address or nowhere.
				redirect: 'error',
				signal: AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS)
			});
		} catch (error) {
			const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
			return { ok: false, renewed, error: noAnswer(new URL(url).host, deps, timedOut) };
		}
		if (response.status === 401 && !renewed) {
			renewed = true;
			answer = await token({ force: true, rejected: answer.value.accessToken });
			continue;
		}
		return { ok: true, response, renewed, ...(answer.value.scopes ? { scopes: answer.value.scopes } : {}) };
	}
}

/**
 * Reads a `WWW-Authenticate: Bearer error="…", error_description="…", scope="…"` header.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
 */
export function bearerChallenge(header: string | null): { error?: string; description?: string; scope?: string } {
	const params = bearerChallengeParams(header) ?? {};
	const error = params['error'];
	const description = params['error_description'];
	const scope = params['scope'];
	return { ...(error ? { error } : {}), ...(description ? { description } : {}), ...(scope ? { scope } : {}) };
}

/** The servers whose refusals `refusedToken` reads, and the reasons it gives for each. */
const CHALLENGED = {
	jmap: { token: 'jmap-token-refused', scope: 'jmap-scope-missing' },
	gmail: { token: 'gmail-token-refused', scope: 'gmail-scope-missing-challenge' },
	graph: { token: 'graph-token-refused', scope: 'graph-scope-missing-challenge' }
} as const satisfies Record<string, Record<'token' | 'scope', TransportReason>>;

/**
 * The answer for any 401 (the request was repeated once with a renewed token already), with the
 * reason the server's `WWW-Authenticate` challenge gives, or a 403 the challenge says is for a
 * missing scope.
 * @param context.host the server's host, where the message names it (JMAP)
 * @param context.scope the scope the request needs, if the challenge names none
 */
export function refusedToken(
	response: Response,
	server: keyof typeof CHALLENGED,
	context: { readonly host?: string; readonly scope?: string } = {}
): TransportError | undefined {
	const host = context.host !== undefined ? { host: context.host } : undefined;
	const challenge = bearerChallenge(response.headers.get('www-authenticate'));
	if (response.status === 401) {
		return {
			code: 'unauthorized',
			reason: CHALLENGED[server].token,
			status: 401,
			...(challenge.error ? { type: challenge.error } : {}),
			...(host || challenge.description
				? { params: { ...host, ...(challenge.description ? { description: challenge.description } : {}) } }
				: {})
		};
	}
	if (response.status === 403 && challenge.error === 'insufficient_scope') {
		const scope = challenge.scope ?? context.scope;
		return {
			code: 'scope-missing',
			reason: CHALLENGED[server].scope,
			status: 403,
			type: 'insufficient_scope',
			...(scope ? { scope } : {}),
			...(host ? { params: host } : {})
		};
	}
	return undefined;
}

/** JSON from a response, or `undefined` if it is not JSON. */
export async function jsonOf(response: Response): Promise<unknown> {
	try {
		return (await response.json()) as unknown;
	} catch {
		return undefined;
	}
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
