import type { AccountSettings, ConnectionSettings, TransportKind } from '$lib/config';
import { PROVIDERS, defaultScopes } from './catalog';

/** What a sign-in asks the provider for, derived from the connection and the account. */
export interface SignInRequestPlan {
	readonly scopes: readonly string[];
	/** Extra authorization parameters (Google: access_type=offline, prompt=consent). */
	readonly params: Readonly<Record<string, string>>;
	/** Whether the answer includes an id token (the scopes ask for `openid`). */
	readonly openid: boolean;
	/** RFC 8707 resource indicator: the server the access token is for (a JMAP server). */
	readonly resource?: string;
}

/**
 * Which access token a transport needs. The token obtained at sign-in is stored under `''` and
 * serves the account's own transport; others are minted from the same refresh token: Microsoft
 * with another resource's scopes, OpenID providers with a resource indicator.
 */
export interface ResourceRequest {
	readonly key: string;
	readonly scopes?: readonly string[];
	readonly indicator?: string;
}

type AccountLike = Pick<AccountSettings, 'transport' | 'servers'>;

/** The transport an account uses: its own choice, or its provider's default. */
export function transportOf(connection: Pick<ConnectionSettings, 'provider'>, account: AccountLike): TransportKind {
	return account.transport ?? PROVIDERS[connection.provider].defaultTransport;
}

/** Whether a provider offers a transport at all (Yahoo has no HTTP mail API, say). */
export function supportsTransport(connection: Pick<ConnectionSettings, 'provider'>, transport: TransportKind): boolean {
	return PROVIDERS[connection.provider].transports[transport] !== undefined;
}

/**
 * The JMAP server's origin as RFC 8707 resource indicator, for custom OpenID providers: the token
 * is then issued for that server (its audience), as servers that check tokens themselves expect.
 * @see https://www.rfc-editor.org/rfc/rfc8707
 */
function jmapIndicator(
	connection: ConnectionSettings,
	account: AccountLike,
	transport: TransportKind
): string | undefined {
	if (connection.provider !== 'oidc' || transport !== 'jmap') return undefined;
	const url = account.servers?.jmap?.sessionUrl;
	return url ? new URL(url).origin : undefined;
}

export function signInPlan(connection: ConnectionSettings, account: AccountLike): SignInRequestPlan {
	const preset = PROVIDERS[connection.provider];
	const transport = transportOf(connection, account);
	const own = preset.transports[transport];
	const requested =
		connection.scopes && connection.scopes.length > 0
			? [...new Set([...connection.scopes, ...(own?.scopes ?? [])])]
			: defaultScopes(connection.provider, transport);
	// One access token per resource (Microsoft): scopes of another resource would spoil the request.
	const others = Object.values(preset.transports)
		.map((t) => t?.resource)
		.filter((r): r is string => r !== undefined && r !== own?.resource);
	const scopes = requested.filter((s) => !others.some((r) => s.startsWith(`${r}/`)));
	const params: Record<string, string> = { ...preset.authorizationParams };
	// OpenID Connect Core §11: offline_access is granted only with a consent prompt. Providers
	// that issue refresh tokens anyway (Keycloak) accept the prompt too.
	if (connection.provider === 'oidc' && scopes.includes('offline_access') && !params.prompt) {
		params.prompt = 'consent';
	}
	const resource = jmapIndicator(connection, account, transport);
	return { scopes, params, openid: scopes.includes('openid'), ...(resource ? { resource } : {}) };
}

/**
 * The token a transport needs for an account (see `ResourceRequest`).
 * @param signedInFor the resource indicator the account signed in for (`Grant.resource`): if the
 *   account's JMAP server changed since, the main token is for the old server and a token for the
 *   new one is minted instead.
 */
export function resourceFor(
	connection: ConnectionSettings,
	account: AccountLike,
	transport: TransportKind,
	signedInFor?: string
): ResourceRequest {
	if (transport === transportOf(connection, account)) {
		const indicator = jmapIndicator(connection, account, transport);
		return indicator !== undefined && indicator !== signedInFor ? { key: indicator, indicator } : { key: '' };
	}
	const preset = PROVIDERS[connection.provider];
	const wanted = preset.transports[transport];
	if (wanted?.resource) {
		const offline = preset.baseScopes.includes('offline_access') ? ['offline_access'] : [];
		return { key: wanted.resource, scopes: [...wanted.scopes, ...offline] };
	}
	const indicator = jmapIndicator(connection, account, transport);
	if (indicator) return { key: indicator, indicator };
	// Same provider, same token (its scopes decide what it may do).
	return { key: '' };
}
