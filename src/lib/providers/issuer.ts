import type { ProviderId } from '$lib/config';

const MS_ISSUER =
	/^https:\/\/login\.microsoftonline\.com\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0$/;

/**
 * Whether an issuer named in a response (the RFC 9207 `iss` parameter or an id token's `iss`)
 * is the one we sent the person to. Exact, except where a provider documents otherwise:
 * - Google's id tokens may say `accounts.google.com` without the scheme.
 * - Microsoft's multi-tenant endpoints (`common`, `organizations`, `consumers`, or a tenant domain)
 *   issue tokens under the person's tenant GUID, which the token's `tid` claim repeats.
 * @see https://www.rfc-editor.org/rfc/rfc9207
 * @see https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken
 * @see https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-issuer
 */
export function issuerMatches(
	provider: ProviderId,
	expected: string,
	actual: string,
	claims: { readonly tid?: unknown } = {}
): boolean {
	if (actual === expected) return true;
	if (provider === 'google') {
		return expected === 'https://accounts.google.com' && actual === 'accounts.google.com';
	}
	if (provider === 'microsoft') {
		const tenant = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/.exec(expected)?.[1];
		const actualTenant = MS_ISSUER.exec(actual)?.[1];
		if (!tenant || !actualTenant) return false;
		if (claims.tid !== undefined && claims.tid !== actualTenant) return false;
		// A GUID tenant must match exactly (handled above); names stand for whatever tenant signs in.
		return !/^[0-9a-f-]{36}$/i.test(tenant);
	}
	return false;
}
