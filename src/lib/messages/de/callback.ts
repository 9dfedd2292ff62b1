import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Die Seite des Anmeldefensters: die Begrüßung, oder warum die Anmeldung nicht abgeschlossen wurde. */
export default {
	title: 'Anmeldung · OAuth2 Client',
	'signing-in': 'Anmeldung läuft …',
	finishing: 'Die Anmeldung wird abgeschlossen.',
	'none-heading': 'Anmeldung',
	// {button}: die Schaltfläche „Token aktualisieren“, fett eingesetzt.
	none: 'In diesem Fenster läuft keine Anmeldung. Starten Sie eine in einem Konto mit {button}.',
	welcome: 'Willkommen!',
	'welcome-named': 'Willkommen, {name}!',
	// {account}: der Name des Kontos, in Anführungszeichen (`account-name`).
	'account-name': '„{name}“',
	'connected-refresh':
		'Ihr Konto {account} ({email}) ist verbunden: Ein Aktualisierungstoken ist gespeichert, und die App hält das Zugriffstoken selbstständig aktuell.',
	connected: 'Ihr Konto {account} ({email}) ist verbunden.',
	// {signedInAs} und {address}: die beiden Adressen, fett; {button}: der Name der Schaltfläche (ohne Auszeichnung,
	// daher hier in Anführungszeichen).
	'email-mismatch':
		'Sie haben sich als {signedInAs} angemeldet, die Adresse des Kontos ist jedoch {address}. Das Token gilt für {personEmail}. Wenn Sie das nicht beabsichtigt haben, klicken Sie im Konto auf „{button}“ und melden Sie sich als {accountEmail} an.',
	'no-refresh-token':
		'Der Anbieter hat kein Aktualisierungstoken ausgestellt: Sie müssen sich erneut anmelden, wenn das Zugriffstoken abläuft.',
	'can-close': 'Sie können dieses Fenster schließen.',
	'close-window': 'Dieses Fenster schließen',
	back: 'Zurück zu Ihren Konten',
	'failed-heading': 'Die Anmeldung wurde nicht abgeschlossen',
	'try-again': 'Schließen Sie dieses Fenster und versuchen Sie es im Konto erneut.'
} satisfies Catalog<AreaKeys['callback']>;
