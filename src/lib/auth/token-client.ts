import { err, ok, type Params, type Result } from '$lib/config';
import { browserOnline, request, type HttpDeps, type NetworkFailure } from './http';
import {
	parseRetryAfter,
	problem,
	type AuthProblem,
	type ProblemClass,
	type RevokeCode,
	type TokenCode
} from './problems';

/**
 * A successful token response, the fields we use.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export interface TokenResponse {
	readonly access_token: string;
	readonly token_type: string;
	readonly expires_in?: number;
	readonly refresh_token?: string;
	readonly scope?: string;
	readonly id_token?: string;
}

/** A token response, or the problem with it. */
export type TokenOutcome = Result<TokenResponse, AuthProblem>;

/** What the request was for: the same error means different things for each. */
export type TokenPurpose = 'code' | 'refresh';

/**
 * Our own small token client. oidc-client-ts turns non-JSON errors into plain `Error`s and drops
 * the status and headers; the token rules need both (5xx and `Retry-After` mean "retry", 4xx
 * "fix the configuration"), so this step is ours.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3 (code) and #section-6 (refresh)
 */
export async function tokenRequest(
	endpoint: string,
	params: Readonly<Record<string, string>>,
	purpose: TokenPurpose,
	deps: HttpDeps
): Promise<TokenOutcome> {
	const host = hostOf(endpoint);
	if (!browserOnline(deps)) return err(problem('transient', 'offline'));
	const answer = await request(
		endpoint,
		{
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
			body: new URLSearchParams(params).toString(),
			credentials: 'omit',
			cache: 'no-store',
			redirect: 'error'
		},
		deps
	);
	if (!answer.ok) {
		if (purpose === 'code') return codeNotRedeemed(endpoint, host, answer, deps);
		return err(problem('transient', answer.failure, { params: { host }, description: answer.detail }));
	}
	return readTokenResponse(answer.response, purpose, host, deps.now?.() ?? Date.now());
}

/**
 * A sign-in whose code could not be redeemed because no answer reached the app. Nothing retries a
 * sign-in, so say what happened. A browser shows a server that refuses cross-origin requests
 * exactly like an unreachable one; a request in `no-cors` mode tells them apart: it gets an
 * (unreadable) answer from a server that is there.
 */
async function codeNotRedeemed(
	endpoint: string,
	host: string,
	answer: { failure: NetworkFailure; detail: string },
	deps: HttpDeps
): Promise<TokenOutcome> {
	if (answer.failure === 'timeout') return err(problem('transient', 'code-timeout', { params: { host } }));
	const probe = await request(
		endpoint,
		{ method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' },
		deps
	);
	const code = probe.ok ? 'browser-refused' : 'code-unreachable';
	return err(problem(probe.ok ? 'configuration' : 'transient', code, { params: { host }, description: answer.detail }));
}

/** How the provider's answer reads: the status, its OAuth error and description, when to retry. */
interface ErrorAnswer {
	readonly status: number;
	readonly error?: string | undefined;
	readonly description?: string | undefined;
}

/**
 * What a refused token request means, first match wins: the provider's trouble (retry), then
 * Microsoft's documented codes (in the description), then RFC 6749's errors, then the status.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 * @see https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
const ERROR_RULES: readonly {
	readonly when: (a: ErrorAnswer, purpose: TokenPurpose) => boolean;
	readonly class: ProblemClass;
	readonly code: TokenCode;
}[] = [
	{ when: (a) => a.status === 429, class: 'transient', code: 'rate-limited' },
	{
		when: (a) => a.status >= 500 || a.error === 'temporarily_unavailable' || a.error === 'server_error',
		class: 'transient',
		code: 'server-error'
	},
	{ when: (a) => microsoft(a, 'AADSTS9002326', 'AADSTS9002327'), class: 'configuration', code: 'spa-platform' },
	{ when: (a) => microsoft(a, 'AADSTS700084'), class: 'sign-in-required', code: 'expired' },
	{ when: (a) => microsoft(a, 'AADSTS700025', 'AADSTS90023'), class: 'configuration', code: 'secret-refused' },
	{ when: (a) => microsoft(a, 'AADSTS65001'), class: 'sign-in-required', code: 'consent-missing' },
	{
		when: (a, purpose) => a.error === 'invalid_grant' && purpose === 'refresh',
		class: 'sign-in-required',
		code: 'invalid-grant'
	},
	{ when: (a) => a.error === 'invalid_grant', class: 'configuration', code: 'code-rejected' },
	{ when: (a) => a.error === 'invalid_client', class: 'configuration', code: 'invalid-client' },
	{ when: (a) => a.error === 'unauthorized_client', class: 'configuration', code: 'unauthorized-client' },
	{ when: (a) => a.error === 'unsupported_grant_type', class: 'configuration', code: 'unsupported-grant-type' },
	// RFC 8707: the resource was not part of what the person granted (or is unknown).
	{ when: (a) => a.error === 'invalid_target', class: 'configuration', code: 'invalid-target' },
	{ when: (a) => a.error === 'invalid_scope', class: 'configuration', code: 'invalid-scope' },
	// Google, for a "Web application" client whose token request lacks its secret.
	{
		when: (a) => a.error === 'invalid_request' && /client_secret/i.test(a.description ?? ''),
		class: 'configuration',
		code: 'secret-missing'
	},
	{ when: (a) => a.error === 'invalid_request', class: 'configuration', code: 'invalid-request' },
	{ when: (a) => a.status === 401 || a.status === 403, class: 'configuration', code: 'client-refused' },
	{ when: () => true, class: 'configuration', code: 'endpoint-error' }
];

function microsoft(answer: ErrorAnswer, ...codes: string[]): boolean {
	return codes.some((code) => answer.description?.includes(code) === true);
}

/** The problem a refused token request is: its rule, and what the message names. */
export function classifyTokenError(
	answer: ErrorAnswer & { readonly retryAfterMs?: number | undefined },
	purpose: TokenPurpose,
	host: string
): AuthProblem {
	const rule = ERROR_RULES.find((r) => r.when(answer, purpose))!;
	return problem(rule.class, rule.code, {
		params: { host, status: answer.status, error: answer.error, description: answer.description },
		status: answer.status,
		...(answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}),
		...(answer.error ? { oauthError: answer.error } : {}),
		...(answer.description ? { description: answer.description } : {})
	});
}

async function readTokenResponse(
	response: Response,
	purpose: TokenPurpose,
	host: string,
	now: number
): Promise<TokenOutcome> {
	const status = response.status;
	const text = await response.text().catch(() => '');
	const json = jsonObject(text);
	if (response.ok) {
		if (!json) return err(problem('configuration', 'not-json', { params: { host }, status }));
		const tokens = validTokens(json);
		if (!tokens) return err(problem('configuration', 'no-access-token', { params: { host }, status }));
		return ok(tokens);
	}
	return err(
		classifyTokenError(
			{
				status,
				error: typeof json?.error === 'string' ? json.error : undefined,
				description: typeof json?.error_description === 'string' ? json.error_description : undefined,
				retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now)
			},
			purpose,
			host
		)
	);
}

function jsonObject(text: string): Record<string, unknown> | undefined {
	let body: unknown;
	try {
		body = text === '' ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
	return typeof body === 'object' && body !== null && !Array.isArray(body)
		? (body as Record<string, unknown>)
		: undefined;
}

function validTokens(json: Record<string, unknown>): TokenResponse | undefined {
	const { access_token, token_type, expires_in, refresh_token, scope, id_token } = json;
	if (typeof access_token !== 'string' || access_token === '') return undefined;
	const expires = typeof expires_in === 'string' ? Number(expires_in) : expires_in;
	return {
		access_token,
		// RFC 6749 requires it; some providers omit it. Bearer is the only type we can use.
		token_type: typeof token_type === 'string' ? token_type : 'Bearer',
		...(typeof expires === 'number' && Number.isFinite(expires) && expires > 0 ? { expires_in: expires } : {}),
		...(typeof refresh_token === 'string' && refresh_token !== '' ? { refresh_token } : {}),
		...(typeof scope === 'string' ? { scope } : {}),
		...(typeof id_token === 'string' ? { id_token } : {})
	};
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export type RevocationOutcome =
	| { readonly kind: 'revoked' }
	| { readonly kind: 'not-supported' }
	| { readonly kind: 'failed'; readonly problem: AuthProblem };

/**
 * Revokes a refresh token (and with it, at most providers, the grant).
 * @see https://www.rfc-editor.org/rfc/rfc7009#section-2.1
 */
export async function revokeToken(
	endpoint: string | undefined,
	params: { token: string; clientId: string; clientSecret?: string },
	deps: HttpDeps
): Promise<RevocationOutcome> {
	if (!endpoint) return { kind: 'not-supported' };
	const failed = (code: RevokeCode, extra: Params = {}) =>
		({
			kind: 'failed',
			problem: problem('transient', code, { params: { host: hostOf(endpoint), ...extra } })
		}) as const;
	if (!browserOnline(deps)) return failed('revoke-offline');
	const body: Record<string, string> = {
		token: params.token,
		token_type_hint: 'refresh_token',
		client_id: params.clientId
	};
	if (params.clientSecret) body.client_secret = params.clientSecret;
	const answer = await request(
		endpoint,
		{
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(body).toString(),
			credentials: 'omit',
			cache: 'no-store',
			// The body carries the token: a 307 or 308 would send it on, to wherever it points.
			redirect: 'error'
		},
		deps
	);
	if (!answer.ok) return failed(answer.failure === 'timeout' ? 'revoke-timeout' : 'revoke-unreachable');
	// RFC 7009 §2.2: 200 also for tokens that were already invalid.
	if (answer.response.ok) return { kind: 'revoked' };
	const text = await answer.response.text().catch(() => '');
	return failed('revoke-refused', { status: answer.response.status, answer: text.slice(0, 200) });
}
