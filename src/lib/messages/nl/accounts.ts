import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * De pagina met accounts, en de lijst met accounts op de startpagina: de lijst, het accountvenster,
 * de meldingen bij het inloggen, de banner met geïmporteerde accounts en de mailtools. Placeholders
 * die niet uit de params komen (`{link}`, `{strong}`…) zijn de plek van een element (een link, vette
 * woorden) met een eigen bericht. Termen: zie de woordenlijst bovenaan `nl/common.ts`.
 */
export default {
	// De pagina.
	title: 'Accounts · OAuth2 Client',
	heading: 'Accounts',
	intro:
		'Een account is één e-mailadres dat inlogt via een verbinding. Eenmaal ingelogd blijven de tokens ervan vanzelf actueel.',

	// De lijst (`{link}`: een link naar de pagina Verbindingen, genoemd zoals de navigatie hem noemt).
	'add-account': 'Account toevoegen',
	'connection-first': 'Voeg eerst een verbinding toe: {link}',
	loading: 'Accounts laden…',
	'none-yet': 'Nog geen accounts',
	'start-with-connection':
		'Log hierboven in met je e-mailadres, of begin met een verbinding, de app die je bij je provider hebt geregistreerd: {link}.',
	'add-first': 'Voeg een account toe: een e-mailadres dat inlogt via een van je verbindingen.',
	'list-label': 'Accounts',
	open: 'Openen',
	'open-label': '{name} openen',
	'sign-in-again': 'Opnieuw inloggen',
	'renew-sign-in': 'Inlogsessie vernieuwen',
	'fix-connection': 'De verbinding “{name}” herstellen',

	// Een account verwijderen.
	'dialog-title': 'Account “{name}”',
	'delete-title': '“{name}” verwijderen?',
	'delete-title-none': 'Verwijderen?',
	'delete-explained':
		'{email} wordt uitgelogd: het vernieuwingstoken wordt ingetrokken bij de provider als die intrekken aanbiedt, daarna wordt het account uit deze browser verwijderd.',
	'revoke-failed': 'De provider kon niet worden gevraagd het token in te trekken: {problem}',
	'delete-anyway-question':
		'Toch verwijderen? Het token blijft dan geldig bij de provider tot het verloopt of tot je het daar intrekt.',
	deleted: '“{name}” verwijderd.',
	'deleted-revoked': '“{name}” verwijderd; het token is ingetrokken bij de provider.',

	// Het accountvenster.
	email: 'E-mail',
	'settings-tabs': 'Accountinstellingen',
	'tab-properties': 'Eigenschappen',
	'tab-servers': 'Mailservers',
	connection: 'OAuth2-verbinding',
	'no-connections': 'Nog geen verbindingen: voeg er een toe onder Verbindingen',
	transport: 'Transport',
	'transport-default': 'Standaard: {transport}',
	'transport-default-plain': 'Standaard',
	// De namen van de transporten (JMAP, Gmail API en Microsoft Graph zijn de eigen namen van de producten).
	'transport-host': 'Insluitend portaal (IMAP en SMTP)',
	'sign-in-heading': 'Inloggen',
	'refresh-token-stored': 'opgeslagen, versleuteld',
	'signed-in-as': 'Ingelogd als',
	'renew-advice':
		'{provider} beëindigt deze inlogsessie zelf. Vernieuw die nu: zolang je sessie bij {provider} loopt, heb je geen wachtwoord nodig.',
	'save-then-sign-in': 'Sla het account op en log dan in. Token vernieuwen doet allebei.',
	'choose-connection-first': 'Kies eerst een OAuth2-verbinding.',
	'servers-known': '{provider} heeft geen serverinstellingen nodig: deze worden gebruikt.',
	'servers-custom': 'Vul de servers van je provider in. Laat een server leeg als je die niet gebruikt.',
	'imap-host': 'IMAP-host',
	'imap-port': 'IMAP-poort',
	'imap-security': 'IMAP-beveiliging',
	'smtp-host': 'SMTP-host',
	'smtp-port': 'SMTP-poort',
	'smtp-security': 'SMTP-beveiliging',
	'jmap-url': 'JMAP-sessie-URL',
	'jmap-url-hint': 'Bijvoorbeeld {url}',
	saved: 'Opgeslagen.',
	apply: 'Toepassen',

	// Inloggen (`{strong}`: de eerste zin, vetgedrukt: `blocked-strong`).
	renewing: 'De inlogsessie wordt vernieuwd bij de provider…',
	waiting: 'Wachten tot je inlogt in het andere venster…',
	finishing: 'Het inloggen wordt afgerond…',
	'blocked-strong': 'De browser heeft het inlogvenster geblokkeerd.',
	'blocked-framed':
		'{strong} Providers tonen hun inlogpagina’s niet binnen een portaal, dus het inloggen heeft een eigen venster nodig: sta pop-ups toe voor deze site en probeer het dan opnieuw.',
	blocked:
		'{strong} Sta pop-ups toe voor deze site en klik nog een keer op Token vernieuwen, of log in in dit tabblad: daarna kom je hier terug.',
	'try-again': 'Opnieuw proberen',
	'continue-here': 'Doorgaan in dit tabblad',
	welcome: 'Welkom!',
	'welcome-name': 'Welkom, {name}!',
	connected: '“{account}” is verbonden.',
	'connected-stored': '“{account}” is verbonden: er is een vernieuwingstoken opgeslagen.',
	// `{signedAs}` en `{address}` vetgedrukt: het adres waarmee is ingelogd, en dat van het account.
	'email-mismatch':
		'Je bent ingelogd als {signedAs}, maar het adres van dit account is {address}. Het token is voor {person}. Was dat niet de bedoeling, klik dan op Token vernieuwen en log in als {account}.',
	'offline-sign-in':
		'De browser is offline: voor inloggen is het netwerk nodig. Er is niets gestart. Maak verbinding met het netwerk en probeer het opnieuw.',
	'sign-in-cut-off':
		'Het inlogvenster werd gesloten voordat het inloggen klaar was, of de provider heeft het losgekoppeld van deze pagina (zijn Cross-Origin-Opener-Policy verbreekt de band tussen de twee vensters). Heb je het inloggen daar afgerond en wordt dit account niet bijgewerkt, dan moet de provider dat toestaan: vraag de beheerder om een Cross-Origin-Opener-Policy “same-origin-allow-popups” of geen op de inlogpagina’s, of gebruik de app los in plaats van binnen een portaal. Klik anders nog een keer op Token vernieuwen.',
	'sign-in-unexpected': 'Het inloggen is onverwacht mislukt: {detail}',

	// Accounts die een import heeft toegevoegd.
	'imported-heading': 'Geïmporteerde accounts: inloggen',
	'imported-intro':
		'Deze accounts kwamen mee met een geïmporteerde configuratie. Tokens worden nooit geëxporteerd, dus elk account moet hier één keer inloggen.',
	'sign-in': 'Inloggen',
	'sign-in-label': 'Inloggen als {email}',
	'hide-imported': 'Deze lijst verbergen',

	// De mail van het account testen.
	'test-connection': 'Verbinding testen',
	'send-test-message': 'Testbericht versturen',
	testing: 'De verbinding wordt getest…',
	// `{transport}` en `{identity}` vetgedrukt: de naam van de mail-API, en de naam en het adres die hij kent.
	'known-as': '{transport} kent dit account als {identity}.',
	'transport-name-host': 'het insluitende portaal',
	'mailboxes-of': 'Mappen van {email}',
	mailbox: 'Map',
	role: 'Rol',
	messages: 'Berichten',
	unread: 'Ongelezen',
	'sign-in-again-with': 'Opnieuw inloggen met {scope}',
	'token-renewed': 'De server accepteerde het toegangstoken niet meer; het is vernieuwd en het verzoek is herhaald.',
	'send-title': 'Een testbericht versturen vanaf {email}',
	to: 'Aan',
	subject: 'Onderwerp',
	body: 'Berichttekst',
	'test-subject': 'Testbericht van OAuth2 Client',
	'test-body': 'Dit bericht is verstuurd om te controleren of het account mail kan versturen.',
	'to-invalid': 'vul een of meer e-mailadressen in, gescheiden door komma’s',
	sending: 'Bezig met versturen…',
	sent: 'Verstuurd.',
	'sent-renewed': 'Verstuurd. (Het toegangstoken was bij de server verlopen; het is onderweg vernieuwd.)',
	send: 'Versturen',
	// Het vernieuwingstoken als iets wat het account heeft (de knop is 'refresh-token' van common).
	'refresh-token-label': 'Vernieuwingstoken'
} satisfies Catalog<AreaKeys['accounts']>;
