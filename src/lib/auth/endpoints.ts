import type { ConnectionSettings } from '$lib/config';
import { staticEndpoints, type Endpoints } from '$lib/providers';
import type { DiscoveryCache } from '$lib/storage';
import { discover } from './discovery';
import type { HttpDeps } from './http';
import { problem, type AuthProblem } from './problems';

export interface ResolvedEndpoints extends Endpoints {
	/** The provider says it sends `iss` in authorization responses (RFC 9207): then it must. */
	readonly issParameterSupported: boolean;
}

/**
 * The endpoints of a connection: known for a provider from the catalog or entered by hand, or
 * discovered (from the cache when fresh) for custom OpenID Connect.
 */
export async function resolveEndpoints(
	connection: ConnectionSettings,
	deps: HttpDeps & { cache?: DiscoveryCache; appOrigin?: string }
): Promise<{ ok: true; endpoints: ResolvedEndpoints } | { ok: false; problem: AuthProblem }> {
	const known = staticEndpoints(connection);
	if (known) return { ok: true, endpoints: { ...known, issParameterSupported: false } };
	if (connection.provider !== 'oidc' || !connection.issuer) {
		return {
			ok: false,
			problem: problem('configuration', 'no-endpoints', 'The connection has no endpoints: edit it and enter them.')
		};
	}
	const found = await discover(connection.issuer, { ...deps, cache: deps.cache });
	if (found.kind === 'failed') {
		return {
			ok: false,
			problem: problem(found.retryable ? 'transient' : 'configuration', `discovery-${found.code}`, found.message)
		};
	}
	const m = found.metadata;
	return {
		ok: true,
		endpoints: {
			issuer: m.issuer,
			authorizationEndpoint: m.authorization_endpoint,
			tokenEndpoint: m.token_endpoint,
			...(m.revocation_endpoint ? { revocationEndpoint: m.revocation_endpoint } : {}),
			...(m.userinfo_endpoint ? { userinfoEndpoint: m.userinfo_endpoint } : {}),
			issParameterSupported: m.authorization_response_iss_parameter_supported === true
		}
	};
}
