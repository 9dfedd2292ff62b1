import type { ConnectionSettings, Grant } from '$lib/config';
import { staticEndpoints } from '$lib/providers';

/**
 * Whether saving `next` would point a grant at another issuer, token endpoint or client than the
 * one it came from. Custom OpenID Connect endpoints come from discovery: there the issuer decides.
 */
export function bindingChanges(grant: Grant, next: ConnectionSettings): boolean {
	if (next.clientId !== grant.clientId) return true;
	if (next.provider === 'oidc') return next.issuer !== grant.issuer;
	const endpoints = staticEndpoints(next);
	if (!endpoints) return true;
	if (endpoints.tokenEndpoint !== grant.tokenEndpoint) return true;
	return (endpoints.issuer ?? undefined) !== (grant.issuer ?? undefined);
}
