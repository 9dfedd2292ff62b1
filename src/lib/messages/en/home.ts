import type { Catalog } from '../format';

/** The home page: every account at a glance, or how to start. */
export default {
	title: 'OAuth2 Client',
	heading: 'Your mail accounts',
	intro: 'Every account with its status at a glance.',
	'nothing-yet': 'Nothing connected yet',
	'done-marker': 'Done: ',
	'step-connection': '{link}: the app you registered at Google, Microsoft, Fastmail or your own OpenID provider.',
	'step-connection-link': 'Add a connection',
	'step-account': '{link} that uses it, and press {button} to sign in.',
	'step-account-link': 'Add an account',
	'step-done': 'That is all: the app keeps the account’s tokens current by itself.',
	'or-email':
		'Or skip both: {link}. Where your mail provider allows it, the app finds it from the address and signs you in, with no connection to make first.',
	'or-email-link': 'sign in with your email address'
} satisfies Catalog<string>;
