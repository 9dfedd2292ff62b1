import type { Catalog } from '../format';

/** "Sign in with your email address" (docs/zero-registration.md): the form. */
export default {
	heading: 'Sign in with your email address',
	intro:
		'Type your address and press Sign in: the app finds your mail provider, introduces itself there and signs you in. Where your provider allows it, nobody needs to register the app first.',
	'email-label': 'Email address',
	'sign-in': 'Sign in',
	invalid: 'Type a whole email address, such as ada@example.org.',
	working: 'Finding your provider…'
} satisfies Catalog<string>;
