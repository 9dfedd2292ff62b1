import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/**
 * Elk probleem dat het domein en de applicatielaag melden, per code: inloggen, vernieuwen, discovery
 * en intrekken (`AuthCode`), die van de applicatielaag (`AppCode`, `SessionCode`), en die van een portaal.
 * Termen: zie de woordenlijst bovenaan `nl/common.ts`.
 */
export default {
	// Een tokenverzoek (een code ingewisseld, een token vernieuwd).
	offline: 'De browser is offline. Het token wordt vernieuwd zodra het netwerk terug is.',
	timeout: 'Het token-endpoint op {host} antwoordde niet op tijd. Er wordt opnieuw geprobeerd…',
	unreachable:
		'Het token-endpoint op {host} is niet bereikbaar: misschien is het netwerk weg, of weigert de server verzoeken van deze site (CORS). Er wordt opnieuw geprobeerd…',
	'code-timeout':
		'Het token-endpoint op {host} antwoordde niet op tijd, dus het inloggen kon niet worden afgerond. Er is niets opgeslagen. Klik op Token vernieuwen om het opnieuw te proberen.',
	'code-unreachable':
		'Het token-endpoint op {host} was niet bereikbaar om het inloggen af te ronden: misschien is het netwerk weg, of klopt het adres niet. Er is niets opgeslagen. Controleer de verbinding en het netwerk, en klik dan opnieuw op Token vernieuwen.',
	'browser-refused':
		'Deze provider accepteert geen inloggen vanuit een browser-app: het token-endpoint op {host} antwoordt wel, maar niet aan webpagina’s (het stuurt geen CORS-headers), dus de app kan het inloggen niet afronden. Er is niets opgeslagen. De provider moet verzoeken van deze site toestaan op zijn token-endpoint; tot die tijd kunnen accounts van deze provider hier niet inloggen.',
	'not-json': 'Het token-endpoint op {host} antwoordde niet met JSON: controleer het Token-endpoint.',
	'no-access-token':
		'Het token-endpoint op {host} antwoordde zonder bruikbaar toegangstoken: controleer het Token-endpoint.',
	'rate-limited':
		'De provider vraagt om het rustiger aan te doen (429). Er gaat niets verloren; er wordt opnieuw geprobeerd…',
	'server-error': (p) =>
		`De provider heeft problemen (${p.status}${p.error ? ` ${p.error}` : ''}). Er gaat niets verloren; er wordt opnieuw geprobeerd…`,
	'spa-platform':
		'Microsoft weigert de code vanuit een browser in te wisselen: registreer de omleidings-URI in Entra ID onder het platform “Toepassing met één pagina” (Single-page application).',
	expired:
		'Microsoft beëindigt het inloggen van een browser-app 24 uur nadat het begon, hoe vaak het ook is vernieuwd. Log opnieuw in: zolang je Microsoft-sessie loopt, heb je geen wachtwoord nodig.',
	'secret-refused':
		'Microsoft weigert een clientgeheim van een browser-app. Haal het Clientgeheim weg uit de verbinding (de app is een “Toepassing met één pagina”, een openbare client).',
	'consent-missing': (p) =>
		`Microsoft heeft voor dit account geen toestemming voor deze machtigingen${aside(p.description)}: bij het inloggen is er niet om gevraagd. Log opnieuw in (Token vernieuwen): bij elke keer inloggen wordt er nu om gevraagd.`,
	'invalid-grant': (p) =>
		`De provider accepteert het vernieuwingstoken van dit account niet meer: het is ingetrokken, verlopen of al gebruikt${aside(p.description)}. Log opnieuw in.`,
	'code-rejected': (p) =>
		`De provider weigerde de autorisatiecode${aside(p.description)}: die is verlopen of al gebruikt, of de omleidings-URI klopt niet. Klik op Token vernieuwen om het opnieuw te proberen; blijft het misgaan, controleer dan de omleidings-URI die bij de provider is geregistreerd.`,
	'invalid-client': (p) =>
		`De provider accepteert de client van deze verbinding niet${aside(p.description)}: controleer de Client-ID, en het Clientgeheim als de provider dat vereist.`,
	'client-refused': (p) =>
		`Het token-endpoint op ${p.host} weigerde de client (${p.status})${aside(p.description)}: controleer de Client-ID en het Clientgeheim.`,
	'unauthorized-client': (p) =>
		`De client mag deze grant niet gebruiken${aside(p.description)}: sta bij de provider de grants authorization_code en refresh_token toe voor deze client.`,
	'unsupported-grant-type': (p) =>
		`De provider ondersteunt deze grant niet${aside(p.description)}: sta vernieuwingstokens toe voor de client.`,
	'invalid-target': (p) =>
		`De provider wil geen token uitgeven voor die server${aside(p.description)}: log opnieuw in, zodat er bij het inloggen om wordt gevraagd, of controleer het adres van de server.`,
	'invalid-scope': (p) =>
		`De provider weigert de gevraagde scopes${aside(p.description)}: controleer de Scopes van de verbinding.`,
	'secret-missing': (p) =>
		`De provider wil het clientgeheim van deze verbinding${aside(p.description)}: vul in de verbinding het Clientgeheim van de client in (voor Google het geheim van de client van het type “Webapplicatie”).`,
	'invalid-request': (p) =>
		`De provider weigerde het tokenverzoek${aside(p.description)}: controleer de instellingen van de verbinding en de omleidings-URI die bij de provider is geregistreerd.`,
	'endpoint-error': (p) =>
		`Het token-endpoint op ${p.host} antwoordde met ${p.status}${p.error ? ` ${p.error}` : ''}${aside(p.description)}: controleer het Token-endpoint van de verbinding.`,

	// Een OpenID-provider ontdekken (discovery).
	'discovery-invalid-issuer': 'Issuer-URL: {reason}.',
	'discovery-offline':
		'De browser is offline, dus {url} kon niet worden opgehaald. Maak verbinding met het netwerk en controleer het opnieuw.',
	'discovery-timeout':
		'{url} antwoordde niet op tijd. Controleer de Issuer-URL en of de provider online is, en controleer het dan opnieuw.',
	'discovery-unreachable': (p) =>
		`${p.url} is niet bereikbaar. Controleer de Issuer-URL. Opent dat adres wel in een browsertabblad, dan weigert de provider verzoeken van deze site: sta bij de provider cross-origin-verzoeken (CORS) toe vanaf de origin van deze site${aside(p.origin)}.`,
	'discovery-http-status': (p) =>
		`${p.url} antwoordde met ${p.status}${p.statusText ? ` ${p.statusText}` : ''}. Controleer de Issuer-URL: dat is het adres dat de provider als zijn “issuer” noemt, zonder /.well-known/….`,
	'discovery-not-json':
		'{url} gaf geen JSON terug. Controleer de Issuer-URL: die moet naar een OpenID-provider wijzen, niet naar een webpagina.',
	'discovery-not-an-object': 'De metadata van de provider is geen JSON-object.',
	'discovery-no-issuer': 'De metadata van de provider noemt geen issuer: het is geen OpenID-provider.',
	'discovery-issuer-mismatch':
		'De provider noemt zichzelf “{named}”, niet “{issuer}”. Vul zijn issuer precies zo in: een antwoord van de ene issuer wordt nooit geaccepteerd voor een andere.',
	'discovery-missing-endpoint': 'De metadata van de provider bevat geen {field}.',
	'discovery-unusable-endpoint': 'In de metadata van de provider is {field} onbruikbaar: {reason}.',
	'discovery-insecure-endpoint': 'In de metadata van de provider is {field} geen https-URL.',
	'discovery-no-s256':
		'De provider ondersteunt geen PKCE met S256, en dat heeft een browser-app nodig om veilig in te loggen. Schakel bij de provider PKCE (S256) in voor deze client.',

	// Een grant in leven houden.
	'not-signed-in': 'Dit account is nog niet ingelogd: klik op Token vernieuwen.',
	'sign-in-again': 'Log opnieuw in.',
	'check-connection': 'Controleer de verbinding.',
	retrying: 'Er wordt opnieuw geprobeerd…',
	'connection-gone': 'De verbinding van dit account bestaat niet meer: kies een andere en log opnieuw in.',
	'no-endpoints': 'De verbinding heeft geen endpoints: bewerk de verbinding en vul ze in.',
	'key-lost':
		'De sleutel die dit geheim beschermde, staat niet meer in deze browser, dus het geheim kan niet worden gelezen. Log opnieuw in.',
	'tokens-damaged': 'De opgeslagen tokens zijn beschadigd. Log opnieuw in.',
	'no-refresh-token':
		'Het toegangstoken is verlopen en de provider gaf geen vernieuwingstoken om het te vernieuwen. Log opnieuw in.',
	'binding-changed':
		'De verbinding wijst nu naar een andere provider of client dan die waarmee dit account is ingelogd. Log opnieuw in.',
	'secret-lost':
		'Het clientgeheim van de verbinding kan in deze browser niet meer worden gelezen: vul het opnieuw in bij de verbinding.',
	'lost-response':
		'Een eerdere vernieuwing lijkt de provider te hebben bereikt, maar het antwoord is onderweg terug verloren gegaan, dus het vernieuwingstoken dat daarmee is vervangen, werkt niet meer. Log opnieuw in.',
	'no-expiry-no-refresh':
		'De provider gaf het toegangstoken van dit account geen vervaltijd en geen vernieuwingstoken: portalen krijgen het tot {minutes} minuten na het inloggen. Log opnieuw in.',

	// Inloggen.
	'account-gone': 'Het account of de verbinding ervan bestaat niet meer.',
	'account-deleted': 'Het account is verwijderd terwijl je aan het inloggen was. Er is niets opgeslagen.',
	'secret-lost-sign-in':
		'Het clientgeheim van de verbinding kan in deze browser niet meer worden gelezen: vul het opnieuw in bij de verbinding en log dan in.',
	'wrong-redirect': (p) =>
		`Dit antwoord kwam binnen op ${p.arrived}, maar bij het inloggen waar het bij hoort${p.connection ? ` (verbinding “${p.connection}”)` : ''} is de provider gevraagd te antwoorden op ${p.expected}. Het is geweigerd en er is niets verzonden of opgeslagen: een antwoord wordt alleen aangenomen op het adres dat bij het inloggen is opgegeven. Blijft dit gebeuren, controleer dan de omleidings-URI die voor de verbinding bij de provider is geregistreerd.`,
	'issuer-not-configured': (p) =>
		`De provider noemt zichzelf “${p.iss}” in zijn antwoord (de parameter iss, RFC 9207), en de verbinding${p.connection ? ` “${p.connection}”` : ''} heeft geen Issuer-URL om dat mee te vergelijken, dus er is niets opgeslagen. Is “${p.iss}” jouw provider, vul het dan in als Issuer-URL van de verbinding (Verbindingen → de verbinding → Issuer-URL) en klik daarna opnieuw op Token vernieuwen.`,
	'issuer-mismatch': (p) =>
		`Dit antwoord komt van ${p.iss ? `“${p.iss}”` : 'een issuer zonder naam'}, niet van ${p.issuer ? `“${p.issuer}”` : 'de provider waar dit inlogverzoek naartoe is gestuurd'}. Het is geweigerd en er is niets opgeslagen. Begin opnieuw met Token vernieuwen.`,
	'shared-redirect':
		'Meerdere verbindingen hier delen nog de omleidings-URI {callback}, en deze provider noemt zichzelf niet in zijn antwoorden, dus dit antwoord is niet te onderscheiden van dat voor een andere verbinding. Er is niets opgeslagen. Registreer de eigen omleidings-URI van de verbinding bij de provider (Verbindingen → de verbinding toont hem), markeer hem als geregistreerd en klik dan opnieuw op Token vernieuwen.',
	denied:
		'Je hebt bij de provider geen toegang verleend, dus er is niets veranderd. Klik op Token vernieuwen om het opnieuw te proberen.',
	'provider-error': (p) =>
		`De provider weigerde het inloggen (${p.error}${p.description ? `: ${p.description}` : ''}). Controleer de verbinding (Client-ID, omleidings-URI, scopes) en probeer het opnieuw.`,
	'unknown-state':
		'Deze browser wacht niet op dit inlogantwoord: het is al gebruikt, is te oud of is hier niet gestart (inloggen dat in een portaal is gestart, kan alleen daar worden afgerond, en dit venster is de koppeling ermee kwijt). Er is niets opgeslagen. Begin opnieuw met Token vernieuwen.',
	'state-unreadable': 'Dit inloggen kan in deze browser niet meer worden afgerond. Begin opnieuw met Token vernieuwen.',
	'state-not-waiting':
		'Deze browser wacht niet op dit inlogantwoord. Er is niets opgeslagen. Begin opnieuw met Token vernieuwen.',
	'state-other-account': 'Dit inlogantwoord hoort niet bij dit account.',
	'completed-elsewhere': 'Dit inloggen is al in een ander venster afgerond.',
	'no-id-token': 'De provider antwoordde op het inloggen via OpenID Connect zonder ID-token. Er is niets opgeslagen.',
	'no-refresh-token-issued':
		'De provider gaf geen vernieuwingstoken, dus je moet opnieuw inloggen als het toegangstoken verloopt. Controleer of de verbinding om offline toegang vraagt.',

	// Een geweigerd ID-token (OpenID Connect Core §3.1.3.7).
	'id-token-unreadable':
		'Het ID-token van de provider kon niet worden gelezen. Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-issuer': (p) =>
		`Het ID-token van de provider noemt een andere issuer (“${p.iss}”, verwacht: “${p.issuer}”). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.`,
	'id-token-tenant': (p) =>
		`Het ID-token van de provider noemt een issuer of tenant die deze verbinding niet accepteert (issuer “${p.iss}”, tenant ${p.tid ? `“${p.tid}”` : 'niet genoemd'}; de verbinding logt in bij ${p.issuer}). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.`,
	'id-token-no-sub':
		'Het ID-token van de provider noemt niemand (geen sub). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-audience':
		'Het ID-token van de provider is uitgegeven voor een andere client. Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-no-azp':
		'Het ID-token van de provider noemt meerdere doelgroepen maar geen geautoriseerde partij. Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-azp':
		'Het ID-token van de provider is uitgegeven aan een andere partij (azp). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-nonce':
		'Het ID-token van de provider hoort niet bij dit inloggen (nonce). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-no-exp':
		'Het ID-token van de provider heeft geen vervaltijd (exp). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-expired':
		'Het ID-token van de provider is verlopen. Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-no-iat':
		'Het ID-token van de provider vermeldt geen tijdstip van uitgifte (iat). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-future':
		'Het ID-token van de provider is in de toekomst uitgegeven (iat): controleer de klok van deze computer. Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',
	'id-token-old':
		'Het ID-token van de provider is te lang geleden uitgegeven (iat). Er is niets opgeslagen. Blijft dit gebeuren, controleer dan de issuer en de Client-ID van de verbinding.',

	// Intrekken.
	'revoke-offline': 'De browser is offline, dus de provider kon niet worden ingelicht.',
	'revoke-timeout': '{host} was niet bereikbaar (geen antwoord op tijd).',
	'revoke-unreachable': '{host} was niet bereikbaar (netwerkfout of geweigerd door CORS).',
	'revoke-refused': (p) => `${p.host} antwoordde met ${p.status}${p.answer ? `: ${p.answer}` : ''}.`,
	'revoke-unrecorded': (p) =>
		`De verbinding${p.connection ? ` “${p.connection}”` : ''} is gewijzigd nadat dit account inlogde, en toen is niet vastgelegd waar het token kan worden ingetrokken, dus het is nergens heen gestuurd. Kan het nog geldig zijn, verwijder dan de toegang van deze app in de accountinstellingen bij de provider.`,

	// De applicatielaag: waarom een account is uitgelogd, of waarom iets niet kon worden afgerond.
	'connection-moved':
		'De verbinding “{connection}” wijst nu naar een andere provider of client, dus dit account is uitgelogd. Log opnieuw in.',
	'import-moved':
		'Door een geïmporteerde configuratie wijst de verbinding van dit account naar een andere provider of client, dus het account is uitgelogd. Log opnieuw in.',
	'import-failed-revoked':
		'Dit account is bij zijn provider uitgelogd voor een import van {file} die daarna mislukte. Log opnieuw in.',
	'import-unreadable': 'De configuratie hier kon niet worden gelezen ({detail}).',
	'import-refused': 'De database van de browser weigerde het schrijven ({detail}).',
	'import-clashes':
		'De configuratie hier is na de voorvertoning gewijzigd (in een ander tabblad of venster?), en het bestand botst er nu mee:',
	'sign-in-unexpected':
		'Het inloggen is onverwacht mislukt: {detail}. Sluit dit venster en klik opnieuw op Token vernieuwen.',
	unexpected: '{detail}',

	// Waarom een account nu ergens niet voor kan worden gebruikt.
	'account-removed': 'Dit account is zojuist verwijderd.',
	'connection-removed': 'De verbinding van het account bestaat niet meer.',
	'restricted-scope':
		'Dit {provider}-account logt alleen in voor de mail-API van {provider}: IMAP en SMTP hebben een scope nodig die {provider} beperkt (https://mail.google.com/), en daar vraagt de app alleen om als het transport van het account “Insluitend portaal (IMAP en SMTP)” is. Kies dat transport voor het account en log opnieuw in.',
	'not-offered':
		'IMAP en SMTP met OAuth worden voor de {provider}-cloud van dit account niet aangeboden, alleen Microsoft Graph. Gebruik de globale cloud voor IMAP en SMTP.',
	'scopes-missing':
		'Dit account is ingelogd zonder toegang tot IMAP en SMTP ({missing}). Log opnieuw in: bij het inloggen wordt er nu om gevraagd.',

	// De `error` van een portaal, naast de codes hierboven; en een code die deze versie niet kent.
	'not-allowed': 'Dit portaal mag geen tokens krijgen voor {account}.',
	'unknown-problem': 'Er is iets misgegaan ({code}). Log opnieuw in.'
} satisfies Catalog<AreaKeys['problems']>;
