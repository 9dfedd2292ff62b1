import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Die Wörter der Verbindungsseite: die Liste, der Editor, sein Prüfbericht, die Dialoge, die ein
 * Löschen oder Abmelden bestätigen, und was die Seite danach jeweils sagt. Die Feldbeschriftungen
 * folgen dem Glossar in `common.ts` (Client-ID, Clientschlüssel, Mandanten-ID, Aussteller-URL …).
 */
export default {
	title: 'Verbindungen · OAuth2 Client',
	heading: 'Verbindungen',
	intro:
		'Eine Verbindung ist eine App, die Sie bei einem Anbieter registriert haben (Google, Microsoft, Ihr eigener OpenID-Anbieter …). Konten melden sich über sie an.',
	'add-connection': 'Verbindung hinzufügen',
	'add-demo': 'Lokale Demoverbindung hinzufügen',
	// `{provider}`: Microsoft, Google oder Fastmail.
	'add-twin': 'Zwilling von {provider} hinzufügen',
	'twins-note':
		'Diese Demoversion sendet, was sie an Microsoft, Google und Fastmail senden würde, stattdessen an deren lokale Zwillinge: Nachbildungen, die sich so verhalten, wie diese Anbieter es dokumentieren (jede Adresse kann sich anmelden, ohne Kennwort). Geschäftliche Adressen für den Zwilling von Microsoft enden auf @contoso.test; jede andere Adresse ist ein persönliches Konto.',
	unreadable: {
		one: 'Eine gespeicherte Verbindung konnte nicht gelesen werden und wird nicht angezeigt. Sie bleibt unverändert erhalten; exportieren Sie Ihre Konfiguration, bevor Sie etwas ändern.',
		other:
			'{count} gespeicherte Verbindungen konnten nicht gelesen werden und werden nicht angezeigt. Sie bleiben unverändert erhalten; exportieren Sie Ihre Konfiguration, bevor Sie etwas ändern.'
	},
	loading: 'Verbindungen werden geladen …',
	'empty-heading': 'Noch keine Verbindungen',
	'empty-text': 'Fügen Sie eine Verbindung mit der Client-ID hinzu, die Sie bei Ihrem Anbieter registriert haben.',
	'empty-demo': 'Oder probieren Sie zuerst den lokalen Demoanbieter aus: Er erfordert keine Registrierung.',
	'list-label': 'Verbindungen',

	// Was die Seite nach einer Änderung sagt (ihre Statuszeile).
	saved: '„{name}“ wurde gespeichert.',
	// `{reason}`: warum der Anbieter nicht geprüft werden konnte, ein eigener Satz.
	'saved-unchecked': 'Der Anbieter der Verbindung konnte nicht geprüft werden: {reason}',
	// `{emails}`: die Adressen der Konten, als Aufzählung; `{count}`: wie viele.
	'saved-signed-out': {
		one: 'Abgemeldet: {emails}; dieses Konto muss erneut angemeldet werden.',
		other: 'Abgemeldet: {emails}; diese Konten müssen erneut angemeldet werden.'
	},
	'saved-secret-dropped':
		'Der gespeicherte Clientschlüssel wurde nicht übernommen: Die Verbindung verweist jetzt auf einen anderen Anbieter, Client oder Endpunkt. Geben Sie den Schlüssel erneut ein, falls dieser Client einen benötigt.',
	// `{reasons}`: warum, je ein Satz, durch Semikolons getrennt.
	'saved-revoke-failed': 'Der bisherige Anbieter konnte nicht zum Widerruf aufgefordert werden: {reasons}.',
	'demo-added': '„{name}“ wurde hinzugefügt: eine Verbindung zum lokalen Demoanbieter unter {issuer}.',
	'twin-added': '„{name}“ wurde hinzugefügt: die Vorlage für {provider}, beantwortet von ihrem lokalen Zwilling.',
	'demo-failed': 'Die Demoverbindung konnte nicht hinzugefügt werden: {reasons}',
	deleted: '„{name}“ wurde gelöscht.',

	// Die Namen der Demoverbindungen: Daten, die man danach umbenennen kann.
	'demo-name': 'Lokale Demo',
	'twin-name': '{provider} (Zwilling)',
	// Ein bereits vergebener Name erhält eine Nummer: „Lokale Demo (2)“.
	'numbered-name': '{name} ({number})',

	// Der Dialog des Editors und die Bestätigung des Löschens.
	'edit-title': '„{name}“ bearbeiten',
	'delete-title': '„{name}“ löschen?',
	'delete-title-bare': 'Löschen?',
	'revoke-failed': 'Der Anbieter konnte nicht aufgefordert werden, die Tokens dieser Konten zu widerrufen:',
	'revoke-failed-anyway':
		'Trotzdem löschen? Die Tokens bleiben dann beim Anbieter gültig, bis sie ablaufen oder Sie sie dort widerrufen.',
	'delete-accounts': {
		one: 'Dieses Konto verwendet sie und wird ebenfalls abgemeldet (seine Tokens werden beim Anbieter widerrufen) und aus diesem Browser entfernt:',
		other:
			'Diese {count} Konten verwenden sie und werden ebenfalls abgemeldet (ihre Tokens werden beim Anbieter widerrufen) und aus diesem Browser entfernt:'
	},
	'no-account': 'Kein Konto verwendet diese Verbindung.',
	'delete-unreadable': {
		one: 'Ein weiterer Kontodatensatz dieser Verbindung ist beschädigt und kann nicht angezeigt werden; er wird ebenfalls entfernt.',
		other:
			'{count} weitere Kontodatensätze dieser Verbindung sind beschädigt und können nicht angezeigt werden; sie werden ebenfalls entfernt.'
	},
	'cannot-undo': 'Dies kann nicht rückgängig gemacht werden.',

	// Gefragt, wenn eine Änderung die Verbindung auf einen anderen Anbieter oder Client verweisen lässt.
	'sign-out-title': 'Diese Konten abmelden?',
	'sign-out-confirm': 'Speichern und abmelden',
	'sign-out-text': {
		one: 'Mit dieser Änderung verweist die Verbindung auf einen anderen Anbieter oder Client. Ein Token wird immer nur mit dem Anbieter und Client verwendet, von dem es stammt, daher wird dieses Konto abgemeldet (seine Tokens werden beim bisherigen Anbieter widerrufen) und muss erneut angemeldet werden. Seine Einstellungen bleiben erhalten.',
		other:
			'Mit dieser Änderung verweist die Verbindung auf einen anderen Anbieter oder Client. Ein Token wird immer nur mit dem Anbieter und Client verwendet, von dem es stammt, daher werden diese Konten abgemeldet (ihre Tokens werden beim bisherigen Anbieter widerrufen) und müssen erneut angemeldet werden. Ihre Einstellungen bleiben erhalten.'
	},

	// Die Felder einer Verbindung, im Editor und auf ihrer Karte; ihr Name ist der aus `common`.
	provider: 'Anbieter',
	'client-id': 'Client-ID',
	'client-secret': 'Clientschlüssel',
	// Das Projektfeld, so benannt, wie jeder Anbieter es nennt: Google, Microsoft, die anderen.
	'project-id': 'Projekt-ID',
	'tenant-id': 'Mandanten-ID',
	'api-project-id': 'API-Projekt-ID',
	cloud: 'Cloud',
	'issuer-url': 'Aussteller-URL',
	'authorization-endpoint': 'Autorisierungsendpunkt',
	'token-endpoint': 'Tokenendpunkt',
	'revocation-endpoint': 'Widerrufsendpunkt',
	scopes: 'Bereiche',
	'redirect-uri': 'Weiterleitungs-URI',

	// Der Editor.
	'registering-at': 'Die App bei {provider} registrieren',
	'open-console': 'Konsole von {provider} öffnen',
	'redirect-to-register': 'Zu registrierende Weiterleitungs-URI',
	'copy-redirect-uri': 'Weiterleitungs-URI kopieren',
	// `{uri}`: die gemeinsame Weiterleitungs-URI, als Code dargestellt.
	'shared-redirect':
		'Diese Verbindung wurde angelegt, bevor jede Verbindung eine eigene Weiterleitungs-URI hatte, und verwendet noch die gemeinsame, {uri}. Registrieren Sie ihre eigene (oben) beim Anbieter (behalten Sie die gemeinsame dort bis dahin bei) und setzen Sie das Häkchen: Eine Antwort wird dann nur noch für eine Anmeldung über diese Verbindung angenommen. Bis dahin braucht eine Anmeldung, solange sich mehrere Verbindungen die Adresse teilen, einen Anbieter, der sich in seinen Antworten nennt.',
	'own-redirect-registered': 'Die eigene Weiterleitungs-URI der Verbindung ist beim Anbieter registriert',
	'check-issuer': 'Aussteller prüfen',
	'secret-stored-placeholder': 'Gespeichert (verschlüsselt): leer lassen, um ihn beizubehalten',
	'secret-hint-none': '{provider} akzeptiert keinen Clientschlüssel von einer Browser-App: Lassen Sie das Feld leer.',
	'secret-hint-web':
		'Google verlangt ihn für Clients vom Typ „Webanwendung“. Ein Schlüssel in einer Browser-App ist nicht geheim: Alle, die die App verwenden, können ihn lesen.',
	'secret-hint-optional':
		'Nur falls der Anbieter Ihnen einen gegeben hat. Ein Schlüssel in einer Browser-App ist nicht geheim: Alle, die die App verwenden, können ihn lesen.',
	'secret-stored-refused':
		'Für diese Verbindung ist noch ein Clientschlüssel von früher gespeichert. {provider} lehnt Schlüssel aus einer Browser-App ab, daher wird er nie gesendet: Entfernen Sie ihn.',
	'remove-secret': 'Gespeicherten Clientschlüssel entfernen',
	'cloud-hint':
		'Wo sich Ihre Organisation anmeldet. Nationale Clouds bieten nur Microsoft Graph an: Portale erhalten dort kein Token für IMAP oder SMTP.',
	'issuer-hint-oauth2':
		'Optional. Wenn der Anbieter sich in seinen Antworten nennt (der Parameter iss, RFC 9207), geben Sie diesen Namen ein: Antworten werden dann damit abgeglichen.',
	'revocation-hint': 'Optional. Damit widerruft das Entfernen eines Kontos dessen Token beim Anbieter.',
	'scopes-hint-custom': 'Durch Leerzeichen getrennt. Leer lassen für die Standardbereiche des Anbieters.',
	'scopes-hint-preset': 'Durch Leerzeichen getrennt. Vorbelegt mit den Standardbereichen von {provider}.',

	// Die Karte einer Verbindung.
	edit: 'Bearbeiten',
	'edit-label': '{name} bearbeiten',
	'secret-stored': 'gespeichert, verschlüsselt',
	defaults: '(Standard)',
	note: 'Hinweis',
	'shared-redirect-note':
		'Die gemeinsame Adresse früher angelegter Verbindungen: Bearbeiten Sie die Verbindung, um ihre eigene zu registrieren.',

	// Was die Prüfung eines OpenID-Anbieters ergeben hat (`{endpoint}`: sein Widerrufsendpunkt, als Code).
	'checking-provider': 'Der Anbieter wird geprüft …',
	'provider-found': 'Anbieter gefunden.',
	'provider-found-cached': 'Anbieter gefunden (aus dem Cache).',
	issuer: 'Aussteller',
	'pkce-supported': 'unterstützt',
	'pkce-not-advertised': 'nicht angegeben: Der Anbieter unterstützt es möglicherweise trotzdem',
	revocation: 'Widerruf',
	'revocation-supported': 'unterstützt ({endpoint})',
	'revocation-not-offered':
		'nicht angeboten: Das Entfernen eines Kontos kann dessen Token beim Anbieter nicht widerrufen',
	'check-failed': 'Der Anbieter konnte nicht geprüft werden.',
	'use-issuer': '„{issuer}“ verwenden',
	'registered-automatically': 'Automatisch registriert',
	'registered-cimd':
		'Aus einer E-Mail-Adresse angelegt: bei {host} über das Client ID Metadata Document der App bekannt (nichts registriert); meldet {domains} an.',
	'registered-dcr':
		'Aus einer E-Mail-Adresse angelegt: Die App hat sich selbst bei {host} registriert (Dynamic Client Registration); meldet {domains} an.'
} satisfies Catalog<AreaKeys['connections']>;
