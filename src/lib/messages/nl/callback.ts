import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** De pagina van het inlogvenster: het welkom, of waarom het inloggen niet is voltooid. */
export default {
	title: 'Inloggen · OAuth2 Client',
	'signing-in': 'Bezig met inloggen…',
	finishing: 'Het inloggen wordt afgerond.',
	'none-heading': 'Inloggen',
	// {button}: de knop Token vernieuwen, vetgedrukt.
	none: 'In dit venster loopt geen inlogpoging. Start er een vanuit een account met {button}.',
	welcome: 'Welkom!',
	'welcome-named': 'Welkom, {name}!',
	// {account}: de naam van het account, tussen aanhalingstekens (`account-name`).
	'account-name': '“{name}”',
	'connected-refresh':
		'Je account {account} ({email}) is verbonden: er is een vernieuwingstoken opgeslagen, en de app houdt het toegangstoken zelf actueel.',
	connected: 'Je account {account} ({email}) is verbonden.',
	// {signedInAs} en {address}: de twee adressen, vetgedrukt; {button}: de naam van de knop.
	'email-mismatch':
		'Je bent ingelogd als {signedInAs}, maar het adres van het account is {address}. Het token is voor {personEmail}. Was dat niet de bedoeling, klik dan in het account op {button} en log in als {accountEmail}.',
	'no-refresh-token':
		'De provider heeft geen vernieuwingstoken uitgegeven: je moet opnieuw inloggen als het toegangstoken verloopt.',
	'can-close': 'Je kunt dit venster sluiten.',
	'close-window': 'Dit venster sluiten',
	back: 'Terug naar je accounts',
	'failed-heading': 'Inloggen is niet voltooid',
	'try-again': 'Sluit dit venster en probeer het opnieuw vanuit het account.'
} satisfies Catalog<AreaKeys['callback']>;
