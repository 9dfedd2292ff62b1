import type { ConnectionSettings, TransportKind } from '$lib/config';
import { PROVIDERS, defaultScopes } from './catalog';

/** What a sign-in asks the provider for, derived from the connection and the account's transport. */
export interface SignInRequestPlan {
	readonly scopes: readonly string[];
	/** Extra authorization parameters (Google: access_type=offline, prompt=consent). */
	readonly params: Readonly<Record<string, string>>;
	/** Whether the answer includes an id token (the scopes ask for `openid`). */
	readonly openid: boolean;
}

export function signInPlan(connection: ConnectionSettings, transport?: TransportKind): SignInRequestPlan {
	const preset = PROVIDERS[connection.provider];
	const scopes =
		connection.scopes && connection.scopes.length > 0
			? connection.scopes
			: defaultScopes(connection.provider, transport);
	const params: Record<string, string> = { ...preset.authorizationParams };
	// OpenID Connect Core §11: offline_access is granted only with a consent prompt. Providers
	// that issue refresh tokens anyway (Keycloak) accept the prompt too.
	if (connection.provider === 'oidc' && scopes.includes('offline_access') && !params.prompt) {
		params.prompt = 'consent';
	}
	return { scopes, params, openid: scopes.includes('openid') };
}
