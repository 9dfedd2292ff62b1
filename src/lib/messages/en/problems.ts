import type { ProblemsKey } from '../areas';
import { aside, type Catalog } from '../format';

/**
 * Every problem the domain and the application layer report, by code: sign-in, renewal, discovery
 * and revocation (`AuthCode`), the application layer's (`AppCode`, `SessionCode`), a portal's.
 * A sentence that depends on the data is a function of it (`p`), written whole.
 */
export default {
	// A token request (a code redeemed, a token renewed).
	offline: 'The browser is offline. The token will be renewed when the network is back.',
	timeout: 'The token endpoint at {host} did not answer in time. Retrying…',
	unreachable:
		'Could not reach the token endpoint at {host}: the network may be down, or the server refuses requests from this site (CORS). Retrying…',
	'code-timeout':
		'The token endpoint at {host} did not answer in time, so the sign-in could not be finished. Nothing was stored. Press Refresh token to try again.',
	'code-unreachable':
		'Could not reach the token endpoint at {host} to finish the sign-in: the network may be down, or the address is wrong. Nothing was stored. Check the connection and the network, then press Refresh token again.',
	'browser-refused':
		'This provider did not accept the sign-in from a browser app: its token endpoint at {host} answers, but not to web pages (it sends no CORS headers), so the app cannot finish the sign-in. Nothing was stored. The provider must allow this site’s requests at its token endpoint; until it does, accounts of this provider cannot be signed in here.',
	'not-json': 'The token endpoint at {host} did not answer with JSON: check the Token endpoint.',
	'no-access-token': 'The token endpoint at {host} answered without a usable access token: check the Token endpoint.',
	'rate-limited': 'The provider asks to slow down (429). Nothing is lost; retrying…',
	'server-error': (p) =>
		`The provider is having trouble (${p.status}${p.error ? ` ${p.error}` : ''}). Nothing is lost; retrying…`,
	'spa-platform':
		'Microsoft refuses to redeem the code from a browser: register the redirect URI under the platform “Single-page application” in Entra ID.',
	expired:
		'Microsoft ends a browser app’s sign-in 24 hours after it began, however often it was renewed. Sign in again: while your Microsoft session lasts, it needs no password.',
	'secret-refused':
		'Microsoft refuses a client secret from a browser app. Remove the Client Secret from the connection (the app is a “Single-page application”, a public client).',
	'consent-missing': (p) =>
		`Microsoft has no consent for these permissions for this account${aside(p.description)}: the sign-in did not ask for them. Sign in again (Refresh token): every sign-in now asks for them.`,
	'invalid-grant': (p) =>
		`The provider no longer accepts this account’s refresh token: it was revoked, expired, or already used${aside(p.description)}. Sign in again.`,
	'code-rejected': (p) =>
		`The provider refused the sign-in code${aside(p.description)}: it expired, was used already, or the redirect URI does not match. Press Refresh token to try again; if it keeps failing, check the redirect URI registered at the provider.`,
	'invalid-client': (p) =>
		`The provider does not accept this connection’s client${aside(p.description)}: check the Client Id, and the Client Secret if the provider requires one.`,
	'client-refused': (p) =>
		`The token endpoint at ${p.host} refused the client (${p.status})${aside(p.description)}: check the Client Id and Client Secret.`,
	'unauthorized-client': (p) =>
		`The client may not use this grant${aside(p.description)}: allow the authorization_code and refresh_token grants for it at the provider.`,
	'unsupported-grant-type': (p) =>
		`The provider does not support this grant${aside(p.description)}: allow refresh tokens for the client.`,
	'invalid-target': (p) =>
		`The provider will not issue a token for that server${aside(p.description)}: sign in again so that the sign-in asks for it, or check the server’s address.`,
	'invalid-scope': (p) =>
		`The provider refuses the requested scopes${aside(p.description)}: check the connection’s Scopes.`,
	'secret-missing': (p) =>
		`The provider wants this connection’s client secret${aside(p.description)}: enter the Client Secret of the client in the connection (for Google, the secret of its “Web application” client).`,
	'invalid-request': (p) =>
		`The provider refused the token request${aside(p.description)}: check the connection’s settings and the redirect URI registered at the provider.`,
	'endpoint-error': (p) =>
		`The token endpoint at ${p.host} answered ${p.status}${p.error ? ` ${p.error}` : ''}${aside(p.description)}: check the Token endpoint of the connection.`,

	// Discovering an OpenID provider.
	'discovery-invalid-issuer': 'Issuer URL: {reason}.',
	'discovery-offline': 'The browser is offline, so {url} could not be fetched. Connect to the network and check again.',
	'discovery-timeout':
		'{url} did not answer in time. Check the Issuer URL and that the provider is up, then check again.',
	'discovery-unreachable': (p) =>
		`Could not reach ${p.url}. Check the Issuer URL. If that address opens in a browser tab, the provider refuses requests from this site: allow this site’s origin${aside(p.origin)} for cross-origin requests (CORS) at the provider.`,
	'discovery-http-status': (p) =>
		`${p.url} answered ${p.status}${p.statusText ? ` ${p.statusText}` : ''}. Check the Issuer URL: it is the address the provider names as its “issuer”, without /.well-known/….`,
	'discovery-not-json':
		'{url} did not return JSON. Check the Issuer URL: it should point at an OpenID provider, not a web page.',
	'discovery-not-an-object': 'The provider’s metadata is not a JSON object.',
	'discovery-no-issuer': 'The provider’s metadata names no issuer: it is not an OpenID provider.',
	'discovery-issuer-mismatch':
		'The provider calls itself “{named}”, not “{issuer}”. Enter its issuer exactly: a response from one issuer is never accepted for another.',
	'discovery-missing-endpoint': 'The provider’s metadata has no {field}.',
	'discovery-unusable-endpoint': 'The provider’s {field} is unusable: {reason}.',
	'discovery-insecure-endpoint': 'The provider’s {field} is not an https URL.',
	'discovery-no-s256':
		'The provider does not support PKCE with S256, which a browser app needs to sign in safely. Enable PKCE (S256) for this client at the provider.',

	// Keeping a grant alive.
	'not-signed-in': 'This account is not signed in yet: press Refresh token.',
	'sign-in-again': 'Sign in again.',
	'check-connection': 'Check the connection.',
	retrying: 'Retrying…',
	'connection-gone': 'The connection of this account no longer exists: choose another one and sign in again.',
	'no-endpoints': 'The connection has no endpoints: edit it and enter them.',
	'key-lost':
		'The key that protected this secret is gone from this browser, so the secret cannot be read. Sign in again.',
	'tokens-damaged': 'The stored tokens are damaged. Sign in again.',
	'no-refresh-token': 'The access token expired and the provider gave no refresh token to renew it. Sign in again.',
	'binding-changed':
		'The connection now points at another provider or client than the one this account signed in with. Sign in again.',
	'secret-lost':
		'The connection’s client secret can no longer be read in this browser: enter it again in the connection.',
	'lost-response':
		'An earlier refresh seems to have reached the provider, but its answer was lost on the way back, so the refresh token it replaced no longer works. Sign in again.',
	'no-expiry-no-refresh':
		"The provider gave this account's access token no expiry and no refresh token: portals get it for {minutes} minutes after sign-in. Sign in again.",

	// A sign-in.
	'account-gone': 'The account or its connection no longer exists.',
	'account-deleted': 'The account was deleted while you were signing in. Nothing was stored.',
	'secret-lost-sign-in':
		'The connection’s client secret can no longer be read in this browser: enter it again in the connection, then sign in.',
	'wrong-redirect': (p) =>
		`This answer arrived at ${p.arrived}, but its sign-in${p.connection ? ` (connection “${p.connection}”)` : ''} asked the provider to answer at ${p.expected}. It was refused and nothing was sent or stored: an answer is taken only at the address its sign-in named. If this keeps happening, check the redirect URI registered for the connection at the provider.`,
	'issuer-not-configured': (p) =>
		`The provider names itself “${p.iss}” in its answer (the iss parameter, RFC 9207), and the connection${p.connection ? ` “${p.connection}”` : ''} has no Issuer URL to compare it with, so nothing was stored. If “${p.iss}” is your provider, enter it as the connection’s Issuer URL (Connections → the connection → Issuer URL), then press Refresh token again.`,
	'issuer-mismatch': (p) =>
		`This response comes from ${p.iss ? `“${p.iss}”` : 'an unnamed issuer'}, not from ${p.issuer ? `“${p.issuer}”` : 'the provider this sign-in was sent to'}. It was refused and nothing was stored. Start again with Refresh token.`,
	'shared-redirect':
		"Several connections here still share the redirect URI {callback}, and this provider does not name itself in its answers, so this answer cannot be told apart from another connection's. Nothing was stored. Register the connection's own redirect URI at the provider (Connections → the connection shows it), mark it registered, then press Refresh token again.",
	denied: 'You did not allow access at the provider, so nothing changed. Press Refresh token to try again.',
	'provider-error': (p) =>
		`The provider refused the sign-in (${p.error}${p.description ? `: ${p.description}` : ''}). Check the connection (Client Id, redirect URI, scopes) and try again.`,
	'unknown-state':
		'This sign-in response is not one this browser is waiting for: it was used already, is too old, or was not started here (a sign-in started inside a portal can only finish there, and this window lost its link to it). Nothing was stored. Start again with Refresh token.',
	'state-unreadable': 'This sign-in can no longer be completed in this browser. Start again with Refresh token.',
	'state-not-waiting':
		'This sign-in response is not one this browser is waiting for. Nothing was stored. Start again with Refresh token.',
	'state-other-account': 'This sign-in response does not belong to this account.',
	'completed-elsewhere': 'This sign-in was completed in another window already.',
	'no-id-token': 'The provider answered an OpenID Connect sign-in without an id token. Nothing was stored.',
	'no-refresh-token-issued':
		'The provider issued no refresh token, so you will need to sign in again when the access token expires. Check that the connection asks for offline access.',

	// An id token refused (OpenID Connect Core §3.1.3.7).
	'id-token-unreadable':
		'The provider’s id token could not be read. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-issuer': (p) =>
		`The provider’s id token names another issuer (“${p.iss}”, expected “${p.issuer}”). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.`,
	'id-token-tenant': (p) =>
		`The provider’s id token names an issuer or tenant this connection does not accept (issuer “${p.iss}”, tenant ${p.tid ? `“${p.tid}”` : 'not named'}; the connection signs in at ${p.issuer}). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.`,
	'id-token-no-sub':
		'The provider’s id token names nobody (no sub). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-audience':
		'The provider’s id token was issued for another client. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-no-azp':
		'The provider’s id token names several audiences but no authorized party. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-azp':
		'The provider’s id token was issued to another party (azp). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-nonce':
		'The provider’s id token does not answer this sign-in (nonce). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-no-exp':
		'The provider’s id token has no expiry (exp). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-expired':
		'The provider’s id token has expired. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-no-iat':
		'The provider’s id token says no time of issue (iat). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-future':
		'The provider’s id token was issued in the future (iat): check the clock of this computer. Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',
	'id-token-old':
		'The provider’s id token was issued too long ago (iat). Nothing was stored. If this keeps happening, check the connection’s issuer and Client Id.',

	// Revocation.
	'revoke-offline': 'The browser is offline, so the provider could not be told.',
	'revoke-timeout': 'Could not reach {host} (no answer in time).',
	'revoke-unreachable': 'Could not reach {host} (network error or CORS refusal).',
	'revoke-refused': (p) => `${p.host} answered ${p.status}${p.answer ? `: ${p.answer}` : ''}.`,
	'revoke-unrecorded': (p) =>
		`The connection${p.connection ? ` “${p.connection}”` : ''} was changed after this account signed in, and where its token may be revoked was not recorded then, so it was not sent anywhere. If it may still be valid, remove this app's access in the account settings at the provider.`,

	// The application layer: why it signed an account out, or could not finish.
	'connection-moved':
		'The connection “{connection}” now points at another provider or client, so this account signed out. Sign in again.',
	'import-moved':
		'An imported configuration points this account’s connection at another provider or client, so it signed out. Sign in again.',
	'import-failed-revoked':
		'This account was signed out at its provider for an import of {file} that then failed. Sign in again.',
	'import-unreadable': 'The configuration here could not be read ({detail}).',
	'import-refused': 'The browser’s database refused the write ({detail}).',
	'import-clashes':
		'The configuration here changed after the preview (in another tab or window?), and the file now clashes with it:',
	'sign-in-unexpected': 'Sign-in failed unexpectedly: {detail}. Close this window and press Refresh token again.',
	unexpected: '{detail}',

	// Why an account cannot be used for something now.
	'account-removed': 'This account was removed a moment ago.',
	'connection-removed': 'The account’s connection no longer exists.',
	'restricted-scope':
		'This {provider} account signs in for the {provider} mail API only: IMAP and SMTP need a scope {provider} restricts (https://mail.google.com/), which the app asks for only when the account\'s transport is "Embedding portal (IMAP and SMTP)". Choose that transport for the account and sign in again.',
	'not-offered':
		"IMAP and SMTP with OAuth are not offered for this account's {provider} cloud: only Microsoft Graph is. Use the global cloud for IMAP and SMTP.",
	'scopes-missing':
		'This account signed in without IMAP and SMTP access ({missing}). Sign in again: the sign-in now asks for it.',

	// A portal's `error`, beyond the codes above; and a code this version does not know.
	'not-allowed': 'This portal may not get tokens for {account}.',
	'unknown-problem': 'Something went wrong ({code}). Sign in again.'
} satisfies Catalog<ProblemsKey>;
