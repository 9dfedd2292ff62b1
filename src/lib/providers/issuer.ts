import type { ProviderId } from '$lib/config';
import { microsoftIssuerMatches, tenantInIssuer } from './microsoft';

/**
 * Whether an issuer named in a response (the RFC 9207 `iss` parameter or an id token's `iss`)
 * is the one we sent the person to. Exact, except where a provider documents otherwise:
 * - Google's id tokens may say `accounts.google.com` without the scheme.
 * - Microsoft's issuer is a template with the person's tenant in it (`microsoftIssuerMatches`).
 * @param expected the issuer recorded for the sign-in (for Microsoft, its authority)
 * @param context.claims the id token's claims; absent for the `iss` parameter
 * @param context.template Microsoft: the issuer the provider's metadata names
 * @see https://www.rfc-editor.org/rfc/rfc9207
 * @see https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken
 * @see https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-issuer
 */
export function issuerMatches(
	provider: ProviderId,
	expected: string,
	actual: string,
	context: { readonly claims?: { readonly tid?: unknown }; readonly template?: string | undefined } = {}
): boolean {
	if (provider === 'microsoft') {
		// The `iss` parameter comes without claims: its own tenant is all there is to check.
		const tid = context.claims ? context.claims.tid : tenantInIssuer(actual);
		return microsoftIssuerMatches(expected, context.template, actual, tid);
	}
	if (actual === expected) return true;
	if (provider === 'google') {
		return expected === 'https://accounts.google.com' && actual === 'accounts.google.com';
	}
	return false;
}
