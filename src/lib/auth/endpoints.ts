import { err, ok, type ConnectionSettings, type Result } from '$lib/config';
import { microsoftAuthority, staticEndpoints, tenantInIssuer, type Endpoints } from '$lib/providers';
import type { DiscoveryCache } from '$lib/storage';
import { discover, type DiscoveryResult } from './discovery';
import type { HttpDeps } from './http';
import { problem, type AuthProblem } from './problems';

export interface ResolvedEndpoints extends Endpoints {
	/** The provider says it sends `iss` in authorization responses (RFC 9207): then it must. */
	readonly issParameterSupported: boolean;
	/**
	 * Microsoft: the issuer its metadata names, a template with `{tenantid}` or a tenant's own
	 * issuer. Absent: the template on the authority's host (the global cloud's documented one).
	 */
	readonly issuerTemplate?: string;
}

type Resolved = Result<ResolvedEndpoints, AuthProblem>;

/**
 * The endpoints of a connection: known for a provider from the catalog or entered by hand, or
 * discovered (from the cache when fresh): custom OpenID Connect, and Microsoft in a national cloud
 * or for a tenant named by its domain (its metadata then names the tenant's issuer).
 */
export async function resolveEndpoints(
	connection: ConnectionSettings,
	deps: HttpDeps & { cache?: DiscoveryCache; appOrigin?: string }
): Promise<Resolved> {
	const known = staticEndpoints(connection);
	if (known) return ok({ ...known, issParameterSupported: false });
	if (connection.provider === 'microsoft') return microsoftEndpoints(connection, deps);
	if (connection.provider !== 'oidc' || !connection.issuer) {
		return err(problem('configuration', 'no-endpoints'));
	}
	const found = await discover(connection.issuer, { ...deps, cache: deps.cache });
	if (found.kind === 'failed') return failed(found);
	const m = found.metadata;
	return ok({
		issuer: m.issuer,
		authorizationEndpoint: m.authorization_endpoint,
		tokenEndpoint: m.token_endpoint,
		...(m.revocation_endpoint ? { revocationEndpoint: m.revocation_endpoint } : {}),
		...(m.userinfo_endpoint ? { userinfoEndpoint: m.userinfo_endpoint } : {}),
		issParameterSupported: m.authorization_response_iss_parameter_supported === true
	});
}

/**
 * Microsoft's metadata for a national cloud or a tenant domain, at
 * `https://<login host>/<tenant>/v2.0/.well-known/openid-configuration`.
 * @see https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc
 */
async function microsoftEndpoints(
	connection: ConnectionSettings,
	deps: HttpDeps & { cache?: DiscoveryCache; appOrigin?: string }
): Promise<Resolved> {
	const authority = microsoftAuthority(connection.cloud, connection.projectId);
	const host = new URL(authority).host;
	const found = await discover(authority, {
		...deps,
		cache: deps.cache,
		// The tenant template, or one tenant's own issuer, on the same host.
		acceptIssuer: (named) =>
			named === `https://${host}/{tenantid}/v2.0` ||
			(tenantInIssuer(named) !== undefined && new URL(named).host === host)
	});
	if (found.kind === 'failed') return failed(found);
	const m = found.metadata;
	return ok({
		issuer: authority,
		issuerTemplate: m.issuer,
		authorizationEndpoint: m.authorization_endpoint,
		tokenEndpoint: m.token_endpoint,
		...(m.userinfo_endpoint ? { userinfoEndpoint: m.userinfo_endpoint } : {}),
		issParameterSupported: m.authorization_response_iss_parameter_supported === true
	});
}

function failed(found: Extract<DiscoveryResult, { kind: 'failed' }>): Resolved {
	return err(
		problem(found.retryable ? 'transient' : 'configuration', `discovery-${found.code}`, { params: found.params })
	);
}
