import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Die Sätze des Anbieterkatalogs: Hinweise zum Registrieren der App (`{provider}`: der Name des
 * Anbieters) und wofür das Projektfeld dient.
 */
export default {
	'project-google':
		'Das Google Cloud-Projekt, das den OAuth-Client enthält. Nur zu Ihrer Information; für die Anmeldung nicht erforderlich.',
	'project-microsoft':
		'common (Geschäfts-, Schul- und persönliche Konten), organizations (nur Geschäfts- und Schulkonten), consumers (nur persönliche Konten) oder die GUID oder Domain Ihres Mandanten. Verwenden Sie Ihren eigenen Mandanten, wenn er für Apps eine Administratoreinwilligung verlangt.',
	'project-reference-only': 'Nur zu Ihrer Information; für die Anmeldung nicht erforderlich.',

	'google-web-client':
		'Erstellen Sie einen OAuth-Client vom Typ „Webanwendung“ und fügen Sie die unten stehende Weiterleitungs-URI als autorisierte Weiterleitungs-URI hinzu.',
	'google-secret-visible':
		'Google verlangt den Clientschlüssel eines Clients vom Typ „Webanwendung“ auch bei PKCE. In einer Browser-App ist dieser Schlüssel für alle sichtbar, die die App verwenden: Er identifiziert die App, schützt sie aber nicht.',
	'google-testing-expiry':
		'Solange der Veröffentlichungsstatus des Projekts „Testen“ und seine Zielgruppe „Extern“ ist, laufen Aktualisierungstokens nach 7 Tagen ab: Die Benutzer müssen sich dann jede Woche erneut anmelden. Veröffentlichen Sie die App, um das zu vermeiden.',
	'google-restricted-scope':
		'Der Transport „Gmail API“ fordert nur gmail.labels und gmail.send an, die nicht eingeschränkt sind. IMAP und SMTP (der Transport „Einbettendes Portal“) benötigen https://mail.google.com/, einen eingeschränkten Bereich: Außerhalb Ihrer eigenen Google Workspace-Organisation können Benutzer ihn erst nach der Sicherheitsbewertung der App durch Google verwenden.',

	'microsoft-spa-platform':
		'Registrieren Sie die App in Microsoft Entra ID und fügen Sie die unten stehende Weiterleitungs-URI unter der Plattform „Single-Page-Anwendung“ (nicht „Web“) hinzu, sonst schlägt die Anmeldung mit AADSTS9002326 fehl.',
	'microsoft-no-secret':
		'Eine Single-Page-Anwendung ist ein öffentlicher Client: Sie hat keinen Clientschlüssel, und Microsoft lehnt einen aus dem Browser gesendeten Schlüssel ab. Lassen Sie den Clientschlüssel leer.',
	'microsoft-daily-sign-in':
		'Microsoft beendet die Anmeldung einer Single-Page-Anwendung nach 24 Stunden, ganz gleich, wie oft ihre Tokens erneuert werden: Die Benutzer melden sich einmal täglich erneut an. Die App warnt vorher und erneuert die Anmeldung mit einem Klick, ohne Kennwort, solange die Microsoft-Sitzung besteht.',
	'microsoft-permissions':
		'Fügen Sie die delegierten Berechtigungen Mail.ReadBasic, Mail.Send und User.Read (Microsoft Graph) hinzu sowie für Portale, die IMAP und SMTP verwenden, IMAP.AccessAsUser.All und SMTP.Send (Office 365 Exchange Online). Jede Anmeldung fordert beide an.',
	'microsoft-admin-consent':
		'Wenn Ihre Organisation für Apps eine Administratoreinwilligung verlangt, bitten Sie Ihre Administration um die Einwilligung, oder registrieren Sie die App in Ihrem eigenen Mandanten und tragen Sie dessen Mandanten-ID ein.',

	'imap-only':
		'{provider} bietet nur IMAP und SMTP an, keine E-Mail-API, die ein Browser aufrufen kann: Die Tokens dienen dem Portal, in das diese App eingebettet ist.',
	'cors-unknown':
		'{provider} gibt nicht an, ob der Tokenendpunkt Anfragen aus einem Browser akzeptiert (CORS). Falls nicht, bricht die Anmeldung ab, nachdem Sie den Zugriff erlaubt haben, mit einer entsprechenden Meldung.',
	'mail-w-approval': 'Der E-Mail-Zugriff (der Bereich mail-w) setzt voraus, dass {provider} die App zuvor genehmigt.',

	'fastmail-by-arrangement':
		'Fastmail registriert OAuth-Clients nach Absprache: Bitten Sie Fastmail um eine Client-ID und teilen Sie Fastmail die unten stehende Weiterleitungs-URI mit.',
	'fastmail-no-secret': 'Fastmail verwendet PKCE und keinen Clientschlüssel: Lassen Sie den Clientschlüssel leer.',
	'fastmail-both-protocols':
		'Jede Anmeldung fordert JMAP sowie IMAP und SMTP an, damit Portale dasselbe Konto verwenden können.',

	'oidc-public-client':
		'Registrieren Sie einen öffentlichen Client (ohne Schlüssel), der PKCE verwendet, den Grant-Typ refresh_token erlaubt und die unten stehende Weiterleitungs-URI hat.',
	'oidc-cors':
		'Der Anbieter muss an seinem Tokenendpunkt ursprungsübergreifende Anfragen (CORS) von dieser Website akzeptieren.',
	'oidc-discovery':
		'So funktionieren Keycloak, Authentik, Stalwart und Thundermail: Geben Sie die Aussteller-URL ein, der Rest wird automatisch ermittelt.',

	'oauth2-endpoints':
		'Tragen Sie die Endpunkte aus der Dokumentation des Anbieters ein. Der Tokenendpunkt muss ursprungsübergreifende Anfragen (CORS) von dieser Website akzeptieren: Manche (etwa der von GitHub) tun das nicht und lassen sich aus einem Browser nicht verwenden.',
	'oauth2-redirect':
		'Registrieren Sie die unten stehende Weiterleitungs-URI und erlauben Sie PKCE (S256), sofern der Anbieter es unterstützt.',
	'oauth2-scopes': 'Die Bereiche dürfen leer bleiben: Der Anbieter erteilt dann seine Standardbereiche.',
	'oauth2-issuer':
		'Wenn der Anbieter in seinen Antworten seinen Aussteller nennt (ein Parameter iss, RFC 9207), tragen Sie diesen als Aussteller-URL ein: Antworten werden dann damit abgeglichen.',

	// Die Clouds von Microsoft, wie das Cloud-Feld sie auflistet (`{login}`: der Anmeldehost der Cloud).
	global: 'Global ({login})',
	usgov: 'US Government L4 ({login})',
	'usgov-dod': 'US Government L5, DoD ({login})',
	china: 'China, betrieben von 21Vianet ({login})'
} satisfies Catalog<AreaKeys['providers']>;
