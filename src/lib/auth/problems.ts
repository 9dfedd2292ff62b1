import type { Params } from '$lib/config';

/**
 * The error taxonomy of the token rules (docs/refresh.md: "Errors are sorted"):
 * - `transient`: keep everything, retry with backoff (unreachable, 5xx, 429, temporarily_unavailable).
 * - `configuration`: keep the grant, say what to fix in the connection.
 * - `sign-in-required`: keep the settings, one click to renew (invalid_grant, no refresh token, lost key).
 * Decisions switch on `class` and `code`, never on words: the UI words each code
 * (`$lib/messages`).
 */
export type ProblemClass = 'transient' | 'configuration' | 'sign-in-required';

/** What a token request found (a code redeemed, a token renewed). */
export type TokenCode =
	| 'offline'
	| 'timeout'
	| 'unreachable'
	| 'code-timeout'
	| 'code-unreachable'
	| 'browser-refused'
	| 'not-json'
	| 'no-access-token'
	| 'rate-limited'
	| 'server-error'
	| 'spa-platform'
	| 'expired'
	| 'secret-refused'
	| 'consent-missing'
	| 'invalid-grant'
	| 'code-rejected'
	| 'invalid-client'
	| 'client-refused'
	| 'unauthorized-client'
	| 'unsupported-grant-type'
	| 'invalid-target'
	| 'invalid-scope'
	| 'secret-missing'
	| 'invalid-request'
	| 'endpoint-error';

/** What discovering an OpenID provider found wrong (`discover`). */
export type DiscoveryCode =
	| 'invalid-issuer'
	| 'offline'
	| 'unreachable'
	| 'timeout'
	| 'http-status'
	| 'not-json'
	| 'not-an-object'
	| 'no-issuer'
	| 'issuer-mismatch'
	| 'missing-endpoint'
	| 'unusable-endpoint'
	| 'insecure-endpoint'
	| 'no-s256';

/** What keeping a grant alive found (the token keeper), beyond a token request's own codes. */
export type KeeperCode =
	| 'not-signed-in'
	| 'sign-in-again'
	| 'check-connection'
	| 'retrying'
	| 'connection-gone'
	| 'no-endpoints'
	| 'key-lost'
	| 'tokens-damaged'
	| 'no-refresh-token'
	| 'binding-changed'
	| 'secret-lost'
	| 'lost-response'
	| 'no-expiry-no-refresh';

/** Why a sign-in stored nothing (`completeSignIn`), beyond a token request's own codes. */
export type SignInCode =
	| 'account-gone'
	| 'account-deleted'
	| 'secret-lost-sign-in'
	| 'wrong-redirect'
	| 'issuer-not-configured'
	| 'issuer-mismatch'
	| 'shared-redirect'
	| 'denied'
	| 'provider-error'
	| 'unknown-state'
	| 'state-unreadable'
	| 'state-not-waiting'
	| 'state-other-account'
	| 'completed-elsewhere'
	| 'no-id-token'
	| 'no-refresh-token-issued';

/** Why an id token was refused (OpenID Connect Core §3.1.3.7). */
export type IdTokenCode =
	| 'id-token-unreadable'
	| 'id-token-issuer'
	| 'id-token-tenant'
	| 'id-token-no-sub'
	| 'id-token-audience'
	| 'id-token-no-azp'
	| 'id-token-azp'
	| 'id-token-nonce'
	| 'id-token-no-exp'
	| 'id-token-expired'
	| 'id-token-no-iat'
	| 'id-token-future'
	| 'id-token-old';

/** Why the provider could not be told to revoke a token. */
export type RevokeCode =
	'revoke-offline' | 'revoke-timeout' | 'revoke-unreachable' | 'revoke-refused' | 'revoke-unrecorded';

/** Every code the auth layer reports, one catalog key each, namespaced where two areas share a word. */
export type AuthCode = TokenCode | `discovery-${DiscoveryCode}` | KeeperCode | SignInCode | IdTokenCode | RevokeCode;

export interface AuthProblem {
	readonly class: ProblemClass;
	readonly code: AuthCode;
	/** What the message names: a host, a status, the provider's own error and description. */
	readonly params?: Params;
	readonly status?: number;
	/** From `Retry-After`, where the server sent one (and CORS exposed it). */
	readonly retryAfterMs?: number;
	readonly oauthError?: string;
	readonly description?: string;
}

export function problem(
	cls: ProblemClass,
	code: AuthCode,
	extra: Partial<Omit<AuthProblem, 'class' | 'code'>> = {}
): AuthProblem {
	return { class: cls, code, ...extra };
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
	if (!value) return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}
