import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Das Fenster, in dem man ein Portal zulässt, oder nicht. */
export default {
	title: 'Portal zulassen · OAuth2 Client',
	'framed-heading': 'Diese Seite eigenständig öffnen',
	framed: 'Diese Seite entscheidet, was ein Portal darf, daher funktioniert sie nur in einem eigenen Fenster.',
	heading: 'Portal zulassen',
	// {button}: die Schaltfläche im Hinweis des Portals („Dieses Portal zulassen …“), fett.
	'no-opener':
		'Öffnen Sie dieses Fenster über das Portal, das die App einbettet: Sein Hinweis hat eine Schaltfläche {button}.',
	'allowed-heading': 'Portal zugelassen',
	'refused-heading': 'Portal nicht zugelassen',
	allowed:
		'{origin} darf jetzt Tokens für die ausgewählten Konten erhalten. Dieses Fenster wird automatisch geschlossen.',
	refused: '{origin} erhält keine Antwort von der App. Dieses Fenster wird automatisch geschlossen.',
	waiting: 'Es wird auf die Angaben des Portals gewartet …',
	'ask-heading': '{origin} zulassen?',
	// {origin}: die Adresse des Portals, fett.
	explain:
		'Die Seite unter {origin} bettet diese App ein. Wenn Sie sie zulassen, kann sie Zugriffstokens für die Konten anfordern, die Sie unten auswählen, und damit in Ihrem Namen E-Mails lesen und senden. Lassen Sie nur ein Portal zu, dem Sie vertrauen.',
	accounts: 'Konten, für die {origin} Tokens erhalten darf',
	'no-accounts': 'Im Portal gibt es noch keine Konten. Lassen Sie es jetzt zu und wählen Sie die Konten später aus.',
	allow: 'Zulassen',
	'remove-access': 'Zugriff entfernen',
	'do-not-allow': 'Nicht zulassen'
} satisfies Catalog<AreaKeys['allow']>;
