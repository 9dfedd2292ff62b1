import type { ConnectionSettings } from '$lib/config';
import { PROVIDERS, type Endpoints } from './catalog';

/**
 * Endpoints known without asking the network: a known provider's, or those a custom OAuth2
 * connection names. Custom OpenID Connect needs discovery (see `$lib/auth`), so this answers
 * `undefined` for it.
 */
export function staticEndpoints(connection: ConnectionSettings): Endpoints | undefined {
	if (connection.provider === 'oidc') return undefined;
	if (connection.provider === 'oauth2') {
		if (!connection.authorizationEndpoint || !connection.tokenEndpoint) return undefined;
		return {
			authorizationEndpoint: connection.authorizationEndpoint,
			tokenEndpoint: connection.tokenEndpoint,
			...(connection.revocationEndpoint ? { revocationEndpoint: connection.revocationEndpoint } : {})
		};
	}
	const preset = PROVIDERS[connection.provider];
	return preset.endpoints?.(connection.projectId ?? preset.projectDefault);
}
