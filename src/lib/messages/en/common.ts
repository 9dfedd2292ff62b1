import type { Catalog } from '../format';

/** What every page shows: the header, the notices of the layout, the words dialogs share. */
export default {
	// Navigation (accessible names of the contract, in English).
	'nav-main': 'Main',
	'nav-accounts': 'Accounts',
	'nav-connections': 'Connections',
	'nav-settings': 'Settings',
	'drop-to-import': 'Drop the configuration file to import it',
	offline:
		'{strong} Connections, accounts and settings can be viewed and edited. Signing in and testing mail need the network; tokens are renewed by themselves when it is back.',
	'offline-strong': 'Offline.',
	reloading: 'This app was updated or reset in another tab: reloading…',
	'database-newer':
		'Another tab runs a newer version of this app and has upgraded its data. Reload this tab to use the new version.',
	'database-missing':
		'This browser offers no IndexedDB here (a private window in some browsers does not): the app cannot store anything.',
	'database-failed': 'The app’s storage could not be opened: {detail}. Close other tabs of the app and reload.',
	reload: 'Reload',
	loading: 'Loading…',
	'refresh-token': 'Refresh token'
} satisfies Catalog<string>;
