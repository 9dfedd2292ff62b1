import { err, ok, type Params, type ProviderId, type Result } from '$lib/config';
import { issuerMatches } from '$lib/providers';
import { problem, type AuthProblem, type IdTokenCode } from './problems';

/** Decodes a JWT's payload without verifying it. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
	const part = jwt.split('.')[1];
	if (!part) return undefined;
	try {
		const base64 = part
			.replace(/-/g, '+')
			.replace(/_/g, '/')
			.padEnd(Math.ceil(part.length / 4) * 4, '=');
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
		return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
			? (payload as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/** Clocks disagree; five minutes is the usual allowance. */
const SKEW_S = 300;
/** An id token comes straight from the token endpoint: one issued a day ago is not this sign-in's. */
const MAX_AGE_S = 24 * 3600;

/**
 * Checks an id token received directly from the token endpoint over TLS, as OpenID Connect Core
 * §3.1.3.7 says: issuer, audience (and the authorized party where there are several), nonce,
 * expiry and time of issue. Its signature need not be checked in this flow (item 6), which is also
 * what oidc-client-ts does.
 * @see https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation
 */
export function checkIdToken(
	idToken: string,
	expected: {
		provider: ProviderId;
		issuer: string;
		/** Microsoft: the issuer its metadata names (see `issuerMatches`). */
		issuerTemplate?: string | undefined;
		clientId: string;
		nonce?: string | undefined;
		now: number;
	}
): Result<Record<string, unknown>, AuthProblem> {
	const claims = decodeJwtPayload(idToken);
	const bad = (code: IdTokenCode, params?: Params) => err(problem('configuration', code, params ? { params } : {}));
	if (!claims) return bad('id-token-unreadable');
	if (
		typeof claims.iss !== 'string' ||
		!issuerMatches(expected.provider, expected.issuer, claims.iss, { claims, template: expected.issuerTemplate })
	) {
		return expected.provider === 'microsoft'
			? bad('id-token-tenant', {
					iss: String(claims.iss),
					tid: typeof claims.tid === 'string' ? claims.tid : undefined,
					issuer: expected.issuer
				})
			: bad('id-token-issuer', { iss: String(claims.iss), issuer: expected.issuer });
	}
	if (typeof claims.sub !== 'string' || claims.sub === '') return bad('id-token-no-sub');
	const aud = claims.aud;
	const audiences = Array.isArray(aud) ? aud : [aud];
	if (!audiences.includes(expected.clientId)) return bad('id-token-audience');
	// Several audiences: the party it was issued to (azp) must be this client (§3.1.3.7, items 4–5).
	if (audiences.length > 1 && claims.azp === undefined) return bad('id-token-no-azp');
	if (claims.azp !== undefined && claims.azp !== expected.clientId) return bad('id-token-azp');
	if (expected.nonce !== undefined && claims.nonce !== expected.nonce) return bad('id-token-nonce');
	const now = expected.now / 1000;
	// exp and iat are required (§2): a token without them, expired, or issued in the future is refused.
	if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return bad('id-token-no-exp');
	if (claims.exp + SKEW_S < now) return bad('id-token-expired');
	if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)) return bad('id-token-no-iat');
	if (claims.iat - SKEW_S > now) return bad('id-token-future');
	if (claims.iat + MAX_AGE_S < now) return bad('id-token-old');
	return ok(claims);
}
