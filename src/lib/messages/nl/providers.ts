import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * De zinnen van de providercatalogus: advies voor het registreren van de app (`{provider}`: de naam
 * van de provider) en waar het projectveld voor dient. Namen van knoppen en platforms zoals de
 * Nederlandse consoles van Google en Microsoft ze tonen.
 */
export default {
	'project-google':
		'Het Google Cloud-project waarin de OAuth-client staat. Alleen ter referentie: voor het inloggen is het niet nodig.',
	'project-microsoft':
		'common (werk-, school- en persoonlijke accounts), organizations (alleen werk en school), consumers (alleen persoonlijk), of de GUID of het domein van je tenant. Gebruik je eigen tenant als die voor apps goedkeuring door een beheerder vereist.',
	'project-reference-only': 'Alleen ter referentie: voor het inloggen is het niet nodig.',

	'google-web-client':
		'Maak een OAuth-client van het type “Webapplicatie” en voeg de omleidings-URI hieronder toe als geautoriseerde omleidings-URI.',
	'google-secret-visible':
		'Google vereist het clientgeheim van een client van het type Webapplicatie, ook met PKCE. In een browser-app is dat geheim zichtbaar voor iedereen die de app gebruikt: het identificeert de app, maar beschermt haar niet.',
	'google-testing-expiry':
		'Zolang de publicatiestatus van het project “Testen” is en de doelgroep “Extern”, verlopen vernieuwingstokens na 7 dagen: mensen moeten dan elke week opnieuw inloggen. Publiceer de app om dat te voorkomen.',
	'google-restricted-scope':
		'Het transport Gmail API vraagt alleen om gmail.labels en gmail.send, en die zijn niet beperkt. IMAP en SMTP (het transport Insluitend portaal) hebben https://mail.google.com/ nodig, een beperkte scope: buiten je eigen Google Workspace-organisatie kunnen mensen die pas gebruiken nadat Google de beveiliging van de app heeft beoordeeld.',

	'microsoft-spa-platform':
		'Registreer de app in Microsoft Entra ID en voeg de omleidings-URI hieronder toe onder het platform “Toepassing met één pagina” (Single-page application), niet onder “Web”; anders mislukt het inloggen met AADSTS9002326.',
	'microsoft-no-secret':
		'Een toepassing met één pagina is een openbare client: die heeft geen clientgeheim, en Microsoft weigert een geheim dat vanuit een browser wordt gestuurd. Laat het Clientgeheim leeg.',
	'microsoft-daily-sign-in':
		'Microsoft beëindigt het inloggen van een toepassing met één pagina na 24 uur, hoe vaak de tokens ook worden vernieuwd: mensen loggen dus één keer per dag opnieuw in. De app waarschuwt van tevoren en vernieuwt met één klik, zonder wachtwoord zolang de Microsoft-sessie loopt.',
	'microsoft-permissions':
		'Voeg de gedelegeerde machtigingen Mail.ReadBasic, Mail.Send en User.Read (Microsoft Graph) toe, en voor portalen die IMAP en SMTP gebruiken ook IMAP.AccessAsUser.All en SMTP.Send (Office 365 Exchange Online). Bij elke keer inloggen wordt om beide gevraagd.',
	'microsoft-admin-consent':
		'Vereist je organisatie voor apps goedkeuring door een beheerder, vraag dan een beheerder om toestemming te verlenen, of registreer de app in je eigen tenant en vul de Tenant-ID daarvan in.',

	'imap-only':
		'{provider} biedt alleen IMAP en SMTP, geen mail-API die een browser kan aanroepen: de tokens zijn voor het portaal waarin deze app is ingesloten.',
	'cors-unknown':
		'{provider} vermeldt niet of het token-endpoint verzoeken van een browser accepteert (CORS). Zo niet, dan stopt het inloggen nadat je toegang hebt verleend, met een melding die dat zegt.',
	'mail-w-approval': 'Voor toegang tot mail (de scope mail-w) moet {provider} de app eerst goedkeuren.',

	'fastmail-by-arrangement':
		'Fastmail registreert OAuth-clients op afspraak: vraag Fastmail om een client-ID en geef ze de omleidings-URI hieronder.',
	'fastmail-no-secret': 'Fastmail gebruikt PKCE en geen clientgeheim: laat het Clientgeheim leeg.',
	'fastmail-both-protocols':
		'Bij elke keer inloggen wordt om JMAP én om IMAP en SMTP gevraagd, zodat portalen hetzelfde account kunnen gebruiken.',

	'oidc-public-client':
		'Registreer een openbare client (zonder geheim) die PKCE gebruikt, de grant refresh_token toestaat en de omleidings-URI hieronder heeft.',
	'oidc-cors': 'De provider moet op zijn token-endpoint cross-origin-verzoeken (CORS) van deze site accepteren.',
	'oidc-discovery':
		'Keycloak, Authentik, Stalwart en Thundermail werken zo: vul de Issuer-URL in en de rest wordt vanzelf gevonden.',

	'oauth2-endpoints':
		'Vul de endpoints in uit de documentatie van de provider. Het token-endpoint moet cross-origin-verzoeken (CORS) van deze site accepteren: sommige (dat van GitHub bijvoorbeeld) doen dat niet en zijn vanuit een browser niet te gebruiken.',
	'oauth2-redirect': 'Registreer de omleidings-URI hieronder en sta PKCE (S256) toe als de provider dat ondersteunt.',
	'oauth2-scopes': 'Scopes mag leeg blijven: de provider verleent dan zijn standaardscopes.',
	'oauth2-issuer':
		'Noemt de provider zijn issuer in zijn antwoorden (een parameter iss, RFC 9207), vul die dan in als Issuer-URL: antwoorden worden daar dan mee vergeleken.',

	// De clouds van Microsoft, zoals het cloudveld ze toont (`{login}`: de inloghost van de cloud).
	global: 'Globaal ({login})',
	usgov: 'US Government L4 ({login})',
	'usgov-dod': 'US Government L5, DoD ({login})',
	china: 'China, beheerd door 21Vianet ({login})'
} satisfies Catalog<AreaKeys['providers']>;
