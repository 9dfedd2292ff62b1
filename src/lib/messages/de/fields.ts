import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Was man über ein Problem mit einem Formular, einer Konfigurationsdatei oder einem gespeicherten
 * Eintrag liest, nach Code. Ein Formular zeigt den Satz unter seinem Feld; ein Import listet ihn
 * hinter seinem Pfad (`connections[3].tokenEndpoint: keine https-URL…`).
 */
export default {
	'field-missing': 'Fügen Sie „{field}“ hinzu',
	invalid: 'kein gültiger Wert',

	'name-required': 'Geben Sie einen Namen ein',
	'name-too-long': 'Kürzen Sie den Namen auf höchstens {max} Zeichen',
	'name-control': 'Entfernen Sie Zeilenumbrüche und Steuerzeichen aus dem Namen',
	'client-id-required': 'Geben Sie die Client-ID ein',
	'client-id-too-long':
		'Die Client-ID ist länger als {max} Zeichen: Prüfen Sie, ob Sie den richtigen Wert eingefügt haben',
	'client-id-spaces': 'Entfernen Sie Leerzeichen und Zeilenumbrüche aus der Client-ID',

	'url-empty': 'Geben Sie eine URL ein',
	'url-not-a-url': 'keine URL: Geben Sie eine vollständige Adresse ein, etwa https://login.example.com/token',
	'url-scheme': 'keine https-URL: Geben Sie eine Adresse ein, die mit https:// beginnt',
	'url-insecure':
		'keine https-URL: Unverschlüsseltes http:// ist nur für Loopback-Adressen wie 127.0.0.1 oder localhost zulässig',
	'url-credentials': 'Entfernen Sie Benutzername und Kennwort aus der URL',
	'url-fragment': 'Entfernen Sie den Teil nach # aus der URL',

	'connection-not-object': 'Objekt mit den Feldern der Verbindung erwartet',
	'id-type': 'Die ID muss Text sein',
	'id-pattern': 'Die ID darf nur Buchstaben, Ziffern und . _ : - enthalten (höchstens 128 Zeichen)',
	'provider-unknown': 'Wählen Sie einen dieser Anbieter: {options}',
	'client-secret-type': 'Der Clientschlüssel muss Text sein',
	'client-secret-too-long': 'Der Clientschlüssel ist länger als {max} Zeichen: Prüfen Sie, was Sie eingefügt haben',
	'project-id-type': 'Die Projekt-ID muss Text sein',
	'project-id-too-long': 'Kürzen Sie die Projekt-ID auf höchstens {max} Zeichen',
	'cloud-unknown': 'Wählen Sie eine dieser Clouds: {options}',
	'scopes-type': 'Geben Sie die Bereiche durch Leerzeichen getrennt ein',
	'scope-type': 'Jeder Bereich muss Text sein',
	'scopes-too-many': 'Geben Sie höchstens {max} Bereiche an',
	'scope-characters':
		'Ein Bereich darf keine Anführungszeichen, keine umgekehrten Schrägstriche und keine Zeichen außerhalb von ASCII enthalten',
	'issuer-required': 'Geben Sie die Aussteller-URL Ihres OpenID-Anbieters ein',
	'authorization-endpoint-required': 'Geben Sie den Autorisierungsendpunkt ein',
	'token-endpoint-required': 'Geben Sie den Tokenendpunkt ein',
	'field-only-custom':
		'Nur eine benutzerdefinierte OpenID-Connect- oder OAuth2-Verbindung hat dieses Feld; es gilt der eigene Wert des Anbieters {provider}',
	'field-only-oauth2':
		'Nur eine benutzerdefinierte OAuth2-Verbindung hat dieses Feld; es gilt der eigene Wert des Anbieters {provider}',
	'field-only-microsoft':
		'Nur eine Microsoft-Verbindung hat dieses Feld; es gilt der eigene Wert des Anbieters {provider}',
	'secret-refused-microsoft':
		'Microsoft lehnt einen Clientschlüssel aus einer Browser-App ab: Registrieren Sie die Weiterleitungs-URI als „Single-Page-Anwendung“ (ein öffentlicher Client, ohne Schlüssel) und lassen Sie den Clientschlüssel leer',
	'secret-refused-fastmail':
		'Die Clients von Fastmail verwenden PKCE ohne Schlüssel: Lassen Sie den Clientschlüssel leer',
	'tenant-invalid':
		'Geben Sie common, organizations, consumers, die GUID Ihres Mandanten oder die Domain Ihres Mandanten ein (etwa contoso.onmicrosoft.com)',
	'project-id-spaces': 'Entfernen Sie Leerzeichen und Zeilenumbrüche aus der Projekt-ID',
	'tenant-id-spaces': 'Entfernen Sie Leerzeichen und Zeilenumbrüche aus der Mandanten-ID',
	'api-project-id-spaces': 'Entfernen Sie Leerzeichen und Zeilenumbrüche aus der API-Projekt-ID',
	'openid-scope-missing': 'Fügen Sie openid hinzu: Eine OpenID-Connect-Anmeldung benötigt diesen Bereich',

	'account-not-object': 'Objekt mit den Feldern des Kontos erwartet',
	'email-required': 'Geben Sie die E-Mail-Adresse ein',
	'email-too-long': 'Die E-Mail-Adresse ist zu lang',
	'email-invalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein',
	'connection-required': 'Wählen Sie eine OAuth2-Verbindung',
	'transport-unknown': 'Wählen Sie einen dieser Transporte: {options}',
	// Geschweifte Klammern des Formats, keine Platzhalter: als Funktionen geschrieben, damit nichts sie füllt.
	'servers-not-object': () => 'Server erwartet: {imap, smtp, jmap}',
	'server-not-object': () => 'Server erwartet: {host, port, security, username}',
	'jmap-server-not-object': () => 'JMAP-Server erwartet: {sessionUrl}',
	'host-required': 'Geben Sie den Hostnamen des Servers ein',
	'host-invalid': 'Geben Sie einen Hostnamen wie imap.example.com ein, ohne https:// und ohne Port',
	'port-required': 'Geben Sie einen Port ein',
	'port-type': 'Geben Sie eine Portnummer ein',
	'port-whole': 'Geben Sie eine ganzzahlige Portnummer ein',
	'port-range': 'Geben Sie einen Port zwischen 1 und 65535 ein',
	'security-unknown': 'Wählen Sie ssl, starttls oder none',
	'username-type': 'Geben Sie den Benutzernamen ein',
	'username-too-long': 'Der Benutzername ist zu lang',

	'grant-not-object': 'Grant-Objekt erwartet',

	'file-too-large': 'Die Datei ist {size} KB groß, eine Konfiguration höchstens {max} KB: Ist das die richtige Datei?',
	'file-not-json': (p) =>
		`kein JSON (${p.detail ?? 'nicht lesbar'}): Wählen Sie eine von OAuth2 Client exportierte Datei`,
	'file-too-deep': 'tiefer verschachtelt als jeder Export (mehr als {max} Ebenen): kein Export von OAuth2 Client',
	'file-not-object': 'Objekt mit "format", "connections" und "accounts" erwartet: kein Export von OAuth2 Client',
	'format-newer':
		'„{format}“ stammt aus einer neueren Version von OAuth2 Client: Aktualisieren Sie diese App und importieren Sie dann erneut',
	'format-wrong': '„{expected}“ erwartet, nicht „{format}“: kein Export von OAuth2 Client',
	'format-missing': '„{expected}“ erwartet: kein Export von OAuth2 Client',
	'file-unknown-field': 'unbekanntes Feld: Entfernen Sie es',
	'exported-at-invalid': 'Exportzeitpunkt als Datum nach ISO 8601 erwartet',
	'connections-not-list': 'Liste von Verbindungen erwartet',
	'accounts-not-list': 'Liste von Konten erwartet',
	'connections-too-many': 'mehr als {max} Verbindungen: Teilen Sie die Datei auf',
	'accounts-too-many': 'mehr als {max} Konten: Teilen Sie die Datei auf',
	'unknown-field': 'unbekanntes Feld',
	'unknown-field-token': 'unbekanntes Feld (Tokens werden nie importiert)',
	'unknown-field-secret': 'unbekanntes Feld (Kennwörter und Geheimnisse werden nie importiert)',
	'unknown-field-connection-secret': 'unbekanntes Feld (eine Verbindung enthält ihr Geheimnis nur als clientSecret)',
	'connection-id-missing': 'Jede Verbindung in einer Datei benötigt ihre ID',
	'account-id-missing': 'Jedes Konto in einer Datei benötigt seine ID',
	'id-used-twice': 'Die ID „{id}“ wird in dieser Datei doppelt verwendet (auch {also})',
	'name-used-twice': 'Der Name „{name}“ wird in dieser Datei doppelt verwendet (auch {also})',
	'email-used-twice': '{email} wird in dieser Datei doppelt verwendet (auch {also})',

	'connection-name-taken': 'Eine andere Verbindung heißt bereits „{name}“: Wählen Sie einen anderen Namen',
	'connection-gone': 'Wählen Sie eine OAuth2-Verbindung: Die gewählte existiert nicht mehr',
	'email-taken-by': 'Ein anderes Konto („{account}“) verwendet bereits {email}',
	'email-taken': 'Ein anderes Konto verwendet bereits {email}',
	'name-clash': '„{name}“ ist hier bereits der Name einer anderen Verbindung: Benennen Sie eine der beiden um',
	'email-clash': '{email} wird hier bereits von einem anderen Konto verwendet („{account}“)',
	'connection-missing': 'Eine Verbindung mit der ID „{id}“ gibt es weder in der Datei noch hier',

	// Was die Importvorschau neben Feldproblemen meldet (`StorageCode`).
	'client-secret-not-kept':
		'„{name}“ verweist auf einen anderen Endpunkt oder Client: Der gespeicherte Clientschlüssel wird nicht übernommen. Wenn dieser Client einen benötigt, tragen Sie ihn nach dem Import in der Verbindung ein.'
} satisfies Catalog<AreaKeys['fields']>;
