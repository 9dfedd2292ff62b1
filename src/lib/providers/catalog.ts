import { projectFieldLabel, type ProviderId, type Servers, type TransportKind } from '$lib/config';

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
}

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
	/** Known endpoints; custom providers get theirs from the connection (and discovery). */
	readonly endpoints?: (projectId: string | undefined) => Endpoints;
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
		host: { scopes: ['https://mail.google.com/'] },
		gmail: {
			scopes: ['https://www.googleapis.com/auth/gmail.readonly', 'https://www.googleapis.com/auth/gmail.send']
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
		'While the project’s publishing status is “Testing”, refresh tokens expire after 7 days: publish the app to avoid a weekly sign-in.',
		'The scope https://mail.google.com/ (IMAP and SMTP) is restricted: Google must verify the app before people outside your organisation can use it.'
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

const MICROSOFT: ProviderPreset = {
	id: 'microsoft',
	label: 'Microsoft',
	projectLabel: /* @__PURE__ */ projectFieldLabel('microsoft'),
	projectHelp:
		'common (work, school and personal accounts), organizations, consumers, or your tenant’s GUID or domain. Use your own tenant if it requires admin approval for apps.',
	projectDefault: 'common',
	openid: true,
	secret: 'none',
	baseScopes: ['openid', 'email', 'profile', 'offline_access'],
	authorizationParams: {},
	transports: {
		host: {
			scopes: ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send'],
			resource: 'https://outlook.office.com'
		},
		graph: {
			scopes: [
				'https://graph.microsoft.com/User.Read',
				'https://graph.microsoft.com/Mail.ReadBasic',
				'https://graph.microsoft.com/Mail.Send'
			],
			resource: 'https://graph.microsoft.com'
		}
	},
	defaultTransport: 'graph',
	servers: {
		imap: { host: 'outlook.office365.com', port: 993, security: 'ssl', username: '' },
		smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls', username: '' }
	},
	advice: [
		'Register the app in Microsoft Entra ID and add the redirect URI below under the platform “Single-page application” (not “Web”), or signing in fails with AADSTS9002326.',
		'A single-page application gets no client secret: leave Client Secret empty.',
		'Microsoft limits refresh tokens of single-page applications to 24 hours: expect to sign in again once a day, with one click.',
		'If your organisation requires admin approval for apps, ask an administrator to consent, or register the app in your own tenant and enter its Tenant Id.'
	],
	consoleUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
	endpoints: (tenant) => {
		const t = encodeURIComponent(tenant ?? 'common');
		return {
			issuer: `https://login.microsoftonline.com/${t}/v2.0`,
			authorizationEndpoint: `https://login.microsoftonline.com/${t}/oauth2/v2.0/authorize`,
			tokenEndpoint: `https://login.microsoftonline.com/${t}/oauth2/v2.0/token`,
			userinfoEndpoint: 'https://graph.microsoft.com/oidc/userinfo'
		};
	}
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
			`It is not known whether ${label}’s token endpoint accepts requests from a browser (CORS). If signing in fails with a network error, the provider refuses them.`
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
			scopes: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail', 'urn:ietf:params:jmap:submission']
		},
		host: {
			scopes: ['https://www.fastmail.com/dev/protocol-imap', 'https://www.fastmail.com/dev/protocol-smtp']
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
		'Fastmail uses PKCE and no client secret.'
	],
	endpoints: () => ({
		issuer: 'https://api.fastmail.com',
		authorizationEndpoint: 'https://api.fastmail.com/oauth/authorize',
		// Fastmail redeems codes and refresh tokens at the same endpoint.
		tokenEndpoint: 'https://api.fastmail.com/oauth/refresh'
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
		'Register the redirect URI below and allow PKCE (S256) if the provider supports it.'
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

/** In the order people see them. */
export const PROVIDER_LIST: readonly ProviderPreset[] = /* @__PURE__ */ Object.values(PROVIDERS);

export function providerPreset(id: ProviderId): ProviderPreset {
	return PROVIDERS[id];
}

/** The scopes a connection asks for when it names none itself. */
export function defaultScopes(id: ProviderId, transport?: TransportKind): string[] {
	const p = PROVIDERS[id];
	const t = p.transports[transport ?? p.defaultTransport];
	return [...new Set([...p.baseScopes, ...(t?.scopes ?? [])])];
}
