import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Die Startseite: alle Konten auf einen Blick, oder wie man beginnt. */
export default {
	title: 'OAuth2 Client',
	heading: 'Ihre E-Mail-Konten',
	intro: 'Alle Konten mit ihrem Status auf einen Blick.',
	'nothing-yet': 'Noch nichts verbunden',
	'done-marker': 'Erledigt: ',
	'step-connection':
		'{link}: die App, die Sie bei Google, Microsoft, Fastmail oder Ihrem eigenen OpenID-Anbieter registriert haben.',
	'step-connection-link': 'Verbindung hinzufügen',
	'step-account': '{link}, das diese Verbindung nutzt, und zum Anmelden auf {button} klicken.',
	'step-account-link': 'Konto hinzufügen',
	'step-done': 'Das ist alles: Die App hält die Tokens des Kontos selbstständig aktuell.',
	'or-email':
		'Oder überspringen Sie beides: {link}. Wo Ihr Mailanbieter es erlaubt, findet die App ihn anhand der Adresse und meldet Sie an, ohne dass zuerst eine Verbindung angelegt werden muss.',
	'or-email-link': 'Melden Sie sich mit Ihrer E-Mail-Adresse an'
} satisfies Catalog<AreaKeys['home']>;
