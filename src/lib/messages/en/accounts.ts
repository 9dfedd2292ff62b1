import type { Catalog } from '../format';

/**
 * The words of the accounts page, and of the account list the home page shows: the list, the
 * account dialog, the sign-in notices, the imported accounts' banner and the mail tools.
 * Placeholders that are not filled from params (`{link}`, `{strong}`…) are where the page puts an
 * element (a link, bold words) whose words are their own message.
 */
export default {
	// The page.
	title: 'Accounts · OAuth2 Client',
	heading: 'Accounts',
	intro:
		'An account is one email address that signs in through a connection. Once signed in, its tokens stay current by themselves.',

	// The list (`{link}`: a link to the Connections page, named as the navigation names it).
	'add-account': 'Add account',
	'connection-first': 'Add a connection first: {link}',
	loading: 'Loading accounts…',
	'none-yet': 'No accounts yet',
	'start-with-connection':
		'Sign in with your email address above, or start with a connection, the app you registered at your provider: {link}.',
	'add-first': 'Add an account: an email address that signs in through one of your connections.',
	'list-label': 'Accounts',
	open: 'Open',
	'open-label': 'Open {name}',
	'sign-in-again': 'Sign in again',
	'renew-sign-in': 'Renew sign-in',
	'fix-connection': 'Fix the connection “{name}”',

	// Deleting an account.
	'dialog-title': 'Account “{name}”',
	'delete-title': 'Delete “{name}”?',
	'delete-title-none': 'Delete?',
	'delete-explained':
		'{email} is signed out: its refresh token is revoked at the provider where it offers revocation, then the account is removed from this browser.',
	'revoke-failed': 'The provider could not be told to revoke the token: {problem}',
	'delete-anyway-question':
		'Delete anyway? The token then stays valid at the provider until it expires or you revoke it there.',
	deleted: 'Deleted “{name}”.',
	'deleted-revoked': 'Deleted “{name}”; its token was revoked at the provider.',

	// The account dialog.
	email: 'Email',
	'settings-tabs': 'Account settings',
	'tab-properties': 'Properties',
	'tab-servers': 'Mail servers',
	connection: 'OAuth2 connection',
	'no-connections': 'No connections yet: add one under Connections',
	transport: 'Transport',
	'transport-default': 'Default: {transport}',
	'transport-default-plain': 'Default',
	// The transports' names (JMAP, Gmail API and Microsoft Graph are the products' own names).
	'transport-host': 'Embedding portal (IMAP and SMTP)',
	'sign-in-heading': 'Sign-in',
	'refresh-token-stored': 'stored, encrypted',
	'signed-in-as': 'Signed in as',
	'renew-advice':
		'{provider} ends this sign-in by itself. Renew it now: while your session at {provider} lasts, no password is needed.',
	'save-then-sign-in': 'Save the account, then sign in. Refresh token does both.',
	'choose-connection-first': 'Choose an OAuth2 connection first.',
	'servers-known': '{provider} needs no server settings: these are used.',
	'servers-custom': 'Enter what your provider’s servers are. Leave a server empty if you do not use it.',
	'imap-host': 'IMAP host',
	'imap-port': 'IMAP port',
	'imap-security': 'IMAP security',
	'smtp-host': 'SMTP host',
	'smtp-port': 'SMTP port',
	'smtp-security': 'SMTP security',
	'jmap-url': 'JMAP session URL',
	'jmap-url-hint': 'For example {url}',
	saved: 'Saved.',
	apply: 'Apply',

	// Signing in (`{strong}`: the first sentence, in bold: `blocked-strong`).
	renewing: 'Renewing the sign-in at the provider…',
	waiting: 'Waiting for you to sign in in the other window…',
	finishing: 'Finishing sign-in…',
	'blocked-strong': 'The browser blocked the sign-in window.',
	'blocked-framed':
		'{strong} Providers do not show their sign-in pages inside a portal, so it needs a window of its own: allow pop-ups for this site, then try again.',
	blocked:
		'{strong} Allow pop-ups for this site and press Refresh token again, or sign in in this tab: you come back here afterwards.',
	'try-again': 'Try again',
	'continue-here': 'Continue in this tab',
	welcome: 'Welcome!',
	'welcome-name': 'Welcome, {name}!',
	connected: '“{account}” is connected.',
	'connected-stored': '“{account}” is connected: a refresh token is stored.',
	// `{signedAs}` and `{address}` in bold: the address signed in with, and the account's.
	'email-mismatch':
		'You signed in as {signedAs}, but this account’s address is {address}. The token is for {person}. If that is not what you meant, press Refresh token and sign in as {account}.',
	'offline-sign-in':
		'The browser is Offline: signing in needs the network. Nothing was started. Connect to the network and try again.',
	'sign-in-cut-off':
		'The sign-in window was closed before sign-in finished, or the provider cut it off from this page (its Cross-Origin-Opener-Policy severs the link between the two windows). If you completed the sign-in there and this account does not update, the provider needs to allow it: ask its administrator for a Cross-Origin-Opener-Policy of “same-origin-allow-popups” or none on its sign-in pages, or use the app on its own rather than inside a portal. Otherwise press Refresh token again.',
	'sign-in-unexpected': 'Sign-in failed unexpectedly: {detail}',

	// Accounts an import brought in.
	'imported-heading': 'Imported accounts: sign in',
	'imported-intro':
		'These accounts came with an imported configuration. Tokens are never exported, so each needs one sign-in here.',
	'sign-in': 'Sign in',
	'sign-in-label': 'Sign in {email}',
	'hide-imported': 'Hide this list',

	// Testing the account's mail.
	'test-connection': 'Test connection',
	'send-test-message': 'Send test message',
	testing: 'Testing the connection…',
	// `{transport}` and `{identity}` in bold: the mail API's name, and the name and address it knows.
	'known-as': '{transport} knows this account as {identity}.',
	'transport-name-host': 'the embedding portal',
	'mailboxes-of': 'Mailboxes of {email}',
	mailbox: 'Mailbox',
	role: 'Role',
	messages: 'Messages',
	unread: 'Unread',
	'sign-in-again-with': 'Sign in again with {scope}',
	'token-renewed': 'The server no longer took the access token; it was renewed and the request repeated.',
	'send-title': 'Send a test message from {email}',
	to: 'To',
	subject: 'Subject',
	body: 'Body',
	'test-subject': 'Test message from OAuth2 Client',
	'test-body': 'This message was sent to check that the account can send mail.',
	'to-invalid': 'enter one or more email addresses, separated by commas',
	sending: 'Sending…',
	sent: 'Sent.',
	'sent-renewed': 'Sent. (The access token had expired at the server; it was renewed on the way.)',
	send: 'Send',
	// The refresh token as a thing the account holds (the button is common's 'refresh-token').
	'refresh-token-label': 'Refresh token'
} satisfies Catalog<string>;
