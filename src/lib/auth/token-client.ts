import { browserOnline, request, type HttpDeps } from './http';
import { parseRetryAfter, problem, type AuthProblem } from './problems';

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

export type TokenOutcome =
	{ readonly ok: true; readonly tokens: TokenResponse } | { readonly ok: false; readonly problem: AuthProblem };

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
	if (!browserOnline()) {
		return fail(
			problem('transient', 'offline', 'The browser is offline. The token will be renewed when the network is back.')
		);
	}
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
		if (answer.failure === 'timeout') {
			return fail(problem('transient', 'timeout', `The token endpoint at ${host} did not answer in time. Retrying…`));
		}
		return fail(
			problem(
				'transient',
				'unreachable',
				`Could not reach the token endpoint at ${host}: the network may be down, or the server refuses requests from this site (CORS). Retrying…`,
				{ description: answer.detail }
			)
		);
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
	answer: { failure: 'timeout' | 'unreachable'; detail: string },
	deps: HttpDeps
): Promise<TokenOutcome> {
	if (answer.failure === 'timeout') {
		return fail(
			problem(
				'transient',
				'timeout',
				`The token endpoint at ${host} did not answer in time, so the sign-in could not be finished. Nothing was stored. Press Refresh token to try again.`
			)
		);
	}
	const probe = await request(
		endpoint,
		{ method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' },
		deps
	);
	if (probe.ok) {
		return fail(
			problem(
				'configuration',
				'browser-refused',
				`This provider did not accept the sign-in from a browser app: its token endpoint at ${host} answers, but not to web pages (it sends no CORS headers), so the app cannot finish the sign-in. Nothing was stored. The provider must allow this site’s requests at its token endpoint; until it does, accounts of this provider cannot be signed in here.`,
				{ description: answer.detail }
			)
		);
	}
	return fail(
		problem(
			'transient',
			'unreachable',
			`Could not reach the token endpoint at ${host} to finish the sign-in: the network may be down, or the address is wrong. Nothing was stored. Check the connection and the network, then press Refresh token again.`,
			{ description: answer.detail }
		)
	);
}

async function readTokenResponse(
	response: Response,
	purpose: TokenPurpose,
	host: string,
	now: number
): Promise<TokenOutcome> {
	const status = response.status;
	const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
	const text = await response.text().catch(() => '');
	let body: unknown;
	try {
		body = text === '' ? undefined : JSON.parse(text);
	} catch {
		body = undefined;
	}
	const json =
		typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;

	if (response.ok) {
		if (!json) {
			return fail(
				problem(
					'configuration',
					'bad-response',
					`The token endpoint at ${host} did not answer with JSON: check the Token endpoint.`,
					{ status }
				)
			);
		}
		const tokens = validTokens(json);
		if (!tokens) {
			return fail(
				problem(
					'configuration',
					'bad-response',
					`The token endpoint at ${host} answered without a usable access token: check the Token endpoint.`,
					{ status }
				)
			);
		}
		return { ok: true, tokens };
	}

	const error = typeof json?.error === 'string' ? json.error : undefined;
	const description = typeof json?.error_description === 'string' ? json.error_description : undefined;
	const extra = {
		status,
		...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
		...(error ? { oauthError: error } : {}),
		...(description ? { description } : {})
	};
	const detail = description ? ` (${description})` : '';

	if (status >= 500 || status === 429 || error === 'temporarily_unavailable' || error === 'server_error') {
		const what =
			status === 429 ? 'asks to slow down (429)' : `is having trouble (${status}${error ? ` ${error}` : ''})`;
		return fail(
			problem(
				'transient',
				status === 429 ? 'rate-limited' : 'server-error',
				`The provider ${what}. Nothing is lost; retrying…`,
				extra
			)
		);
	}
	// Microsoft's codes, in the description: the documented ones people meet from a browser app.
	if (description?.includes('AADSTS9002326') || description?.includes('AADSTS9002327')) {
		return fail(
			problem(
				'configuration',
				'spa-platform',
				'Microsoft refuses to redeem the code from a browser: register the redirect URI under the platform “Single-page application” in Entra ID.',
				extra
			)
		);
	}
	if (description?.includes('AADSTS700084')) {
		return fail(
			problem(
				'sign-in-required',
				'expired',
				'Microsoft ends a browser app’s sign-in 24 hours after it began, however often it was renewed. Sign in again: while your Microsoft session lasts, it needs no password.',
				extra
			)
		);
	}
	if (description?.includes('AADSTS700025') || description?.includes('AADSTS90023')) {
		return fail(
			problem(
				'configuration',
				'secret-refused',
				'Microsoft refuses a client secret from a browser app. Remove the Client Secret from the connection (the app is a “Single-page application”, a public client).',
				extra
			)
		);
	}
	if (description?.includes('AADSTS65001')) {
		return fail(
			problem(
				'sign-in-required',
				'consent-missing',
				`Microsoft has no consent for these permissions for this account${detail}: the sign-in did not ask for them. Sign in again (Refresh token): every sign-in now asks for them.`,
				extra
			)
		);
	}
	switch (error) {
		case 'invalid_grant':
			return purpose === 'refresh'
				? fail(
						problem(
							'sign-in-required',
							'invalid-grant',
							`The provider no longer accepts this account’s refresh token: it was revoked, expired, or already used${detail}. Sign in again.`,
							extra
						)
					)
				: fail(
						problem(
							'configuration',
							'code-rejected',
							`The provider refused the sign-in code${detail}: it expired, was used already, or the redirect URI does not match. Press Refresh token to try again; if it keeps failing, check the redirect URI registered at the provider.`,
							extra
						)
					);
		case 'invalid_client':
			return fail(
				problem(
					'configuration',
					'invalid-client',
					`The provider does not accept this connection’s client${detail}: check the Client Id, and the Client Secret if the provider requires one.`,
					extra
				)
			);
		case 'unauthorized_client':
			return fail(
				problem(
					'configuration',
					'unauthorized-client',
					`The client may not use this grant${detail}: allow the authorization_code and refresh_token grants for it at the provider.`,
					extra
				)
			);
		case 'unsupported_grant_type':
			return fail(
				problem(
					'configuration',
					'unsupported-grant-type',
					`The provider does not support this grant${detail}: allow refresh tokens for the client.`,
					extra
				)
			);
		case 'invalid_target':
			// RFC 8707: the resource was not part of what the person granted (or is unknown).
			return fail(
				problem(
					'configuration',
					'invalid-target',
					`The provider will not issue a token for that server${detail}: sign in again so that the sign-in asks for it, or check the server’s address.`,
					extra
				)
			);
		case 'invalid_scope':
			return fail(
				problem(
					'configuration',
					'invalid-scope',
					`The provider refuses the requested scopes${detail}: check the connection’s Scopes.`,
					extra
				)
			);
		case 'invalid_request':
			// Google, for a "Web application" client whose token request lacks its secret.
			if (/client_secret/i.test(description ?? ''))
				return fail(
					problem(
						'configuration',
						'secret-missing',
						`The provider wants this connection’s client secret${detail}: enter the Client Secret of the client in the connection (for Google, the secret of its “Web application” client).`,
						extra
					)
				);
			return fail(
				problem(
					'configuration',
					'invalid-request',
					`The provider refused the token request${detail}: check the connection’s settings and the redirect URI registered at the provider.`,
					extra
				)
			);
	}
	if (status === 401 || status === 403) {
		return fail(
			problem(
				'configuration',
				'invalid-client',
				`The token endpoint at ${host} refused the client (${status})${detail}: check the Client Id and Client Secret.`,
				extra
			)
		);
	}
	return fail(
		problem(
			'configuration',
			'endpoint-error',
			`The token endpoint at ${host} answered ${status}${error ? ` ${error}` : ''}${detail}: check the Token endpoint of the connection.`,
			extra
		)
	);
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

function fail(p: AuthProblem): TokenOutcome {
	return { ok: false, problem: p };
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
	| { readonly kind: 'failed'; readonly message: string };

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
	if (!browserOnline())
		return { kind: 'failed', message: 'The browser is offline, so the provider could not be told.' };
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
	if (!answer.ok) {
		return {
			kind: 'failed',
			message: `Could not reach ${hostOf(endpoint)} (${answer.failure === 'timeout' ? 'no answer in time' : 'network error or CORS refusal'}).`
		};
	}
	// RFC 7009 §2.2: 200 also for tokens that were already invalid.
	if (answer.response.ok) return { kind: 'revoked' };
	const text = await answer.response.text().catch(() => '');
	return {
		kind: 'failed',
		message: `${hostOf(endpoint)} answered ${answer.response.status}${text ? `: ${text.slice(0, 200)}` : ''}.`
	};
}
