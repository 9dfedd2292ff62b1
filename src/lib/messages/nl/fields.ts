import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Wat mensen lezen over een probleem met een formulier, een configuratiebestand of een opgeslagen rij,
 * per code (`FieldCode`, `$lib/config/codes.ts`). Een formulier toont de zin onder het veld; een import
 * zet hem achter het pad (`connections[3].tokenEndpoint: geen https-URL…`): vandaar de kleine letter.
 */
export default {
	'field-missing': 'voeg “{field}” toe',
	invalid: 'geen geldige waarde',

	'name-required': 'vul een naam in',
	'name-too-long': 'kort de naam in tot hoogstens {max} tekens',
	'name-control': 'haal regeleinden en stuurtekens uit de naam',
	'client-id-required': 'vul de Client-ID in',
	'client-id-too-long': 'de Client-ID is langer dan {max} tekens: controleer of je de juiste waarde hebt geplakt',
	'client-id-spaces': 'haal spaties en regeleinden uit de Client-ID',

	'url-empty': 'vul een URL in',
	'url-not-a-url': 'geen URL: vul een volledig adres in, zoals https://login.example.com/token',
	'url-scheme': 'geen https-URL: vul een adres in dat met https:// begint',
	'url-insecure': 'geen https-URL: gewoon http:// mag alleen voor loopback-adressen zoals 127.0.0.1 of localhost',
	'url-credentials': 'haal de gebruikersnaam en het wachtwoord uit de URL',
	'url-fragment': 'haal het deel na # uit de URL',

	'connection-not-object': 'hier hoort een object met de velden van de verbinding',
	'id-type': 'de id moet tekst zijn',
	'id-pattern': 'de id mag alleen letters, cijfers en . _ : - bevatten (hoogstens 128)',
	'provider-unknown': 'kies een provider: een van {options}',
	'client-secret-type': 'het Clientgeheim moet tekst zijn',
	'client-secret-too-long': 'het Clientgeheim is langer dan {max} tekens: controleer wat je hebt geplakt',
	'project-id-type': 'de project-id moet tekst zijn',
	'project-id-too-long': 'kort de waarde in tot hoogstens {max} tekens',
	'cloud-unknown': 'kies een cloud: een van {options}',
	'scopes-type': 'vul de scopes in, gescheiden door spaties',
	'scope-type': 'elke scope moet tekst zijn',
	'scopes-too-many': 'gebruik hoogstens {max} scopes',
	'scope-characters': 'een scope mag geen aanhalingstekens, backslashes of tekens buiten ASCII bevatten',
	'issuer-required': 'vul de Issuer-URL van je OpenID-provider in',
	'authorization-endpoint-required': 'vul het Autorisatie-endpoint in',
	'token-endpoint-required': 'vul het Token-endpoint in',
	'field-only-custom':
		'alleen een aangepaste OpenID Connect- of OAuth2-verbinding heeft dit veld; de eigen waarde van {provider} wordt gebruikt',
	'field-only-oauth2':
		'alleen een aangepaste OAuth2-verbinding heeft dit veld; de eigen waarde van {provider} wordt gebruikt',
	'field-only-microsoft':
		'alleen een Microsoft-verbinding heeft dit veld; de eigen waarde van {provider} wordt gebruikt',
	'secret-refused-microsoft':
		'Microsoft weigert een clientgeheim van een browser-app: registreer de omleidings-URI onder “Toepassing met één pagina” (Single-page application: een openbare client, zonder geheim) en laat het Clientgeheim leeg',
	'secret-refused-fastmail': 'de clients van Fastmail gebruiken PKCE zonder geheim: laat het Clientgeheim leeg',
	'tenant-invalid':
		'vul common, organizations, consumers, de GUID van je tenant of het domein van je tenant in (zoals contoso.onmicrosoft.com)',
	'project-id-spaces': 'haal spaties en regeleinden uit de Project-ID',
	'tenant-id-spaces': 'haal spaties en regeleinden uit de Tenant-ID',
	'api-project-id-spaces': 'haal spaties en regeleinden uit de API-project-ID',
	'openid-scope-missing': 'voeg openid toe: inloggen met OpenID Connect heeft die scope nodig',

	'account-not-object': 'hier hoort een object met de velden van het account',
	'email-required': 'vul het e-mailadres in',
	'email-too-long': 'het e-mailadres is te lang',
	'email-invalid': 'vul een e-mailadres in, zoals iemand@example.com',
	'connection-required': 'kies een OAuth2-verbinding',
	'transport-unknown': 'kies een transport: een van {options}',
	// Accolades die bij het formaat horen, geen placeholders: als functies geschreven, zodat niets ze invult.
	'servers-not-object': () => 'hier horen de servers: {imap, smtp, jmap}',
	'server-not-object': () => 'hier hoort een server: {host, port, security, username}',
	'jmap-server-not-object': () => 'hier hoort een JMAP-server: {sessionUrl}',
	'host-required': 'vul de hostnaam van de server in',
	'host-invalid': 'vul een hostnaam in zoals imap.example.com, zonder https:// en zonder poort',
	'port-required': 'vul een poort in',
	'port-type': 'vul een poortnummer in',
	'port-whole': 'vul een geheel poortnummer in',
	'port-range': 'vul een poort tussen 1 en 65535 in',
	'security-unknown': 'kies ssl, starttls of none',
	'username-type': 'vul de gebruikersnaam in',
	'username-too-long': 'de gebruikersnaam is te lang',

	'grant-not-object': 'hier hoort een grant',

	'file-too-large': 'het bestand is {size} KB; een configuratie is hoogstens {max} KB: is dit het juiste bestand?',
	'file-not-json': (p) =>
		`geen JSON (${p.detail ?? 'onleesbaar'}): kies een bestand dat met OAuth2 Client is geëxporteerd`,
	'file-too-deep': 'dieper genest dan een export ooit is (meer dan {max} niveaus): geen export van OAuth2 Client',
	'file-not-object': 'hier hoort een object met "format", "connections" en "accounts": geen export van OAuth2 Client',
	'format-newer':
		'“{format}” komt van een nieuwere versie van OAuth2 Client: werk deze app bij en importeer dan opnieuw',
	'format-wrong': 'hier hoort “{expected}”, niet “{format}”: geen export van OAuth2 Client',
	'format-missing': 'hier hoort “{expected}”: geen export van OAuth2 Client',
	'file-unknown-field': 'onbekend veld: verwijder het',
	'exported-at-invalid': 'hier hoort het tijdstip van de export als ISO 8601-datum',
	'connections-not-list': 'hier hoort een lijst met verbindingen',
	'accounts-not-list': 'hier hoort een lijst met accounts',
	'connections-too-many': 'meer dan {max} verbindingen: splits het bestand',
	'accounts-too-many': 'meer dan {max} accounts: splits het bestand',
	'unknown-field': 'onbekend veld',
	'unknown-field-token': 'onbekend veld (tokens worden nooit geïmporteerd)',
	'unknown-field-secret': 'onbekend veld (wachtwoorden en geheimen worden nooit geïmporteerd)',
	'unknown-field-connection-secret': 'onbekend veld (een verbinding bevat haar geheim alleen als clientSecret)',
	'connection-id-missing': 'elke verbinding in een bestand moet een id hebben',
	'account-id-missing': 'elk account in een bestand moet een id hebben',
	'id-used-twice': 'de id “{id}” komt twee keer voor in dit bestand (ook {also})',
	'name-used-twice': 'de naam “{name}” komt twee keer voor in dit bestand (ook {also})',
	'email-used-twice': '{email} komt twee keer voor in dit bestand (ook {also})',

	'connection-name-taken': 'een andere verbinding heet al “{name}”: kies een andere naam',
	'connection-gone': 'kies een OAuth2-verbinding: de gekozen verbinding bestaat niet meer',
	'email-taken-by': 'een ander account (“{account}”) gebruikt {email} al',
	'email-taken': 'een ander account gebruikt {email} al',
	'name-clash': '“{name}” is hier al de naam van een andere verbinding: geef een van beide een andere naam',
	'email-clash': '{email} wordt hier al gebruikt door een ander account (“{account}”)',
	'connection-missing': 'een verbinding met de id “{id}” staat niet in het bestand en ook niet hier',

	// Wat de voorvertoning van een import meldt naast problemen met velden (`StorageCode`).
	'client-secret-not-kept':
		'“{name}” wijst naar een ander endpoint of een andere client: het opgeslagen clientgeheim wordt niet bewaard. Heeft die client er een nodig, vul het dan na de import in bij de verbinding.'
} satisfies Catalog<AreaKeys['fields']>;
