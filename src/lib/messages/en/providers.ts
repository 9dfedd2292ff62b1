import type { ProvidersKey } from '../areas';
import type { Catalog } from '../format';

/**
 * The provider catalog's sentences: advice for registering the app (`{provider}`: the provider's
 * name) and what the project field is for.
 */
export default {
	'project-google':
		'The Google Cloud project that holds the OAuth client. For your reference only: sign-in does not need it.',
	'project-microsoft':
		'common (work, school and personal accounts), organizations (work and school only), consumers (personal only), or your tenant’s GUID or domain. Use your own tenant if it requires admin approval for apps.',
	'project-reference-only': 'For your reference only: sign-in does not need it.',

	'google-web-client':
		'Create an OAuth client of type “Web application” and add the redirect URI below as an authorised redirect URI.',
	'google-secret-visible':
		'Google requires the client secret of a Web application client even with PKCE. In a browser app that secret is visible to anyone who uses the app: it identifies the app, it does not protect it.',
	'google-testing-expiry':
		'While the project’s publishing status is “Testing” and its audience “External”, refresh tokens expire after 7 days: people then sign in again every week. Publish the app to avoid it.',
	'google-restricted-scope':
		'The Gmail API transport asks only for gmail.labels and gmail.send, which are not restricted. IMAP and SMTP (the Embedding portal transport) need https://mail.google.com/, a restricted scope: outside your own Google Workspace organisation, people can use it only after Google’s security assessment of the app.',

	'microsoft-spa-platform':
		'Register the app in Microsoft Entra ID and add the redirect URI below under the platform “Single-page application” (not “Web”), or signing in fails with AADSTS9002326.',
	'microsoft-no-secret':
		'A single-page application is a public client: it has no client secret, and Microsoft refuses one sent from a browser. Leave Client Secret empty.',
	'microsoft-daily-sign-in':
		'Microsoft ends a single-page application’s sign-in after 24 hours, however often its tokens are renewed: people sign in again once a day. The app warns ahead and renews with one click, without a password while the Microsoft session lasts.',
	'microsoft-permissions':
		'Add the delegated permissions Mail.ReadBasic, Mail.Send and User.Read (Microsoft Graph), and IMAP.AccessAsUser.All and SMTP.Send (Office 365 Exchange Online) for portals that use IMAP and SMTP. Every sign-in asks for both.',
	'microsoft-admin-consent':
		'If your organisation requires admin approval for apps, ask an administrator to consent, or register the app in your own tenant and enter its Tenant Id.',

	'imap-only':
		'{provider} offers IMAP and SMTP only, no mail API a browser can call: its tokens serve the portal that embeds this app.',
	'cors-unknown':
		'{provider} does not say whether its token endpoint accepts requests from a browser (CORS). If it does not, signing in stops after you allow access, with a message that says so.',
	'mail-w-approval': 'Mail access (the mail-w scope) needs {provider}’s approval of the app first.',

	'fastmail-by-arrangement':
		'Fastmail registers OAuth clients by arrangement: ask Fastmail for a client id and give them the redirect URI below.',
	'fastmail-no-secret': 'Fastmail uses PKCE and no client secret: leave Client Secret empty.',
	'fastmail-both-protocols':
		'Every sign-in asks for JMAP and for IMAP and SMTP, so that portals can use the same account.',

	'oidc-public-client':
		'Register a public client (no secret) that uses PKCE, allows the refresh_token grant, and has the redirect URI below.',
	'oidc-cors': 'The provider must accept cross-origin requests (CORS) from this site at its token endpoint.',
	'oidc-discovery':
		'Keycloak, Authentik, Stalwart and Thundermail work this way: enter the Issuer URL and the rest is discovered.',

	'oauth2-endpoints':
		'Enter the endpoints from the provider’s documentation. The token endpoint must accept cross-origin requests (CORS) from this site: some (GitHub’s, for one) do not, and cannot be used from a browser.',
	'oauth2-redirect': 'Register the redirect URI below and allow PKCE (S256) if the provider supports it.',
	'oauth2-scopes': 'Scopes may stay empty: the provider then grants its defaults.',
	'oauth2-issuer':
		'If the provider names its issuer in its answers (an iss parameter, RFC 9207), enter it as Issuer URL: answers are then checked against it.',

	// Microsoft's clouds, as the cloud field lists them (`{login}`: the cloud's sign-in host).
	global: 'Global ({login})',
	usgov: 'US Government L4 ({login})',
	'usgov-dod': 'US Government L5, DoD ({login})',
	china: 'China, operated by 21Vianet ({login})'
} satisfies Catalog<ProvidersKey>;
