import type { Catalog } from '../format';

/** The words of the settings page: language, storage, export and import, portals, forgetting, this app. */
export default {
	title: 'Settings · OAuth2 Client',
	heading: 'Settings',

	// Language.
	'language-heading': 'Language',
	'language-legend': 'Show this app in',
	'language-browser': 'Use the browser’s language',
	'language-from-browser': 'In use: {language}, the browser’s language.',
	'language-from-setting': 'In use: {language}, chosen here.',
	'language-from-url': 'In use: {language}, set by the portal with {param} in the app’s address.',

	// Storage in this browser.
	'storage-heading': 'Storage in this browser',
	'storage-intro':
		'Connections, accounts and their tokens are kept in this browser only. Client secrets and tokens are encrypted with a key that cannot leave this browser, so exports, backups and a glance at the browser’s storage never show them. This does not protect against malicious script running in this page or someone with access to your whole browser profile.',
	persisted: 'The browser keeps this app’s data even when it runs low on space.',
	'not-persisted':
		'{strong} when it runs low on space, and Safari removes it after 7 days without a visit. Export your configuration to keep a copy, or ask the browser to keep it.',
	'not-persisted-strong': 'The browser may clear this app’s data',
	'ask-to-persist': 'Ask the browser to keep data',
	'persistence-unsupported':
		'This browser cannot promise to keep the app’s data: it may clear it. Export your configuration to keep a copy.',

	// Export.
	'export-heading': 'Export',
	'export-intro':
		'Save connections and their accounts to a file, to move them to another browser, a portal or a colleague. Tokens are never exported.',
	'export-what': 'What to export',
	'export-all': 'Everything',
	'export-chosen': 'Chosen connections and their accounts',
	'no-connections': 'No connections yet.',
	'include-secrets': 'Include client secrets: the file then holds them in plain text, so keep it as safe as a password',
	export: 'Export',
	'export-none-chosen': 'Tick at least one connection to export.',
	exported: 'Saved {name}: {connections} connection(s), {accounts} account(s). No tokens.',
	'exported-with-secrets':
		'Saved {name}: {connections} connection(s), {accounts} account(s), with client secrets. No tokens.',

	// Import.
	'import-heading': 'Import',
	'import-intro':
		'Read connections and accounts from an exported file, or drop the file anywhere on this page. You see what it adds and replaces before anything is written. Imported accounts sign in here once.',
	'import-file': 'Configuration file',
	import: 'Import',
	'import-no-file': 'Choose a configuration file first (or drop one on the page).',
	'imported-summary':
		'Imported {connections} connection(s) and {accounts} account(s) from {name}. The accounts are {status} until you sign in.',
	'revocation-failures': 'These replaced accounts could not be signed out at their provider: {list}.',
	'import-title-named': 'Import {name}?',
	'imported-title': 'Imported {name}',
	'unnamed-file': 'the file',
	reading: 'Reading the file…',
	'file-unreadable': 'the file could not be read',
	refused: '{strong} Nothing was changed.',
	'refused-strong': 'This file cannot be imported.',
	'import-stopped': '{strong} {reason}',
	'import-stopped-strong': 'The import stopped: nothing from the file was written.',
	'signed-out-before-stop':
		'Before it stopped, these replaced accounts were already signed out at their provider, so their tokens no longer work: {list}. Sign each in again on the Accounts page (Sign in again).',
	'nothing-else-changed': 'Nothing else was changed.',
	'choose-again':
		'To import, choose the file again: the preview then shows what it does to the configuration as it is now.',
	'changed-meanwhile':
		'The configuration here changed while this preview was open. Nobody was signed out and nothing was written: this is what the import does now.',
	clashes: '{strong} Nothing is imported until the file is fixed:',
	'clashes-strong': 'It clashes with what is here.',
	'connections-added': 'Connections added',
	'connections-replaced': 'Connections replaced',
	'accounts-added': 'Accounts added',
	'accounts-replaced': 'Accounts replaced',
	'client-secrets': 'Client secrets',
	'secrets-in-file': '{count} in the file',
	'secrets-not-kept': 'Client secrets not kept',
	'signed-out-by-import': 'Signed in now and replaced by the file, so signed out by the import: {list}.',
	'signed-out-rebound':
		'Not in the file, but signed in through a connection the file points at another provider or client, so signed out too (their tokens are revoked at the old provider): {list}.',
	'permissions-not-kept': 'Portal permissions not kept',
	'permission-lost': {
		one: '{email} is replaced by the file: {origins} loses its permission to use it. Allow it again if the new account is the same mailbox.',
		other:
			'{email} is replaced by the file: {origins} lose their permission to use it. Allow it again if the new account is the same mailbox.'
	},
	'confirm-import': 'Confirm import',
	'import-done': 'Imported. The accounts are listed below with a Sign in button each.',
	'progress-checking': 'Checking the configuration here again…',
	'progress-writing': 'Writing…',
	'progress-signing-out': 'Signing out {account} ({number} of {total})…',

	// Allowed portals and their log.
	'portals-heading': 'Allowed portal origins',
	'portals-intro':
		'Portals that embed this app and may get access tokens, each for the accounts you chose. A portal is allowed from its own notice ({button}), in a window of this app.',
	'no-portals': 'No portal is allowed.',
	'portal-no-accounts': 'no accounts',
	'remove-portal': 'Remove {origin}',
	remove: 'Remove',
	'log-heading': 'Portal log',
	'log-intro':
		'Which portal asked for what, and what it got: every request of an allowed portal and every message from one that is not.',
	'log-empty': 'Nothing yet.',
	'log-caption': 'Portal log, newest first',
	'log-when': 'When',
	'log-portal': 'Portal',
	'log-asked': 'Asked',
	'log-account': 'Account',
	'log-result': 'Result',
	'clear-log': 'Clear the log',

	// Forget this browser.
	'forget-heading': 'Forget this browser',
	'forget-intro':
		'Signs every account out (revoking its tokens at the provider where it allows that) and deletes all connections, accounts, tokens, secrets and settings from this browser. Use it before handing the computer on.',
	'forget-not-revoked':
		'Everything is deleted from this browser. These tokens could not be revoked at their provider: they stay valid there until they expire, or until you remove the app’s access in your account settings at the provider.',
	'forget-button': 'Forget this browser…',
	'forget-failed': 'Forgetting failed: {detail}. Close other tabs of the app and try again.',
	'forget-title': 'Forget this browser?',
	'forget-confirm': 'Forget everything',
	'forget-summary': (p) =>
		`This deletes ${p.connections === 1 ? 'one connection' : `${p.connections} connections`} and ${p.accounts === 1 ? 'one account' : `${p.accounts} accounts`} from this browser${
			Number(p.grants) > 0
				? `, after revoking the tokens of ${p.grants === 1 ? 'one signed-in account' : `${p.grants} signed-in accounts`} at their providers`
				: ''
		}. Other open tabs of the app reload. This cannot be undone: export your configuration first if you want to keep it.`,
	'forget-revoking': 'Revoking {number} of {total}: {account}…',
	'forget-deleting': 'Deleting…',
	'forget-progress': 'Revoking tokens',

	// This app.
	'about-heading': 'This app',
	'about-version': 'Version',
	'about-built': 'Built',
	'about-offline': 'Works offline',
	'offline-ready': 'Yes: this browser keeps a copy of the app, so it opens without a network.',
	'offline-storing': 'Not yet: the copy for offline use is being stored.',
	'offline-unsupported': 'No: this browser does not offer service workers here (a private window may not).',
	'offline-checking': 'Checking…'
} satisfies Catalog<string>;
