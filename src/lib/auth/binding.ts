import type { ConnectionSettings, Grant } from '$lib/config';
import { microsoftAuthority, staticEndpoints, type Endpoints } from '$lib/providers';

/**
 * Where a grant's tokens may go: the client, issuer and endpoints it came from. `tokenEndpoint`
 * absent: known only through the issuer (its metadata), which then decides; `revocation` absent:
 * not compared.
 */
interface Destination {
	readonly clientId: string;
	readonly issuer?: string | undefined;
	readonly tokenEndpoint?: string;
	readonly revocation?: { readonly endpoint?: string | undefined };
}

/**
 * The binding rule, the one place it is written: a grant's refresh token goes to no other client,
 * issuer, token endpoint or revocation endpoint than the ones it came from.
 */
function movesElsewhere(grant: Grant, to: Destination, recordedRevocation: string | undefined): boolean {
	if (to.clientId !== grant.clientId) return true;
	if ((to.issuer ?? undefined) !== (grant.issuer ?? undefined)) return true;
	if (to.tokenEndpoint !== undefined && to.tokenEndpoint !== grant.tokenEndpoint) return true;
	return to.revocation !== undefined && to.revocation.endpoint !== recordedRevocation;
}

/**
 * Whether saving `next` would point a grant at another issuer, token endpoint, revocation endpoint
 * or client than the one it came from: its refresh token must then go to none of them. Where the
 * endpoints come from a provider's metadata (custom OpenID Connect; Microsoft's national clouds and
 * tenant domains), the issuer (the authority) decides.
 * @param before the connection as stored before the change: for grants from before the app
 *   recorded where a token may be revoked, its revocation endpoint is taken as the grant's
 */
export function bindingChanges(grant: Grant, next: ConnectionSettings, before?: ConnectionSettings): boolean {
	if (next.provider === 'oidc')
		return movesElsewhere(grant, { clientId: next.clientId, issuer: next.issuer }, undefined);
	const endpoints = staticEndpoints(next);
	if (!endpoints) {
		const authority = next.provider === 'microsoft' ? microsoftAuthority(next.cloud, next.projectId) : undefined;
		// No endpoints at all (a custom OAuth2 connection without them) goes nowhere the grant knows.
		return authority === undefined || movesElsewhere(grant, { clientId: next.clientId, issuer: authority }, undefined);
	}
	const recorded = grant.revocation
		? grant.revocation.endpoint
		: before
			? staticEndpoints(before)?.revocationEndpoint
			: endpoints.revocationEndpoint;
	return movesElsewhere(
		grant,
		{
			clientId: next.clientId,
			issuer: endpoints.issuer,
			tokenEndpoint: endpoints.tokenEndpoint,
			revocation: { endpoint: endpoints.revocationEndpoint }
		},
		recorded
	);
}

/**
 * Whether the endpoints a connection resolves to now (before a renewal) are not the ones the grant
 * came from: its refresh token is then sent nowhere. Revocation is not a renewal's business.
 */
export function endpointsMoveGrant(grant: Grant, clientId: string, endpoints: Endpoints): boolean {
	return movesElsewhere(
		grant,
		{ clientId, issuer: endpoints.issuer, tokenEndpoint: endpoints.tokenEndpoint },
		undefined
	);
}
