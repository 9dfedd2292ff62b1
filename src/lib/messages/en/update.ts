import type { Catalog } from '../format';

/** A new version of the app is deployed. */
export default {
	'update-available': 'A new version of this app is available. Saved connections, accounts and settings are kept.',
	'update-reload': 'Reload to update',
	'update-busy': 'Updating…'
} satisfies Catalog<string>;
