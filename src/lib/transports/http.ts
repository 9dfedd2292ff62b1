import type { TokenAnswerLike, TokenSource, TransportDeps, TransportError } from './types';

export const DEFAULT_TIMEOUT_MS = 20_000;

/** Nothing is queued: the person asks again when the network is back. */
export const OFFLINE_TRANSPORT = (host: string): string =>
	`The browser is Offline, so ${host} could not be reached. Nothing was sent or queued: try again when the network is back.`;

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

function tokenProblem(answer: Exclude<TokenAnswerLike, { kind: 'token' }>): TransportError {
	const code =
		answer.kind === 'configuration-error'
			? 'configuration'
			: (answer.kind as Exclude<TransportError['code'], 'configuration'>);
	return { code, message: answer.message };
}

function authorization(answer: Extract<TokenAnswerLike, { kind: 'token' }>): string {
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
		if (answer.kind !== 'token') return { ok: false, error: tokenProblem(answer), renewed };
		let response: Response;
		try {
			response = await doFetch(url, {
				...init,
				headers: { ...(init.headers as Record<string, string>), authorization: authorization(answer) },
				credentials: 'omit',
				// The request carries the token: it goes to this address or nowhere.
				redirect: 'error',
				signal: AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS)
			});
		} catch (error) {
			const host = new URL(url).host;
			if (!(deps.online?.() ?? (typeof navigator === 'undefined' || navigator.onLine !== false))) {
				return { ok: false, renewed, error: { code: 'offline', message: OFFLINE_TRANSPORT(host) } };
			}
			const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
			return {
				ok: false,
				renewed,
				error: {
					code: 'unreachable',
					message: timedOut
						? `${host} did not answer in time. Try again later.`
						: `Could not reach ${host}. The network may be down, or the server refuses requests from this site (CORS): it must allow this site’s origin.`
				}
			};
		}
		if (response.status === 401 && !renewed) {
			renewed = true;
			answer = await token({ force: true, rejected: answer.accessToken });
			continue;
		}
		return { ok: true, response, renewed, ...(answer.scopes ? { scopes: answer.scopes } : {}) };
	}
}

/**
 * Reads a `WWW-Authenticate: Bearer error="…", error_description="…", scope="…"` header.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
 */
export function bearerChallenge(header: string | null): { error?: string; description?: string; scope?: string } {
	if (!header) return {};
	// Parameter names come from the server: a map keeps `__proto__` an ordinary name.
	const out = new Map<string, string>();
	for (const match of header.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
		out.set(match[1]!, match[2]!.replace(/\\(.)/g, '$1'));
	const error = out.get('error');
	const description = out.get('error_description');
	const scope = out.get('scope');
	return { ...(error ? { error } : {}), ...(description ? { description } : {}), ...(scope ? { scope } : {}) };
}

/** The answer for a 401 that survived a renewal, or a 403 for a missing scope. */
export function refusedToken(response: Response, server: string, neededScope?: string): TransportError | undefined {
	const challenge = bearerChallenge(response.headers.get('www-authenticate'));
	if (response.status === 401) {
		return {
			code: 'unauthorized',
			status: 401,
			...(challenge.error ? { type: challenge.error } : {}),
			message: `${server} refused the access token even after it was renewed${challenge.description ? ` (${challenge.description})` : ''}. Check that the account signs in at the provider this server trusts, then press Refresh token.`
		};
	}
	if (response.status === 403 && challenge.error === 'insufficient_scope') {
		const scope = challenge.scope ?? neededScope;
		return {
			code: 'scope-missing',
			status: 403,
			type: 'insufficient_scope',
			...(scope ? { scope } : {}),
			message: `${server} needs a permission the token does not carry${scope ? `: ${scope}` : ''}. Sign in again and allow it.`
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
