import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/*
 * Glossar (Deutsch, förmlich „Sie“; in allen Bereichen einheitlich verwenden):
 * - account → Konto; connection (OAuth2) → Verbindung; provider → Anbieter; settings → Einstellungen
 * - sign in / sign-in → anmelden / Anmeldung; sign out → abmelden; Sign in again → Melden Sie sich erneut an
 * - Schaltfläche „Refresh token“ → „Token aktualisieren“ (im Text: Klicken Sie auf „Token aktualisieren“)
 * - access token → Zugriffstoken; refresh token → Aktualisierungstoken; id token → ID-Token;
 *   das Token, Plural die Tokens; renew → erneuern; revoke → widerrufen
 * - Client Id → Client-ID; Client Secret → Clientschlüssel (so die Google Cloud Console; Microsoft:
 *   „geheimer Clientschlüssel“); Tenant Id → Mandanten-ID (tenant → Mandant); Project Id → Projekt-ID;
 *   API Project Id → API-Projekt-ID
 * - Issuer URL → Aussteller-URL (issuer → Aussteller); Authorization endpoint → Autorisierungsendpunkt;
 *   Token endpoint → Tokenendpunkt; Revocation endpoint → Widerrufsendpunkt; Scopes → Bereiche
 * - redirect URI → Weiterleitungs-URI (die); consent → Einwilligung; admin consent → Administratoreinwilligung;
 *   permission → Berechtigung; grant (type) → Grant-Typ; public client → öffentlicher Client
 * - Plattform „Single-page application“ (Entra ID) → „Single-Page-Anwendung“; Google-Client „Web application“
 *   → „Webanwendung“; Veröffentlichungsstatus „Testen“, Zielgruppe „Extern“
 * - Transport „Embedding portal (IMAP and SMTP)“ → „Einbettendes Portal (IMAP und SMTP)“; Tab „Mail servers“ →
 *   „Mailserver“; JMAP session URL → JMAP-Sitzungs-URL; mailbox → Postfach
 * - Statuswörter: Nicht angemeldet, Verbunden, Wird aktualisiert, Erneuter Versuch, Anmeldung erforderlich,
 *   Konfigurationsfehler, Offline; „Retrying…“ im Satz → „Wird erneut versucht …“
 * - password → Kennwort; cross-origin requests → ursprungsübergreifende Anfragen (CORS); site → Website
 * - Unverändert: Produkt- und Anbieternamen (Google, Microsoft, Entra ID, Fastmail, JMAP, IMAP, SMTP, Gmail API,
 *   Microsoft Graph, OAuth2 Client), URLs, Bereichsnamen, Parameter- und Feldnamen des Protokolls, RFC-Nummern,
 *   HTTP-Statuscodes.
 * - Typografie: „…“ als Anführungszeichen; Auslassungspunkte mit Leerzeichen davor („Wird geladen …“);
 *   nach einem Doppelpunkt groß, wenn ein ganzer Satz folgt.
 * - Schaltflächen im Infinitiv: Konto hinzufügen, Verbindung hinzufügen, Erneut anmelden (Schaltfläche
 *   „Sign in again“; als Satz weiterhin „Melden Sie sich erneut an.“), Anmeldung erneuern, Anmelden,
 *   Übernehmen (Apply), OK, Verbindung testen, Testnachricht senden, Exportieren, Importieren, Bearbeiten,
 *   Entfernen, Zulassen. Im Satz steht der Name einer Schaltfläche in „…“ (Klicken Sie auf „Token
 *   aktualisieren“); setzt die Seite ihn selbst fett ein ({button}), ohne Anführungszeichen.
 * - Tab „Properties“ → „Eigenschaften“; Feld „Email“ → „E-Mail-Adresse“; Name → Name; Cloud → Cloud;
 *   Transport → Transport; IMAP host/port/security → IMAP-Host, IMAP-Port, IMAP-Verbindungssicherheit
 * - portal → Portal (das); allow a portal → ein Portal zulassen; origin → Ursprung; embed → einbetten;
 *   secret (allgemein) → Geheimnis; preset → Vorlage; twin (Demo) → Zwilling; default(s) → Standard(-bereiche);
 *   issuer → Aussteller; revocation → Widerruf; export/import (Überschrift) → Export/Import
 */

/** Was jede Seite zeigt: die Kopfzeile, die Hinweise des Layouts, die gemeinsamen Wörter der Dialoge. */
export default {
	'nav-main': 'Hauptnavigation',
	'nav-accounts': 'Konten',
	'nav-connections': 'Verbindungen',
	'nav-settings': 'Einstellungen',
	'drop-to-import': 'Legen Sie die Konfigurationsdatei hier ab, um sie zu importieren',
	offline:
		'{strong} Verbindungen, Konten und Einstellungen können angezeigt und bearbeitet werden. Für die Anmeldung und das Testen von E-Mails ist das Netzwerk erforderlich; Tokens werden automatisch erneuert, sobald es wieder verfügbar ist.',
	'offline-strong': 'Offline.',
	reloading: 'Diese App wurde in einem anderen Tab aktualisiert oder zurückgesetzt. Wird neu geladen …',
	'database-newer':
		'In einem anderen Tab läuft eine neuere Version dieser App, die ihre Daten bereits umgestellt hat. Laden Sie diesen Tab neu, um die neue Version zu verwenden.',
	'database-missing':
		'Dieser Browser stellt hier keine IndexedDB bereit (in manchen Browsern ist das in einem privaten Fenster so): Die App kann nichts speichern.',
	'database-failed':
		'Der Speicher der App konnte nicht geöffnet werden: {detail}. Schließen Sie andere Tabs der App und laden Sie die Seite neu.',
	reload: 'Neu laden',
	loading: 'Wird geladen …',
	'refresh-token': 'Token aktualisieren'
} satisfies Catalog<AreaKeys['common']>;
