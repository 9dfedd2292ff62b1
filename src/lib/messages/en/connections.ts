import type { Catalog } from '../format';

/**
 * The words of the connections page: the list, the editor, its discovery report, the dialogs that
 * confirm a delete or a sign-out, and what the page says after each. The field labels are the
 * accessible names of the contract (in English: `Name`, `Provider`, `Client Id`, `Project Id`…).
 */
export default {
	title: 'Connections · OAuth2 Client',
	heading: 'Connections',
	intro:
		'A connection is one app you registered at a provider (Google, Microsoft, your own OpenID provider…). Accounts sign in through it.',
	'add-connection': 'Add connection',
	'add-demo': 'Add the local demo connection',
	// `{provider}`: Microsoft, Google or Fastmail.
	'add-twin': 'Add the {provider} twin',
	'twins-note':
		'This demo build sends what it would send to Microsoft, Google and Fastmail to their local twins instead: imitations that behave as those providers document (any address signs in, no password). Work addresses for the Microsoft twin end in @contoso.test; any other address is a personal account.',
	unreadable: {
		one: 'One stored connection could not be read and is not shown. They are kept as they are; export your configuration before changing anything.',
		other:
			'{count} stored connections could not be read and are not shown. They are kept as they are; export your configuration before changing anything.'
	},
	loading: 'Loading connections…',
	'empty-heading': 'No connections yet',
	'empty-text': 'Add a connection with the Client Id you registered at your provider.',
	'empty-demo': 'Or try the local demo provider first: it needs no registration.',
	'list-label': 'Connections',

	// What the page says after a change (its status line).
	saved: 'Saved “{name}”.',
	// `{reason}`: why the provider could not be checked, a sentence of its own.
	'saved-unchecked': 'Its provider could not be checked: {reason}',
	// `{emails}`: the accounts' addresses, as a list; `{count}`: how many.
	'saved-signed-out': { other: 'Signed out: {emails}; they need to sign in again.' },
	'saved-secret-dropped':
		'Its stored client secret was not kept: the connection now points at another provider, client or endpoint. Enter the secret again if that client needs one.',
	// `{reasons}`: why, one sentence each, separated by semicolons.
	'saved-revoke-failed': 'The old provider could not be told to revoke: {reasons}.',
	'demo-added': 'Added “{name}”: a connection to the local demo provider at {issuer}.',
	'twin-added': 'Added “{name}”: the {provider} preset, answered by its local twin.',
	'demo-failed': 'The demo connection could not be added: {reasons}',
	deleted: 'Deleted “{name}”.',

	// The names of the demo's connections: data the person may rename afterwards.
	'demo-name': 'Local demo',
	'twin-name': '{provider} (twin)',
	// A name already taken gets a number: "Local demo (2)".
	'numbered-name': '{name} ({number})',

	// The editor's dialog and the delete confirmation.
	'edit-title': 'Edit “{name}”',
	'delete-title': 'Delete “{name}”?',
	'delete-title-bare': 'Delete?',
	'revoke-failed': 'The provider could not be told to revoke these accounts’ tokens:',
	'revoke-failed-anyway':
		'Delete anyway? The tokens then stay valid at the provider until they expire or you revoke them there.',
	'delete-accounts': {
		one: 'This account uses it and will be signed out (their tokens revoked at the provider) and removed from this browser too:',
		other:
			'These {count} accounts use it and will be signed out (their tokens revoked at the provider) and removed from this browser too:'
	},
	'no-account': 'No account uses this connection.',
	'delete-unreadable': {
		one: 'One more account record of this connection is damaged and cannot be shown; it will be removed too.',
		other: '{count} more account records of this connection are damaged and cannot be shown; they will be removed too.'
	},
	'cannot-undo': 'This cannot be undone.',

	// Asked when a change points the connection at another provider or client.
	'sign-out-title': 'Sign these accounts out?',
	'sign-out-confirm': 'Save and sign out',
	'sign-out-text': {
		one: 'This change points the connection at another provider or client. A token is only ever used with the provider and client it came from, so this account will be signed out (tokens revoked at the old provider) and need to sign in again. Their settings stay.',
		other:
			'This change points the connection at another provider or client. A token is only ever used with the provider and client it came from, so these accounts will be signed out (tokens revoked at the old provider) and need to sign in again. Their settings stay.'
	},

	// The fields of a connection (accessible names of the contract, in English), in the editor and on its card;
	// its Name is `common`'s.
	provider: 'Provider',
	'client-id': 'Client Id',
	'client-secret': 'Client Secret',
	// The project field, named as each provider names it: Google, Microsoft, the others.
	'project-id': 'Project Id',
	'tenant-id': 'Tenant Id',
	'api-project-id': 'API Project Id',
	cloud: 'Cloud',
	'issuer-url': 'Issuer URL',
	'authorization-endpoint': 'Authorization endpoint',
	'token-endpoint': 'Token endpoint',
	'revocation-endpoint': 'Revocation endpoint',
	scopes: 'Scopes',
	'redirect-uri': 'Redirect URI',

	// The editor.
	'registering-at': 'Registering the app at {provider}',
	'open-console': 'Open the {provider} console',
	'redirect-to-register': 'Redirect URI to register',
	'copy-redirect-uri': 'Copy redirect URI',
	// `{uri}`: the shared redirect URI, shown as code.
	'shared-redirect':
		'This connection was made before each connection had its own redirect URI, and still uses the shared one, {uri}. Register its own, above, at the provider (keep the shared one there until then), and tick the box: an answer can then only be taken for a sign-in at this connection. Until then, while several connections share the address, a sign-in needs a provider that names itself in its answers.',
	'own-redirect-registered': 'Its own redirect URI is registered at the provider',
	'check-issuer': 'Check issuer',
	'secret-stored-placeholder': 'Stored (encrypted): leave empty to keep it',
	'secret-hint-none': '{provider} takes no client secret from a browser app: leave it empty.',
	'secret-hint-web':
		'Google requires it for “Web application” clients. A secret in a browser app is not secret: anyone using the app can read it.',
	'secret-hint-optional':
		'Only if the provider gave you one. A secret in a browser app is not secret: anyone using the app can read it.',
	'secret-stored-refused':
		'A client secret is stored for this connection from before. {provider} refuses secrets from a browser app, so it is never sent: remove it.',
	'remove-secret': 'Remove the stored client secret',
	'cloud-hint':
		'Where your organisation signs in. National clouds offer Microsoft Graph only: portals get no IMAP or SMTP token there.',
	'issuer-hint-oauth2':
		'Optional. If the provider names itself in its answers (the iss parameter, RFC 9207), enter that name: answers are then checked against it.',
	'revocation-hint': 'Optional. With it, removing an account revokes its token at the provider.',
	'scopes-hint-custom': 'Separated by spaces. Leave empty for the provider’s defaults.',
	'scopes-hint-preset': 'Separated by spaces. Preset with {provider}’s defaults.',

	// A connection's card.
	edit: 'Edit',
	'edit-label': 'Edit {name}',
	'secret-stored': 'stored, encrypted',
	defaults: '(defaults)',
	note: 'Note',
	'shared-redirect-note': 'The shared address of connections made earlier: edit the connection to register its own.',

	// What a check of an OpenID provider found (`{endpoint}`: its revocation endpoint, shown as code).
	'checking-provider': 'Checking the provider…',
	'provider-found': 'Provider found.',
	'provider-found-cached': 'Provider found (from the cache).',
	issuer: 'Issuer',
	'pkce-supported': 'supported',
	'pkce-not-advertised': 'not advertised: the provider may still support it',
	revocation: 'Revocation',
	'revocation-supported': 'supported ({endpoint})',
	'revocation-not-offered': 'not offered: removing an account cannot revoke its token at the provider',
	'check-failed': 'Could not check the provider.',
	'use-issuer': 'Use “{issuer}”',
	'registered-automatically': 'Registered automatically',
	'registered-cimd':
		'Made from an email address: known at {host} by the app’s Client ID Metadata Document (nothing registered); signs in {domains}.',
	'registered-dcr':
		'Made from an email address: the app registered itself at {host} (Dynamic Client Registration); signs in {domains}.'
} satisfies Catalog<string>;
