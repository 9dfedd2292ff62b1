import { PROVIDERS, type ConnectionShape, type Endpoints } from './catalog';

/**
 * Endpoints known without asking the network: a known provider's, or those a custom OAuth2
 * connection names. Custom OpenID Connect needs discovery (see `$lib/auth`), and so do a
 * Microsoft national cloud and a Microsoft tenant named by its domain: for those this answers
 * `undefined`.
 */
export function staticEndpoints(connection: ConnectionShape): Endpoints | undefined {
	if (connection.provider === 'oidc') return undefined;
	if (connection.provider === 'oauth2') {
		if (!connection.authorizationEndpoint || !connection.tokenEndpoint) return undefined;
		return {
			...(connection.issuer ? { issuer: connection.issuer } : {}),
			authorizationEndpoint: connection.authorizationEndpoint,
			tokenEndpoint: connection.tokenEndpoint,
			...(connection.revocationEndpoint ? { revocationEndpoint: connection.revocationEndpoint } : {})
		};
	}
	return PROVIDERS[connection.provider].endpoints?.(connection);
}
