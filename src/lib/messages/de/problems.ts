import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/**
 * Jedes Problem, das die Domäne und die Anwendungsschicht melden, nach Code: Anmeldung, Erneuerung,
 * Ermittlung und Widerruf (`AuthCode`), die der Anwendungsschicht (`AppCode`, `SessionCode`), die
 * eines Portals. Ein Satz, der von den Daten abhängt, ist eine Funktion davon (`p`), ganz geschrieben.
 */
export default {
	// Eine Tokenanfrage (ein eingelöster Code, ein erneuertes Token).
	offline: 'Der Browser ist offline. Das Token wird erneuert, sobald das Netzwerk wieder verfügbar ist.',
	timeout: 'Der Tokenendpunkt unter {host} hat nicht rechtzeitig geantwortet. Wird erneut versucht …',
	unreachable:
		'Der Tokenendpunkt unter {host} ist nicht erreichbar: Möglicherweise ist das Netzwerk gestört, oder der Server lehnt Anfragen von dieser Website ab (CORS). Wird erneut versucht …',
	'code-timeout':
		'Der Tokenendpunkt unter {host} hat nicht rechtzeitig geantwortet, daher konnte die Anmeldung nicht abgeschlossen werden. Es wurde nichts gespeichert. Klicken Sie auf „Token aktualisieren“, um es erneut zu versuchen.',
	'code-unreachable':
		'Der Tokenendpunkt unter {host} war nicht erreichbar, um die Anmeldung abzuschließen: Möglicherweise ist das Netzwerk gestört oder die Adresse falsch. Es wurde nichts gespeichert. Prüfen Sie die Verbindung und das Netzwerk und klicken Sie dann erneut auf „Token aktualisieren“.',
	'browser-refused':
		'Dieser Anbieter akzeptiert die Anmeldung aus einer Browser-App nicht: Sein Tokenendpunkt unter {host} antwortet zwar, aber nicht Webseiten (er sendet keine CORS-Header), daher kann die App die Anmeldung nicht abschließen. Es wurde nichts gespeichert. Der Anbieter muss an seinem Tokenendpunkt Anfragen dieser Website zulassen; bis dahin können Konten dieses Anbieters hier nicht angemeldet werden.',
	'not-json': 'Der Tokenendpunkt unter {host} hat nicht mit JSON geantwortet: Prüfen Sie den Tokenendpunkt.',
	'no-access-token':
		'Der Tokenendpunkt unter {host} hat ohne verwendbares Zugriffstoken geantwortet: Prüfen Sie den Tokenendpunkt.',
	'rate-limited':
		'Der Anbieter bittet darum, weniger Anfragen zu senden (429). Es geht nichts verloren. Wird erneut versucht …',
	'server-error': (p) =>
		`Beim Anbieter liegt eine Störung vor (${p.status}${p.error ? ` ${p.error}` : ''}). Es geht nichts verloren. Wird erneut versucht …`,
	'spa-platform':
		'Microsoft lehnt es ab, den Code aus einem Browser einzulösen: Registrieren Sie die Weiterleitungs-URI in Entra ID unter der Plattform „Single-Page-Anwendung“.',
	expired:
		'Microsoft beendet die Anmeldung einer Browser-App 24 Stunden nach ihrem Beginn, ganz gleich, wie oft sie erneuert wurde. Melden Sie sich erneut an: Solange Ihre Microsoft-Sitzung besteht, ist dafür kein Kennwort nötig.',
	'secret-refused':
		'Microsoft lehnt einen Clientschlüssel aus einer Browser-App ab. Entfernen Sie den Clientschlüssel aus der Verbindung (die App ist eine „Single-Page-Anwendung“, ein öffentlicher Client).',
	'consent-missing': (p) =>
		`Für dieses Konto liegt bei Microsoft keine Einwilligung für diese Berechtigungen vor${aside(p.description)}: Bei der Anmeldung wurde nicht danach gefragt. Melden Sie sich erneut an („Token aktualisieren“): Jede Anmeldung fragt jetzt danach.`,
	'invalid-grant': (p) =>
		`Der Anbieter akzeptiert das Aktualisierungstoken dieses Kontos nicht mehr: Es wurde widerrufen, ist abgelaufen oder wurde bereits verwendet${aside(p.description)}. Melden Sie sich erneut an.`,
	'code-rejected': (p) =>
		`Der Anbieter hat den Anmeldecode abgelehnt${aside(p.description)}: Er ist abgelaufen, wurde bereits verwendet, oder die Weiterleitungs-URI stimmt nicht überein. Klicken Sie auf „Token aktualisieren“, um es erneut zu versuchen; schlägt es weiterhin fehl, prüfen Sie die beim Anbieter registrierte Weiterleitungs-URI.`,
	'invalid-client': (p) =>
		`Der Anbieter akzeptiert den Client dieser Verbindung nicht${aside(p.description)}: Prüfen Sie die Client-ID und, falls der Anbieter einen verlangt, den Clientschlüssel.`,
	'client-refused': (p) =>
		`Der Tokenendpunkt unter ${p.host} hat den Client abgelehnt (${p.status})${aside(p.description)}: Prüfen Sie Client-ID und Clientschlüssel.`,
	'unauthorized-client': (p) =>
		`Der Client darf diesen Grant-Typ nicht verwenden${aside(p.description)}: Erlauben Sie ihm beim Anbieter die Grant-Typen authorization_code und refresh_token.`,
	'unsupported-grant-type': (p) =>
		`Der Anbieter unterstützt diesen Grant-Typ nicht${aside(p.description)}: Erlauben Sie Aktualisierungstokens für den Client.`,
	'invalid-target': (p) =>
		`Der Anbieter stellt für diesen Server kein Token aus${aside(p.description)}: Melden Sie sich erneut an, damit bei der Anmeldung danach gefragt wird, oder prüfen Sie die Adresse des Servers.`,
	'invalid-scope': (p) =>
		`Der Anbieter lehnt die angeforderten Bereiche ab${aside(p.description)}: Prüfen Sie die Bereiche der Verbindung.`,
	'secret-missing': (p) =>
		`Der Anbieter verlangt den Clientschlüssel dieser Verbindung${aside(p.description)}: Tragen Sie den Clientschlüssel des Clients in der Verbindung ein (bei Google den Schlüssel des Clients vom Typ „Webanwendung“).`,
	'invalid-request': (p) =>
		`Der Anbieter hat die Tokenanfrage abgelehnt${aside(p.description)}: Prüfen Sie die Einstellungen der Verbindung und die beim Anbieter registrierte Weiterleitungs-URI.`,
	'endpoint-error': (p) =>
		`Der Tokenendpunkt unter ${p.host} hat mit ${p.status}${p.error ? ` ${p.error}` : ''} geantwortet${aside(p.description)}: Prüfen Sie den Tokenendpunkt der Verbindung.`,

	// Einen OpenID-Anbieter ermitteln.
	'discovery-invalid-issuer': 'Aussteller-URL: {reason}.',
	'discovery-offline':
		'Der Browser ist offline, daher konnte {url} nicht abgerufen werden. Stellen Sie eine Netzwerkverbindung her und versuchen Sie es erneut.',
	'discovery-timeout':
		'{url} hat nicht rechtzeitig geantwortet. Prüfen Sie die Aussteller-URL und ob der Anbieter erreichbar ist, und versuchen Sie es dann erneut.',
	'discovery-unreachable': (p) =>
		`${p.url} ist nicht erreichbar. Prüfen Sie die Aussteller-URL. Lässt sich diese Adresse in einem Browser-Tab öffnen, lehnt der Anbieter Anfragen von dieser Website ab: Erlauben Sie beim Anbieter den Ursprung dieser Website${aside(p.origin)} für ursprungsübergreifende Anfragen (CORS).`,
	'discovery-http-status': (p) =>
		`${p.url} hat mit ${p.status}${p.statusText ? ` ${p.statusText}` : ''} geantwortet. Prüfen Sie die Aussteller-URL: Sie ist die Adresse, die der Anbieter als seinen „issuer“ angibt, ohne /.well-known/….`,
	'discovery-not-json':
		'{url} hat kein JSON geliefert. Prüfen Sie die Aussteller-URL: Sie muss auf einen OpenID-Anbieter verweisen, nicht auf eine Webseite.',
	'discovery-not-an-object': 'Die Metadaten des Anbieters sind kein JSON-Objekt.',
	'discovery-no-issuer':
		'Die Metadaten des Anbieters nennen keinen Aussteller: Es handelt sich nicht um einen OpenID-Anbieter.',
	'discovery-issuer-mismatch':
		'Der Anbieter nennt sich „{named}“, nicht „{issuer}“. Geben Sie seinen Aussteller exakt ein: Die Antwort eines Ausstellers wird nie für einen anderen akzeptiert.',
	'discovery-missing-endpoint': 'Die Metadaten des Anbieters enthalten kein {field}.',
	'discovery-unusable-endpoint': 'Der Wert {field} des Anbieters ist nicht verwendbar: {reason}.',
	'discovery-insecure-endpoint': 'Der Wert {field} des Anbieters ist keine https-URL.',
	'discovery-no-s256':
		'Der Anbieter unterstützt PKCE mit S256 nicht, das eine Browser-App für eine sichere Anmeldung benötigt. Aktivieren Sie PKCE (S256) für diesen Client beim Anbieter.',

	// Eine Berechtigung am Leben halten.
	'not-signed-in': 'Dieses Konto ist noch nicht angemeldet: Klicken Sie auf „Token aktualisieren“.',
	'sign-in-again': 'Melden Sie sich erneut an.',
	'check-connection': 'Prüfen Sie die Verbindung.',
	retrying: 'Wird erneut versucht …',
	'connection-gone':
		'Die Verbindung dieses Kontos existiert nicht mehr: Wählen Sie eine andere und melden Sie sich erneut an.',
	'no-endpoints': 'Die Verbindung hat keine Endpunkte: Bearbeiten Sie sie und tragen Sie die Endpunkte ein.',
	'key-lost':
		'Der Schlüssel, der dieses Geheimnis geschützt hat, ist in diesem Browser nicht mehr vorhanden, daher kann das Geheimnis nicht gelesen werden. Melden Sie sich erneut an.',
	'tokens-damaged': 'Die gespeicherten Tokens sind beschädigt. Melden Sie sich erneut an.',
	'no-refresh-token':
		'Das Zugriffstoken ist abgelaufen, und der Anbieter hat kein Aktualisierungstoken ausgestellt, mit dem es erneuert werden könnte. Melden Sie sich erneut an.',
	'binding-changed':
		'Die Verbindung verweist jetzt auf einen anderen Anbieter oder Client als den, bei dem dieses Konto angemeldet wurde. Melden Sie sich erneut an.',
	'secret-lost':
		'Der Clientschlüssel der Verbindung kann in diesem Browser nicht mehr gelesen werden: Geben Sie ihn in der Verbindung erneut ein.',
	'lost-response':
		'Eine frühere Aktualisierung hat den Anbieter offenbar erreicht, seine Antwort ging jedoch auf dem Rückweg verloren. Das dabei ersetzte Aktualisierungstoken funktioniert daher nicht mehr. Melden Sie sich erneut an.',
	'no-expiry-no-refresh':
		'Der Anbieter hat das Zugriffstoken dieses Kontos ohne Ablaufzeit und ohne Aktualisierungstoken ausgestellt: Portale erhalten es nach der Anmeldung für {minutes} Minuten. Melden Sie sich erneut an.',

	// Eine Anmeldung.
	'account-gone': 'Das Konto oder seine Verbindung existiert nicht mehr.',
	'account-deleted': 'Das Konto wurde gelöscht, während Sie sich angemeldet haben. Es wurde nichts gespeichert.',
	'secret-lost-sign-in':
		'Der Clientschlüssel der Verbindung kann in diesem Browser nicht mehr gelesen werden: Geben Sie ihn in der Verbindung erneut ein und melden Sie sich dann an.',
	'wrong-redirect': (p) =>
		`Diese Antwort ist unter ${p.arrived} eingegangen, ihre Anmeldung${p.connection ? ` (Verbindung „${p.connection}“)` : ''} hat den Anbieter jedoch gebeten, unter ${p.expected} zu antworten. Sie wurde abgelehnt, und es wurde nichts gesendet oder gespeichert: Eine Antwort wird nur unter der Adresse angenommen, die ihre Anmeldung genannt hat. Wenn das wiederholt geschieht, prüfen Sie die Weiterleitungs-URI, die für die Verbindung beim Anbieter registriert ist.`,
	'issuer-not-configured': (p) =>
		`Der Anbieter nennt sich in seiner Antwort „${p.iss}“ (der Parameter iss, RFC 9207), und die Verbindung${p.connection ? ` „${p.connection}“` : ''} hat keine Aussteller-URL, mit der sich das vergleichen ließe, daher wurde nichts gespeichert. Wenn „${p.iss}“ Ihr Anbieter ist, tragen Sie dies als Aussteller-URL der Verbindung ein (Verbindungen → die Verbindung → Aussteller-URL) und klicken Sie dann erneut auf „Token aktualisieren“.`,
	'issuer-mismatch': (p) =>
		`Diese Antwort stammt von ${p.iss ? `„${p.iss}“` : 'einem nicht genannten Aussteller'}, nicht von ${p.issuer ? `„${p.issuer}“` : 'dem Anbieter, an den diese Anmeldung gesendet wurde'}. Sie wurde abgelehnt, und es wurde nichts gespeichert. Beginnen Sie erneut mit „Token aktualisieren“.`,
	'shared-redirect':
		'Mehrere Verbindungen hier verwenden noch dieselbe Weiterleitungs-URI {callback}, und dieser Anbieter nennt sich in seinen Antworten nicht, daher lässt sich diese Antwort nicht von der einer anderen Verbindung unterscheiden. Es wurde nichts gespeichert. Registrieren Sie beim Anbieter die eigene Weiterleitungs-URI der Verbindung (Verbindungen → die Verbindung zeigt sie an), markieren Sie sie als registriert und klicken Sie dann erneut auf „Token aktualisieren“.',
	denied:
		'Sie haben den Zugriff beim Anbieter nicht erlaubt, daher hat sich nichts geändert. Klicken Sie auf „Token aktualisieren“, um es erneut zu versuchen.',
	'provider-error': (p) =>
		`Der Anbieter hat die Anmeldung abgelehnt (${p.error}${p.description ? `: ${p.description}` : ''}). Prüfen Sie die Verbindung (Client-ID, Weiterleitungs-URI, Bereiche) und versuchen Sie es erneut.`,
	'unknown-state':
		'Auf diese Anmeldeantwort wartet dieser Browser nicht: Sie wurde bereits verwendet, ist zu alt oder wurde nicht hier gestartet (eine in einem Portal gestartete Anmeldung kann nur dort abgeschlossen werden, und dieses Fenster hat die Verbindung dorthin verloren). Es wurde nichts gespeichert. Beginnen Sie erneut mit „Token aktualisieren“.',
	'state-unreadable':
		'Diese Anmeldung kann in diesem Browser nicht mehr abgeschlossen werden. Beginnen Sie erneut mit „Token aktualisieren“.',
	'state-not-waiting':
		'Auf diese Anmeldeantwort wartet dieser Browser nicht. Es wurde nichts gespeichert. Beginnen Sie erneut mit „Token aktualisieren“.',
	'state-other-account': 'Diese Anmeldeantwort gehört nicht zu diesem Konto.',
	'completed-elsewhere': 'Diese Anmeldung wurde bereits in einem anderen Fenster abgeschlossen.',
	'no-id-token':
		'Der Anbieter hat eine OpenID-Connect-Anmeldung ohne ID-Token beantwortet. Es wurde nichts gespeichert.',
	'no-refresh-token-issued':
		'Der Anbieter hat kein Aktualisierungstoken ausgestellt, daher müssen Sie sich erneut anmelden, wenn das Zugriffstoken abläuft. Prüfen Sie, ob die Verbindung Offlinezugriff anfordert.',

	// Ein abgelehntes ID-Token (OpenID Connect Core §3.1.3.7).
	'id-token-unreadable':
		'Das ID-Token des Anbieters konnte nicht gelesen werden. Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-issuer': (p) =>
		`Das ID-Token des Anbieters nennt einen anderen Aussteller („${p.iss}“, erwartet „${p.issuer}“). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.`,
	'id-token-tenant': (p) =>
		`Das ID-Token des Anbieters nennt einen Aussteller oder Mandanten, den diese Verbindung nicht akzeptiert (Aussteller „${p.iss}“, Mandant ${p.tid ? `„${p.tid}“` : 'nicht genannt'}; die Verbindung meldet sich bei ${p.issuer} an). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.`,
	'id-token-no-sub':
		'Das ID-Token des Anbieters nennt niemanden (kein sub). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-audience':
		'Das ID-Token des Anbieters wurde für einen anderen Client ausgestellt. Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-no-azp':
		'Das ID-Token des Anbieters nennt mehrere Zielgruppen, aber keine autorisierte Partei. Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-azp':
		'Das ID-Token des Anbieters wurde für eine andere Partei ausgestellt (azp). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-nonce':
		'Das ID-Token des Anbieters gehört nicht zu dieser Anmeldung (nonce). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-no-exp':
		'Das ID-Token des Anbieters hat keine Ablaufzeit (exp). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-expired':
		'Das ID-Token des Anbieters ist abgelaufen. Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-no-iat':
		'Das ID-Token des Anbieters nennt keinen Ausstellungszeitpunkt (iat). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-future':
		'Das ID-Token des Anbieters wurde in der Zukunft ausgestellt (iat): Prüfen Sie die Uhr dieses Computers. Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',
	'id-token-old':
		'Das ID-Token des Anbieters wurde vor zu langer Zeit ausgestellt (iat). Es wurde nichts gespeichert. Wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.',

	// Widerruf.
	'revoke-offline': 'Der Browser ist offline, daher konnte der Anbieter nicht benachrichtigt werden.',
	'revoke-timeout': '{host} war nicht erreichbar (keine Antwort in der vorgesehenen Zeit).',
	'revoke-unreachable': '{host} war nicht erreichbar (Netzwerkfehler oder Ablehnung durch CORS).',
	'revoke-refused': (p) => `${p.host} hat mit ${p.status} geantwortet${p.answer ? `: ${p.answer}` : ''}.`,
	'revoke-unrecorded': (p) =>
		`Die Verbindung${p.connection ? ` „${p.connection}“` : ''} wurde geändert, nachdem sich dieses Konto angemeldet hatte, und wo ihr Token widerrufen werden kann, wurde damals nicht festgehalten; es wurde daher nirgendwohin gesendet. Falls es noch gültig sein könnte, entziehen Sie dieser App in den Kontoeinstellungen beim Anbieter den Zugriff.`,

	// Die Anwendungsschicht: warum sie ein Konto abgemeldet hat oder nicht fertig wurde.
	'connection-moved':
		'Die Verbindung „{connection}“ verweist jetzt auf einen anderen Anbieter oder Client, daher wurde dieses Konto abgemeldet. Melden Sie sich erneut an.',
	'import-moved':
		'Durch eine importierte Konfiguration verweist die Verbindung dieses Kontos auf einen anderen Anbieter oder Client, daher wurde es abgemeldet. Melden Sie sich erneut an.',
	'import-failed-revoked':
		'Dieses Konto wurde für einen Import von {file}, der anschließend fehlgeschlagen ist, bei seinem Anbieter abgemeldet. Melden Sie sich erneut an.',
	'import-unreadable': 'Die Konfiguration hier konnte nicht gelesen werden ({detail}).',
	'import-refused': 'Die Datenbank des Browsers hat den Schreibvorgang abgelehnt ({detail}).',
	'import-clashes':
		'Die Konfiguration hier hat sich nach der Vorschau geändert (in einem anderen Tab oder Fenster?), und die Datei steht jetzt im Widerspruch dazu:',
	'sign-in-unexpected':
		'Die Anmeldung ist unerwartet fehlgeschlagen: {detail}. Schließen Sie dieses Fenster und klicken Sie erneut auf „Token aktualisieren“.',
	unexpected: '{detail}',

	// Warum ein Konto gerade nicht für etwas verwendet werden kann.
	'account-removed': 'Dieses Konto wurde soeben entfernt.',
	'connection-removed': 'Die Verbindung des Kontos existiert nicht mehr.',
	'restricted-scope':
		'Dieses {provider}-Konto meldet sich nur für die E-Mail-API von {provider} an: IMAP und SMTP benötigen einen Bereich, den {provider} einschränkt (https://mail.google.com/) und den die App nur anfordert, wenn der Transport des Kontos „Einbettendes Portal (IMAP und SMTP)“ ist. Wählen Sie diesen Transport für das Konto und melden Sie sich erneut an.',
	'not-offered':
		'IMAP und SMTP mit OAuth werden in der {provider}-Cloud dieses Kontos nicht angeboten, nur Microsoft Graph. Verwenden Sie für IMAP und SMTP die globale Cloud.',
	'scopes-missing':
		'Dieses Konto wurde ohne Zugriff auf IMAP und SMTP angemeldet ({missing}). Melden Sie sich erneut an: Die Anmeldung fragt jetzt danach.',

	// Ein `error` eines Portals über die obigen Codes hinaus; und ein Code, den diese Version nicht kennt.
	'not-allowed': 'Dieses Portal darf keine Tokens für {account} erhalten.',
	'unknown-problem': 'Ein Fehler ist aufgetreten ({code}). Melden Sie sich erneut an.'
} satisfies Catalog<AreaKeys['problems']>;
