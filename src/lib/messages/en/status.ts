import type { Catalog } from '../format';

/** The status words people read, and what the account list says next to them. */
export default {
	// The status words: a contract in English (the tests rely on them), translated elsewhere.
	'Not signed in': 'Not signed in',
	Connected: 'Connected',
	Refreshing: 'Refreshing',
	Retrying: 'Retrying',
	'Sign-in required': 'Sign-in required',
	'Configuration error': 'Configuration error',
	Offline: 'Offline',

	'detail-not-signed-in': 'Open the account and press Refresh token to sign in.',
	'detail-sign-in-again': 'Sign in again.',
	'detail-check-connection': 'Check the connection.',
	'detail-offline': 'The browser is offline. Tokens are renewed when the network is back.',
	'detail-refreshing': 'Renewing the access token…',
	'detail-unreachable': 'The provider could not be reached.',
	'detail-next-try': '{problem} Next try {when}.',
	'detail-no-refresh-token': 'No refresh token: sign in again when the access token expires.',
	'detail-renewed-automatically': 'Renewed automatically.',
	'detail-valid': 'Access token valid until {until}; next refresh {next}.',
	'at-time': 'at {time}',
	'validity-ended': 'Sign-in ended: renew it to keep the account connected.',
	'validity-until': 'Sign-in valid until {at} ({left}).'
} satisfies Catalog<string>;
