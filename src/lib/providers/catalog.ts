import {
	projectFieldLabel,
	type ConnectionSettings,
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

/** The connection fields a provider's endpoints and transports depend on. */
export type ConnectionShape = Pick<
	ConnectionSettings,
	'provider' | 'projectId' | 'cloud' | 'issuer' | 'authorizationEndpoint' | 'tokenEndpoint' | 'revocationEndpoint'
>;

export interface ProviderPreset {
	readonly id: ProviderId;
	readonly label: string;
	/** The label of the project field: "Project Id" (Google), "Tenant Id" (Microsoft), else "API Project Id". */
	readonly projectLabel: ReturnType<typeof projectFieldLabel>;
	readonly projectHelp: string;
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
	readonly advice: readonly string[];
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
	projectHelp:
		'The Google Cloud project that holds the OAuth client. For your reference only: sign-in does not need it.',
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
		'Create an OAuth client of type “Web application” and add the redirect URI below as an authorised redirect URI.',
		'Google requires the client secret of a Web application client even with PKCE. In a browser app that secret is visible to anyone who uses the app: it identifies the app, it does not protect it.',
		'While the project’s publishing status is “Testing” and its audience “External”, refresh tokens expire after 7 days: people then sign in again every week. Publish the app to avoid it.',
		'The Gmail API transport asks only for gmail.labels and gmail.send, which are not restricted. IMAP and SMTP (the Embedding portal transport) need https://mail.google.com/, a restricted scope: outside your own Google Workspace organisation, people can use it only after Google’s security assessment of the app.'
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
	projectHelp:
		'common (work, school and personal accounts), organizations (work and school only), consumers (personal only), or your tenant’s GUID or domain. Use your own tenant if it requires admin approval for apps.',
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
		'Register the app in Microsoft Entra ID and add the redirect URI below under the platform “Single-page application” (not “Web”), or signing in fails with AADSTS9002326.',
		'A single-page application is a public client: it has no client secret, and Microsoft refuses one sent from a browser. Leave Client Secret empty.',
		'Microsoft ends a single-page application’s sign-in after 24 hours, however often its tokens are renewed: people sign in again once a day. The app warns ahead and renews with one click, without a password while the Microsoft session lasts.',
		'Add the delegated permissions Mail.ReadBasic, Mail.Send and User.Read (Microsoft Graph), and IMAP.AccessAsUser.All and SMTP.Send (Office 365 Exchange Online) for portals that use IMAP and SMTP. Every sign-in asks for both.',
		'If your organisation requires admin approval for apps, ask an administrator to consent, or register the app in your own tenant and enter its Tenant Id.'
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
		projectHelp: 'For your reference only: sign-in does not need it.',
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
			`${label} offers IMAP and SMTP only, no mail API a browser can call: its tokens serve the portal that embeds this app.`,
			`${label} does not say whether its token endpoint accepts requests from a browser (CORS). If it does not, signing in stops after you allow access, with a message that says so.`,
			`Mail access (the mail-w scope) needs ${label}’s approval of the app first.`
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
	projectHelp: 'For your reference only: sign-in does not need it.',
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
	advice: [
		'Fastmail registers OAuth clients by arrangement: ask Fastmail for a client id and give them the redirect URI below.',
		'Fastmail uses PKCE and no client secret: leave Client Secret empty.',
		'Every sign-in asks for JMAP and for IMAP and SMTP, so that portals can use the same account.'
	],
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
	projectHelp: 'For your reference only: sign-in does not need it.',
	openid: true,
	custom: 'oidc',
	secret: 'optional',
	baseScopes: ['openid', 'email', 'profile', 'offline_access'],
	authorizationParams: {},
	transports: { host: { scopes: [] }, jmap: { scopes: [] } },
	defaultTransport: 'host',
	servers: {},
	advice: [
		'Register a public client (no secret) that uses PKCE, allows the refresh_token grant, and has the redirect URI below.',
		'The provider must accept cross-origin requests (CORS) from this site at its token endpoint.',
		'Keycloak, Authentik, Stalwart and Thundermail work this way: enter the Issuer URL and the rest is discovered.'
	]
};

const OAUTH2: ProviderPreset = {
	id: 'oauth2',
	label: 'Custom OAuth2',
	projectLabel: /* @__PURE__ */ projectFieldLabel('oauth2'),
	projectHelp: 'For your reference only: sign-in does not need it.',
	openid: false,
	custom: 'oauth2',
	secret: 'optional',
	baseScopes: [],
	authorizationParams: {},
	transports: { host: { scopes: [] }, jmap: { scopes: [] } },
	defaultTransport: 'host',
	servers: {},
	advice: [
		'Enter the endpoints from the provider’s documentation. The token endpoint must accept cross-origin requests (CORS) from this site: some (GitHub’s, for one) do not, and cannot be used from a browser.',
		'Register the redirect URI below and allow PKCE (S256) if the provider supports it.',
		'Scopes may stay empty: the provider then grants its defaults.',
		'If the provider names its issuer in its answers (an iss parameter, RFC 9207), enter it as Issuer URL: answers are then checked against it.'
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
