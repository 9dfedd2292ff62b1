import type { ProviderId } from '$lib/config';
import { issuerMatches } from '$lib/providers';
import { problem, type AuthProblem } from './problems';

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

/**
 * Checks an id token received directly from the token endpoint over TLS: issuer, audience, nonce
 * and expiry. Its signature need not be checked in this flow (OpenID Connect Core §3.1.3.7,
 * item 6), which is also what oidc-client-ts does.
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
): { ok: true; claims: Record<string, unknown> } | { ok: false; problem: AuthProblem } {
	const claims = decodeJwtPayload(idToken);
	const bad = (what: string) =>
		({
			ok: false,
			problem: problem(
				'configuration',
				'id-token-invalid',
				`The provider’s id token ${what}. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.`
			)
		}) as const;
	if (!claims) return bad('could not be read');
	if (
		typeof claims.iss !== 'string' ||
		!issuerMatches(expected.provider, expected.issuer, claims.iss, { claims, template: expected.issuerTemplate })
	) {
		return expected.provider === 'microsoft'
			? bad(
					`names an issuer or tenant this connection does not accept (issuer “${String(claims.iss)}”, tenant ${typeof claims.tid === 'string' ? `“${claims.tid}”` : 'not named'}; the connection signs in at ${expected.issuer})`
				)
			: bad(`names another issuer (“${String(claims.iss)}”, expected “${expected.issuer}”)`);
	}
	const aud = claims.aud;
	const audiences = Array.isArray(aud) ? aud : [aud];
	if (!audiences.includes(expected.clientId)) return bad('was issued for another client');
	if (expected.nonce !== undefined && claims.nonce !== expected.nonce)
		return bad('does not answer this sign-in (nonce)');
	if (typeof claims.exp === 'number' && claims.exp + SKEW_S < expected.now / 1000) return bad('has expired');
	return { ok: true, claims };
}
