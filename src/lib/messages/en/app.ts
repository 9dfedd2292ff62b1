import type { AppCode, SessionCode } from '$lib/app';
import type { Catalog } from '../format';

/** Why the application layer signed an account out, or could not finish. */
export const app: Catalog<AppCode> = {
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
	unexpected: '{detail}'
};

/** Why an account cannot be used for something now. */
export const session: Catalog<SessionCode> = {
	'account-removed': 'This account was removed a moment ago.',
	'connection-removed': 'The account’s connection no longer exists.',
	'restricted-scope':
		'This {provider} account signs in for the {provider} mail API only: IMAP and SMTP need a scope {provider} restricts (https://mail.google.com/), which the app asks for only when the account\'s transport is "Embedding portal (IMAP and SMTP)". Choose that transport for the account and sign in again.',
	'not-offered':
		"IMAP and SMTP with OAuth are not offered for this account's {provider} cloud: only Microsoft Graph is. Use the global cloud for IMAP and SMTP.",
	'scopes-missing':
		'This account signed in without IMAP and SMTP access ({missing}). Sign in again: the sign-in now asks for it.'
};

/** What a portal's `error` says beyond the codes above. */
export const portal: Catalog<'not-allowed'> = {
	'not-allowed': 'This portal may not get tokens for {account}.'
};
