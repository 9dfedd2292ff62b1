import type { Catalog } from '../format';

/** The sign-in window's page: the welcome, or why the sign-in did not complete. */
export default {
	title: 'Sign-in · OAuth2 Client',
	'signing-in': 'Signing in…',
	finishing: 'Finishing the sign-in.',
	'none-heading': 'Sign-in',
	none: 'No sign-in is in progress in this window. Start one from an account with {button}.',
	welcome: 'Welcome!',
	'welcome-named': 'Welcome, {name}!',
	// {account}: the account's name, in quotes (`account-name`).
	'account-name': '“{name}”',
	'connected-refresh':
		'Your account {account} ({email}) is connected: a refresh token is stored, and the app keeps its access token current by itself.',
	connected: 'Your account {account} ({email}) is connected.',
	// {signedInAs} and {address}: the two addresses, in bold; {button}: the button's name.
	'email-mismatch':
		'You signed in as {signedInAs}, but the account’s address is {address}. The token is for {personEmail}. If that is not what you meant, press {button} in the account and sign in as {accountEmail}.',
	'no-refresh-token':
		'The provider issued no refresh token: you will need to sign in again when the access token expires.',
	'can-close': 'You can close this window.',
	'close-window': 'Close this window',
	back: 'Back to your accounts',
	'failed-heading': 'Sign-in did not complete',
	'try-again': 'Close this window and try again from the account.'
} satisfies Catalog<string>;
