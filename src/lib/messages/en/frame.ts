import type { Catalog } from '../format';

/** What the app says inside a portal’s frame: the portal is not allowed yet, its own configuration. */
export default {
	'portal-not-allowed':
		'{origin} embeds this app but may not use it yet: it gets no answer and no tokens. If you trust this portal, allow it and choose which accounts it may get tokens for.',
	'portal-allow': 'Allow this portal…',
	'portal-window-blocked': 'The browser blocked the window. Allow pop-ups for this site and press the button again.',
	'portal-window-blocked-again': 'The browser blocked the window. Allow pop-ups for this site and try again.',
	'portal-decide': 'Decide in the window that opened.',
	'portal-own-configuration':
		'Inside {origin} the app keeps a configuration of its own, apart from the one you use when you open the app directly: set up connections and accounts here, or import an export file.',
	'portal-own-configuration-unknown':
		'Inside this portal the app keeps a configuration of its own, apart from the one you use when you open the app directly: set up connections and accounts here, or import an export file.',
	'portal-change': 'Change what this portal may use…'
} satisfies Catalog<string>;
