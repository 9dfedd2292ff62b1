import {
	projectFieldLabel,
	type ConnectionSettings,
	type Params,
	type ProviderId,
	type Servers,
	type TransportKind
} from '$lib/config';
import { CONSUMER_TENANT, isGuid, isTenantAlias, MICROSOFT_CLOUD_INFO, microsoftAuthority } from './microsoft';

/** Endpoints of an authorization server, resolved for one connection. */
export interface Endpoints {
	readonly issuer?: string;
	readonly authorizationEndpoint: string;
	readonly tokenEndpoint: string;
	readonly revocationEndpoint?: string;
	readonly userinfoEndpoint?: string;
}

export interface TransportPreset {
	/** Scopes the transport needs, beyond the identity scopes. */
	readonly scopes: readonly string[];
	/**
	 * The resource (audience) the access token is for. Microsoft mints one access token per
	 * resource; scopes of two resources cannot share one token.
	 */
	readonly resource?: string;
	/**
	 * Asked for at every sign-in, whatever the account's own transport, so that a portal can
	 * always get a token for it (IMAP and SMTP). Not where the scope would cost the app a
	 * provider's security assessment (Google's restricted `https://mail.google.com/`).
	 */
	readonly always?: boolean;
	/** Why a portal cannot get this transport's token unless the account uses it (a code). */
	readonly onlyWhenChosen?: 'restricted-scope';
}

/**
 * What a person registering the app at a provider must know, one sentence each, by code: the UI
 * words them (`$lib/messages/en/providers.ts`).
 */
export type AdviceCode =
	| 'google-web-client'
	| 'google-secret-visible'
	| 'google-testing-expiry'
	| 'google-restricted-scope'
	| 'microsoft-spa-platform'
	| 'microsoft-no-secret'
	| 'microsoft-daily-sign-in'
	| 'microsoft-permissions'
	| 'microsoft-admin-consent'
	// Yahoo and AOL; `provider` names which.
	| 'imap-only'
	| 'cors-unknown'
	| 'mail-w-approval'
	| 'fastmail-by-arrangement'
	| 'fastmail-no-secret'
	| 'fastmail-both-protocols'
	| 'oidc-public-client'
	| 'oidc-cors'
	| 'oidc-discovery'
	| 'oauth2-endpoints'
	| 'oauth2-redirect'
	| 'oauth2-scopes'
	| 'oauth2-issuer';

/** One piece of advice: its code, and the names it mentions (`provider`: the provider's label). */
export interface Advice {
	readonly code: AdviceCode;
	readonly params?: Params;
}

/** What the project field is for, by code (worded in `$lib/messages`). */
export type ProjectHelpCode = 'project-google' | 'project-microsoft' | 'project-reference-only';

/** Every sentence of the provider catalog, by code. */
export type ProviderMessageCode = AdviceCode | ProjectHelpCode;

/** The connection fields a provider's endpoints and transports depend on. */
export type ConnectionShape = Pick<
	ConnectionSettings,
	'provider' | 'projectId' | 'cloud' | 'issuer' | 'authorizationEndpoint' | 'tokenEndpoint' | 'revocationEndpoint'
>;

export interface ProviderPreset {
	readonly id: ProviderId;
	/**
	 * The provider's name, in English: a brand name, or for the custom providers the English words
	 * (what the UI shows in other languages: `common`'s `provider-oidc` and `provider-oauth2`).
	 */
	readonly label: string;
	/**
	 * The label of the project field: "Project Id" (Google), "Tenant Id" (Microsoft), else "API Project Id";
	 * the accessible names of the contract in English (other languages: `connections`'s `project-id`…).
	 */
	readonly projectLabel: ReturnType<typeof projectFieldLabel>;
	/** What the project field is for. */
	readonly projectHelp: ProjectHelpCode;
	readonly projectDefault?: string;
	/** Whether the provider speaks OpenID Connect (id tokens), so `openid` belongs in the scopes. */
	readonly openid: boolean;
	/** Custom providers: what the person must enter. */
	readonly custom?: 'oidc' | 'oauth2';
	/** How the client secret is used: never for SPAs (Microsoft), required by some client types (Google Web). */
	readonly secret: 'none' | 'optional' | 'required-for-web-clients';
	/** Identity and offline scopes, requested with every sign-in. */
	readonly baseScopes: readonly string[];
	/** Extra authorization parameters a refresh token needs (Google: access_type=offline). */
	readonly authorizationParams: Readonly<Record<string, string>>;
	readonly transports: Readonly<Partial<Record<TransportKind, TransportPreset>>>;
	readonly defaultTransport: TransportKind;
	/** Default mail servers: with a known provider nothing needs configuring. */
	readonly servers: Servers;
	/** What a person registering the app at the provider must know. */
	readonly advice: readonly Advice[];
	/** Where the app is registered. */
	readonly consoleUrl?: string;
	/**
	 * Known endpoints; custom providers get theirs from the connection (and discovery). Answers
	 * `undefined` where they must be discovered (a Microsoft national cloud or tenant domain).
	 */
	readonly endpoints?: (connection: ConnectionShape) => Endpoints | undefined;
	/**
	 * How long a sign-in lasts, in days, however often its tokens are renewed (Microsoft: a
	 * single-page app's refresh token lives 24 hours); absent: until the provider revokes it.
	 */
	readonly signInLifetimeDays?: number;
}

const GOOGLE: ProviderPreset = {
	id: 'google',
	label: 'Google',
	projectLabel: /* @__PURE__ */ projectFieldLabel('google'),
	projectHelp: 'project-google',
	openid: true,
	secret: 'required-for-web-clients',
	baseScopes: ['openid', 'email', 'profile'],
	// Without access_type=offline Google issues no refresh token; without a consent prompt it
	// issues one only the first time the person consents.
	authorizationParams: { access_type: 'offline', prompt: 'consent' },
	transports: {
		// IMAP and SMTP need https://mail.google.com/, a restricted scope: asked for only by
		// accounts whose transport is the portal.
		host: { scopes: ['https://mail.google.com/'], onlyWhenChosen: 'restricted-scope' },
		// Listing labels (with their counts) and sending need no restricted scope; who the
		// account is comes from the id token and userinfo (openid email).
		gmail: {
			scopes: ['https://www.googleapis.com/auth/gmail.labels', 'https://www.googleapis.com/auth/gmail.send']
		}
	},
	defaultTransport: 'gmail',
	servers: {
		imap: { host: 'imap.gmail.com', port: 993, security: 'ssl', username: '' },
		smtp: { host: 'smtp.gmail.com', port: 465, security: 'ssl', username: '' }
	},
	advice: [
		{ code: 'google-web-client' },
		{ code: 'google-secret-visible' },
		{ code: 'google-testing-expiry' },
		{ code: 'google-restricted-scope' }
	],
	consoleUrl: 'https://console.cloud.google.com/apis/credentials',
	endpoints: () => ({
		issuer: 'https://accounts.google.com',
		authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
		tokenEndpoint: 'https://oauth2.googleapis.com/token',
		revocationEndpoint: 'https://oauth2.googleapis.com/revoke',
		userinfoEndpoint: 'https://openidconnect.googleapis.com/v1/userinfo'
	})
};

/** Graph and Outlook scopes of a cloud, as Microsoft names them: the resource, then the permission. */
function microsoftTransports(cloud: ConnectionShape['cloud']): ProviderPreset['transports'] {
	const { graph, outlook } = MICROSOFT_CLOUD_INFO[cloud ?? 'global'];
	return {
		...(outlook
			? {
					host: {
						scopes: [`${outlook}/IMAP.AccessAsUser.All`, `${outlook}/SMTP.Send`],
						resource: outlook,
						always: true
					}
				}
			: {}),
		graph: {
			scopes: [`${graph}/User.Read`, `${graph}/Mail.ReadBasic`, `${graph}/Mail.Send`],
			resource: graph,
			always: true
		}
	};
}

const MICROSOFT: ProviderPreset = {
	id: 'microsoft',
	label: 'Microsoft',
	projectLabel: /* @__PURE__ */ projectFieldLabel('microsoft'),
	projectHelp: 'project-microsoft',
	projectDefault: 'common',
	openid: true,
	secret: 'none',
	baseScopes: ['openid', 'email', 'profile', 'offline_access'],
	authorizationParams: {},
	transports: /* @__PURE__ */ microsoftTransports(undefined),
	defaultTransport: 'graph',
	servers: {
		imap: { host: 'outlook.office365.com', port: 993, security: 'ssl', username: '' },
		smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls', username: '' }
	},
	advice: [
		{ code: 'microsoft-spa-platform' },
		{ code: 'microsoft-no-secret' },
		{ code: 'microsoft-daily-sign-in' },
		{ code: 'microsoft-permissions' },
		{ code: 'microsoft-admin-consent' }
	],
	consoleUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
	endpoints: (c) => {
		const tenant = (c.projectId ?? 'common').toLowerCase();
		// A national cloud, or a tenant's domain: its metadata names the issuer (see $lib/auth).
		if ((c.cloud ?? 'global') !== 'global' || (!isTenantAlias(tenant) && !isGuid(tenant))) return undefined;
		const authority = microsoftAuthority(c.cloud, tenant);
		const base = authority.slice(0, -'/v2.0'.length);
		return {
			issuer: authority,
			authorizationEndpoint: `${base}/oauth2/v2.0/authorize`,
			tokenEndpoint: `${base}/oauth2/v2.0/token`,
			userinfoEndpoint: 'https://graph.microsoft.com/oidc/userinfo'
		};
	},
	signInLifetimeDays: 1
};

function yahooLike(id: 'yahoo' | 'aol', label: string, host: string, mail: string): ProviderPreset {
	return {
		id,
		label,
		projectLabel: /* @__PURE__ */ projectFieldLabel(id),
		projectHelp: 'project-reference-only',
		openid: false,
		secret: 'optional',
		baseScopes: [],
		authorizationParams: {},
		transports: { host: { scopes: ['mail-w'] } },
		defaultTransport: 'host',
		servers: {
			imap: { host: `imap.${mail}`, port: 993, security: 'ssl', username: '' },
			smtp: { host: `smtp.${mail}`, port: 465, security: 'ssl', username: '' }
		},
		advice: [
			{ code: 'imap-only', params: { provider: label } },
			{ code: 'cors-unknown', params: { provider: label } },
			{ code: 'mail-w-approval', params: { provider: label } }
		],
		endpoints: () => ({
			authorizationEndpoint: `https://${host}/oauth2/request_auth`,
			tokenEndpoint: `https://${host}/oauth2/get_token`
		})
	};
}

const FASTMAIL: ProviderPreset = {
	id: 'fastmail',
	label: 'Fastmail',
	projectLabel: /* @__PURE__ */ projectFieldLabel('fastmail'),
	projectHelp: 'project-reference-only',
	openid: false,
	secret: 'none',
	baseScopes: [],
	authorizationParams: {},
	transports: {
		jmap: {
			scopes: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail', 'urn:ietf:params:jmap:submission'],
			always: true
		},
		// One token for JMAP, IMAP and SMTP: a portal that speaks IMAP gets one that works.
		host: {
			scopes: ['https://www.fastmail.com/dev/protocol-imap', 'https://www.fastmail.com/dev/protocol-smtp'],
			always: true
		}
	},
	defaultTransport: 'jmap',
	servers: {
		imap: { host: 'imap.fastmail.com', port: 993, security: 'ssl', username: '' },
		smtp: { host: 'smtp.fastmail.com', port: 465, security: 'ssl', username: '' },
		jmap: { sessionUrl: 'https://api.fastmail.com/jmap/session' }
	},
	advice: [{ code: 'fastmail-by-arrangement' }, { code: 'fastmail-no-secret' }, { code: 'fastmail-both-protocols' }],
	endpoints: () => ({
		issuer: 'https://api.fastmail.com',
		authorizationEndpoint: 'https://api.fastmail.com/oauth/authorize',
		// Fastmail redeems codes and refresh tokens at the same endpoint.
		tokenEndpoint: 'https://api.fastmail.com/oauth/refresh',
		revocationEndpoint: 'https://api.fastmail.com/oauth/revoke'
	})
};

const OIDC: ProviderPreset = {
	id: 'oidc',
	label: 'Custom OpenID Connect',
	projectLabel: /* @__PURE__ */ projectFieldLabel('oidc'),
	projectHelp: 'project-reference-only',
	openid: true,
	custom: 'oidc',
	secret: 'optional',
	baseScopes: ['openid', 'email', 'profile', 'offline_access'],
	authorizationParams: {},
	transports: { host: { scopes: [] }, jmap: { scopes: [] } },
	defaultTransport: 'host',
	servers: {},
	advice: [{ code: 'oidc-public-client' }, { code: 'oidc-cors' }, { code: 'oidc-discovery' }]
};

const OAUTH2: ProviderPreset = {
	id: 'oauth2',
	label: 'Custom OAuth2',
	projectLabel: /* @__PURE__ */ projectFieldLabel('oauth2'),
	projectHelp: 'project-reference-only',
	openid: false,
	custom: 'oauth2',
	secret: 'optional',
	baseScopes: [],
	authorizationParams: {},
	transports: { host: { scopes: [] }, jmap: { scopes: [] } },
	defaultTransport: 'host',
	servers: {},
	advice: [
		{ code: 'oauth2-endpoints' },
		{ code: 'oauth2-redirect' },
		{ code: 'oauth2-scopes' },
		{ code: 'oauth2-issuer' }
	]
};

export const PROVIDERS: Readonly<Record<ProviderId, ProviderPreset>> = {
	google: GOOGLE,
	microsoft: MICROSOFT,
	yahoo: /* @__PURE__ */ yahooLike('yahoo', 'Yahoo', 'api.login.yahoo.com', 'mail.yahoo.com'),
	aol: /* @__PURE__ */ yahooLike('aol', 'AOL', 'api.login.aol.com', 'aol.com'),
	fastmail: FASTMAIL,
	oidc: OIDC,
	oauth2: OAUTH2
};

/**
 * The mail servers of an account that names none itself: its provider's. Personal Microsoft
 * accounts (Outlook.com) send through another SMTP host than Microsoft 365's.
 * @param tenantId Microsoft: the tenant the account signed in with (`Grant.tenantId`)
 */
export function defaultServers(connection: Pick<ConnectionShape, 'provider'>, tenantId?: string): Servers {
	const servers = PROVIDERS[connection.provider].servers;
	if (connection.provider === 'microsoft' && tenantId?.toLowerCase() === CONSUMER_TENANT) {
		return { ...servers, smtp: { host: 'smtp-mail.outlook.com', port: 587, security: 'starttls', username: '' } };
	}
	return servers;
}

/** The transports a connection offers: Microsoft's depend on its cloud. */
export function transportsOf(connection: Pick<ConnectionShape, 'provider' | 'cloud'>): ProviderPreset['transports'] {
	return connection.provider === 'microsoft'
		? microsoftTransports(connection.cloud)
		: PROVIDERS[connection.provider].transports;
}

/**
 * The scopes a connection asks for when it names none itself: the identity scopes, the
 * transport's, and those of every transport asked for at every sign-in.
 */
export function defaultScopes(
	connection: Pick<ConnectionShape, 'provider' | 'cloud'>,
	transport?: TransportKind
): string[] {
	const p = PROVIDERS[connection.provider];
	const transports = transportsOf(connection);
	const own = transports[transport ?? p.defaultTransport];
	const always = Object.values(transports).filter((t) => t?.always);
	return [...new Set([...p.baseScopes, ...(own?.scopes ?? []), ...always.flatMap((t) => t?.scopes ?? [])])];
}
