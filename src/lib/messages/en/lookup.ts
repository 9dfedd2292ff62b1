import type { Catalog } from '../format';

/**
 * Finding a provider from an email address (docs/zero-registration.md): the steps as they happen,
 * what was found, and each problem with the step it happened in and what to do. Loaded with the
 * first address typed.
 */
export default {
	steps: 'What the app found',
	'try-again': 'Try again',
	'step-autodiscovery': 'Mail server of {domain}',
	'step-resource': 'Where accounts at {host} sign in',
	'step-server': 'Sign-in server {host}',
	'step-registration': 'Registering this app at {host}',
	'step-doing': 'asking…',
	'step-done': 'found',
	'step-failed': 'failed',
	'found-host': 'You sign in at {host}.',
	'method-cimd': 'The app introduces itself with its Client ID Metadata Document ({client}): nothing is registered.',
	'method-dcr':
		'The app registers itself at {host} (Dynamic Client Registration, RFC 7591) when you continue: no Client Id to type.',
	remembered: 'Found before: nothing needed asking again.',
	continue: 'Sign in at {host}',
	cancel: 'Start again',
	'preset-missing':
		'Addresses at {domain} sign in at {provider}, which does not let apps register themselves. An administrator makes a connection for {provider} once (a Client Id registered there); then this sign-in goes straight there.',
	'needs-admin':
		'{host} neither accepts the app’s metadata document nor lets apps register themselves, so this provider needs a connection made by an administrator. The connection editor opens with what was found.',
	'needs-admin-token':
		'{host} lets only apps with an administrator’s permission register (an initial access token), so this provider needs a connection made by an administrator. The connection editor opens with what was found.',
	'make-connection': 'Make the connection',
	'at-step': '{step}: {problem}',
	'name-autodiscovery': 'Finding the mail server',
	'name-resource': 'Reading the mail server’s sign-in details',
	'name-server': 'Reading the sign-in server’s details',
	'name-registration': 'Registering the app',
	'name-save': 'Saving the account',
	offline: 'The browser is Offline. Connect to the network and press Sign in again.',
	unreachable:
		'{url} did not answer this app. Check the address for typing mistakes; if it is right, the server may not exist, be down, or not allow this app’s origin (CORS). Try again later, or ask your provider.',
	timeout: '{url} did not answer in time. Try again in a moment.',
	'insecure-url':
		'{url} is not an https address. The app never follows plain http (anyone on the way could read or change it). Ask your provider to serve it over https.',
	'http-status': '{url} answered with HTTP status {status}. Try again later; if it stays so, ask your provider.',
	'not-json': '{url} did not answer with JSON. Ask your provider whether it supports signing in by email address.',
	'no-jmap':
		'{domain} has no JMAP mail server at {url}, so its provider cannot be found from the address. Ask your administrator for a connection, or check the address.',
	'no-resource-metadata':
		'The mail server does not say where its accounts sign in (no Protected Resource Metadata at {url}). Ask your administrator for a connection.',
	'resource-mismatch':
		'The mail server’s metadata is for {named}, not for {expected}, so it is not used (RFC 9728). Ask your provider to correct it.',
	'no-authorization-servers':
		'The mail server’s metadata names no sign-in server. Ask your administrator for a connection.',
	'issuer-mismatch':
		'The sign-in server’s metadata names itself {named} instead of {issuer}, so it is not used. Ask your provider to correct it.',
	'missing-endpoint': 'The sign-in server’s metadata lacks its {field}. Ask your provider to correct it.',
	'no-s256':
		'{issuer} does not offer PKCE with S256, which this app needs to sign in safely. Ask your provider to switch it on.',
	'no-metadata': '{issuer} publishes no sign-in metadata (RFC 8414 or OpenID Connect Discovery). Ask your provider.',
	'needs-token':
		'{host} lets only apps with an administrator’s permission register. Ask your administrator for a connection.',
	refused: (p) =>
		`${String(p.host)} refused to register the app${p.error ? ` (${String(p.error)}${p.description ? `: ${String(p.description)}` : ''})` : ''}. Ask your administrator for a connection.`,
	'no-client-id': '{host} registered the app but sent no Client Id back. Try again; if it stays so, ask your provider.',
	'not-public':
		'{host} registered the app with {method} instead of as a public client, which a browser app cannot be. Ask your administrator for a connection.',
	'no-method': '{issuer} offers no way for the app to introduce itself. Ask your administrator for a connection.',
	'connection-not-saved': 'The connection could not be saved ({field}). Nothing was changed; try again.',
	'account-not-saved': 'The account {email} could not be saved ({field}). Nothing was changed; try again.',
	'signed-in': 'Signed in: {email} is ready.',
	'remove-registration':
		'Also remove the connection {name}, which the app made for this account, and its registration at {host}',
	'remove-connection': 'Also remove the connection {name}, which the app made for this account',
	'registration-deleted': 'The app’s registration at {host} was deleted.',
	'registration-kept':
		'The app’s registration at {host} could not be deleted: {problem} It does no harm; its administrator can remove it.'
} satisfies Catalog<string>;
