import type { AccountSettings, ConnectionSettings, TransportKind } from '$lib/config';
import { PROVIDERS, defaultScopes, transportsOf, type TransportPreset } from './catalog';

/** What a sign-in asks the provider for, derived from the connection and the account. */
export interface SignInRequestPlan {
	readonly scopes: readonly string[];
	/** Extra authorization parameters (Google: access_type=offline, prompt=consent). */
	readonly params: Readonly<Record<string, string>>;
	/** Whether the answer includes an id token (the scopes ask for `openid`). */
	readonly openid: boolean;
	/** RFC 8707 resource indicator: the server the access token is for (a JMAP server). */
	readonly resource?: string;
	/**
	 * Microsoft: the scopes to redeem the code with. The sign-in asks consent for every resource;
	 * the code is redeemed for the account's own (one access token per resource).
	 */
	readonly redeemScopes?: readonly string[];
}

/**
 * Which access token a transport needs. The token obtained at sign-in is stored under `''` and
 * serves the account's own transport; others are minted from the same refresh token: Microsoft
 * with another resource's scopes, OpenID providers with a resource indicator. `scopes`, where
 * given, go with every renewal of that token (Microsoft: they name the resource).
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

const unique = (list: readonly string[]) => [...new Set(list)];

export function signInPlan(connection: ConnectionSettings, account: AccountLike): SignInRequestPlan {
	const preset = PROVIDERS[connection.provider];
	const transports = transportsOf(connection);
	const transport = transportOf(connection, account);
	const own = transports[transport];
	const always = Object.values(transports).filter((t): t is TransportPreset => t?.always === true);
	const requested = unique([
		...(connection.scopes && connection.scopes.length > 0
			? [...connection.scopes, ...(own?.scopes ?? [])]
			: defaultScopes(connection, transport)),
		// Asked for at every sign-in, so that a token for them can be had later (Microsoft
		// grants a refresh only for what was consented at sign-in).
		...always.flatMap((t) => t.scopes)
	]);
	// Microsoft: one authorization request may ask consent for several resources; the code is
	// redeemed for one, the first its scopes name. The identity scopes first, then the account's
	// own resource, then the others.
	const resources = Object.values(transports)
		.map((t) => t?.resource)
		.filter((r): r is string => r !== undefined);
	const resourceOf = (scope: string) => resources.find((r) => scope.startsWith(`${r}/`));
	const rank = (scope: string) => {
		const r = resourceOf(scope);
		return r === undefined ? 0 : r === own?.resource ? 1 : 2;
	};
	const scopes = [...requested].sort((a, b) => rank(a) - rank(b));
	const params: Record<string, string> = { ...preset.authorizationParams };
	// OpenID Connect Core §11: offline_access is granted only with a consent prompt. Providers
	// that issue refresh tokens anyway (Keycloak) accept the prompt too.
	if (connection.provider === 'oidc' && scopes.includes('offline_access') && !params.prompt) {
		params.prompt = 'consent';
	}
	const resource = jmapIndicator(connection, account, transport);
	const redeemScopes =
		own?.resource !== undefined ? scopes.filter((s) => rank(s) === 0 || resourceOf(s) === own.resource) : undefined;
	return {
		scopes,
		params,
		openid: scopes.includes('openid'),
		...(resource ? { resource } : {}),
		...(redeemScopes ? { redeemScopes } : {})
	};
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
	const preset = PROVIDERS[connection.provider];
	const offline = preset.baseScopes.includes('offline_access') ? ['offline_access'] : [];
	const transports = transportsOf(connection);
	if (transport === transportOf(connection, account)) {
		const indicator = jmapIndicator(connection, account, transport);
		if (indicator !== undefined && indicator !== signedInFor) return { key: indicator, indicator };
		const own = transports[transport];
		// Microsoft: a renewal names its resource by the scopes, or it may get another's token.
		return own?.resource ? { key: '', scopes: [...own.scopes, ...offline] } : { key: '' };
	}
	const wanted = transports[transport];
	if (wanted?.resource) return { key: wanted.resource, scopes: [...wanted.scopes, ...offline] };
	const indicator = jmapIndicator(connection, account, transport);
	if (indicator) return { key: indicator, indicator };
	// Same provider, same token (its scopes decide what it may do).
	return { key: '' };
}

/**
 * The token a portal gets for IMAP and SMTP (the `host` transport), whatever the account's own
 * transport: the token to ask for, and the scopes it must carry where it is the account's main
 * token. Or why a portal cannot have one:
 * - `restricted-scope`: the provider's IMAP scope is restricted (Google), so only accounts whose
 *   transport is the portal ask for it;
 * - `not-offered`: the connection has no IMAP and SMTP (a Microsoft national cloud, where Outlook's
 *   resource is not documented).
 */
export type PortalResource =
	| { readonly ok: true; readonly resource: ResourceRequest; readonly needs: readonly string[] }
	| { readonly ok: false; readonly code: 'restricted-scope' | 'not-offered' };

export function portalResource(
	connection: ConnectionSettings,
	account: AccountLike,
	signedInFor?: string
): PortalResource {
	const host = transportsOf(connection).host;
	if (!host) return { ok: false, code: 'not-offered' };
	if (host.onlyWhenChosen && transportOf(connection, account) !== 'host')
		return { ok: false, code: host.onlyWhenChosen };
	const resource = resourceFor(connection, account, 'host', signedInFor);
	return { ok: true, resource, needs: resource.key === '' ? host.scopes : [] };
}
