import type { ConnectionSettings, Grant } from '$lib/config';
import { microsoftAuthority, staticEndpoints } from '$lib/providers';

/**
 * Whether saving `next` would point a grant at another issuer, token endpoint, revocation endpoint
 * or client than the one it came from: its refresh token must then go to none of them. Where the
 * endpoints come from a provider's metadata (custom OpenID Connect; Microsoft's national clouds and
 * tenant domains), the issuer (the authority) decides.
 * @param before the connection as stored before the change: for grants from before the app
 *   recorded where a token may be revoked, its revocation endpoint is taken as the grant's
 */
export function bindingChanges(grant: Grant, next: ConnectionSettings, before?: ConnectionSettings): boolean {
	if (next.clientId !== grant.clientId) return true;
	if (next.provider === 'oidc') return next.issuer !== grant.issuer;
	const endpoints = staticEndpoints(next);
	if (!endpoints) {
		return next.provider === 'microsoft' ? microsoftAuthority(next.cloud, next.projectId) !== grant.issuer : true;
	}
	if (endpoints.tokenEndpoint !== grant.tokenEndpoint) return true;
	if ((endpoints.issuer ?? undefined) !== (grant.issuer ?? undefined)) return true;
	const revocation = grant.revocation
		? grant.revocation.endpoint
		: before
			? staticEndpoints(before)?.revocationEndpoint
			: endpoints.revocationEndpoint;
	return endpoints.revocationEndpoint !== revocation;
}
