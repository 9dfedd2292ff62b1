import 'fake-indexeddb/auto';
import { need } from '$lib/messages/i18n.svelte';

// Tests read the app's words in English, loaded before each file runs (the app loads each area
// when a page first needs it; a test that words a problem need not wait for that).
await need(
	'common',
	'status',
	'problems',
	'fields',
	'transports',
	'providers',
	'home',
	'accounts',
	'connections',
	'settings',
	'callback',
	'allow'
);
