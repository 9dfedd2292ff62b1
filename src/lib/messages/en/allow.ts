import type { Catalog } from '../format';

/** The window where a person allows a portal, or not. */
export default {
	title: 'Allow a portal · OAuth2 Client',
	'framed-heading': 'Open this page on its own',
	framed: 'This page decides what a portal may do, so it works only as a window of its own.',
	heading: 'Allow a portal',
	// {button}: the portal notice's button (`Allow this portal…`), in bold.
	'no-opener': 'Open this window from the portal that embeds the app: its notice has a button {button}.',
	'allowed-heading': 'Portal allowed',
	'refused-heading': 'Portal not allowed',
	allowed: '{origin} may now get tokens for the accounts you chose. This window closes by itself.',
	refused: '{origin} gets no answer from the app. This window closes by itself.',
	waiting: 'Waiting for the portal’s details…',
	'ask-heading': 'Allow {origin}?',
	// {origin}: the portal's address, in bold.
	explain:
		'The page at {origin} embeds this app. If you allow it, it can ask for access tokens of the accounts you tick below, and use them to read and send mail as you. Allow only a portal you trust.',
	accounts: 'Accounts {origin} may get tokens for',
	'no-accounts': 'There are no accounts inside the portal yet. Allow it now and choose accounts later.',
	allow: 'Allow',
	'remove-access': 'Remove access',
	'do-not-allow': 'Do not allow'
} satisfies Catalog<string>;
