import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Die Wörter der Kontenseite und der Kontenliste, die auch die Startseite zeigt: die Liste, der
 * Kontodialog, die Anmeldehinweise, das Banner der importierten Konten und die E-Mail-Werkzeuge.
 * Platzhalter, die nicht aus den Params gefüllt werden (`{link}`, `{strong}` …), sind die Stellen, an
 * denen die Seite ein Element einsetzt (einen Link, fette Wörter), dessen Wörter eine eigene Meldung sind.
 */
export default {
	// Die Seite.
	title: 'Konten · OAuth2 Client',
	heading: 'Konten',
	intro:
		'Ein Konto ist eine E-Mail-Adresse, die sich über eine Verbindung anmeldet. Nach der Anmeldung bleiben seine Tokens von selbst aktuell.',

	// Die Liste (`{link}`: ein Link zur Seite „Verbindungen“, so benannt wie in der Navigation).
	'add-account': 'Konto hinzufügen',
	'connection-first': 'Fügen Sie zuerst eine Verbindung hinzu: {link}',
	loading: 'Konten werden geladen …',
	'none-yet': 'Noch keine Konten',
	'start-with-connection':
		'Melden Sie sich oben mit Ihrer E-Mail-Adresse an, oder beginnen Sie mit einer Verbindung, der App, die Sie bei Ihrem Anbieter registriert haben: {link}.',
	'add-first': 'Fügen Sie ein Konto hinzu: eine E-Mail-Adresse, die sich über eine Ihrer Verbindungen anmeldet.',
	'list-label': 'Konten',
	open: 'Öffnen',
	'open-label': '{name} öffnen',
	'sign-in-again': 'Erneut anmelden',
	'renew-sign-in': 'Anmeldung erneuern',
	'fix-connection': 'Verbindung „{name}“ korrigieren',

	// Ein Konto löschen.
	'dialog-title': 'Konto „{name}“',
	'delete-title': '„{name}“ löschen?',
	'delete-title-none': 'Löschen?',
	'delete-explained':
		'Das Konto {email} wird abgemeldet: Sein Aktualisierungstoken wird beim Anbieter widerrufen, sofern dieser einen Widerruf anbietet, und anschließend wird das Konto aus diesem Browser entfernt.',
	'revoke-failed': 'Der Anbieter konnte nicht aufgefordert werden, das Token zu widerrufen: {problem}',
	'delete-anyway-question':
		'Trotzdem löschen? Das Token bleibt dann beim Anbieter gültig, bis es abläuft oder Sie es dort widerrufen.',
	deleted: '„{name}“ wurde gelöscht.',
	'deleted-revoked': '„{name}“ wurde gelöscht; sein Token wurde beim Anbieter widerrufen.',

	// Der Kontodialog.
	email: 'E-Mail-Adresse',
	'settings-tabs': 'Kontoeinstellungen',
	'tab-properties': 'Eigenschaften',
	'tab-servers': 'Mailserver',
	connection: 'OAuth2-Verbindung',
	'no-connections': 'Noch keine Verbindungen: Fügen Sie unter „Verbindungen“ eine hinzu',
	transport: 'Transport',
	'transport-default': 'Standard: {transport}',
	'transport-default-plain': 'Standard',
	// Die Namen der Transporte (JMAP, Gmail API und Microsoft Graph sind die eigenen Namen der Produkte).
	'transport-host': 'Einbettendes Portal (IMAP und SMTP)',
	'sign-in-heading': 'Anmeldung',
	'refresh-token-stored': 'gespeichert, verschlüsselt',
	'signed-in-as': 'Angemeldet als',
	'renew-advice':
		'{provider} beendet diese Anmeldung von sich aus. Erneuern Sie sie jetzt: Solange Ihre Sitzung bei {provider} besteht, ist kein Kennwort nötig.',
	'save-then-sign-in': 'Speichern Sie das Konto und melden Sie sich dann an. „Token aktualisieren“ erledigt beides.',
	'choose-connection-first': 'Wählen Sie zuerst eine OAuth2-Verbindung.',
	'servers-known': '{provider} benötigt keine Servereinstellungen: Diese werden verwendet.',
	'servers-custom':
		'Geben Sie die Server Ihres Anbieters ein. Lassen Sie einen Server leer, wenn Sie ihn nicht verwenden.',
	'imap-host': 'IMAP-Host',
	'imap-port': 'IMAP-Port',
	'imap-security': 'IMAP-Verbindungssicherheit',
	'smtp-host': 'SMTP-Host',
	'smtp-port': 'SMTP-Port',
	'smtp-security': 'SMTP-Verbindungssicherheit',
	'jmap-url': 'JMAP-Sitzungs-URL',
	'jmap-url-hint': 'Zum Beispiel {url}',
	saved: 'Gespeichert.',
	apply: 'Übernehmen',

	// Die Anmeldung (`{strong}`: der erste Satz, fett: `blocked-strong`).
	renewing: 'Die Anmeldung beim Anbieter wird erneuert …',
	waiting: 'Es wird gewartet, bis Sie sich im anderen Fenster anmelden …',
	finishing: 'Die Anmeldung wird abgeschlossen …',
	'blocked-strong': 'Der Browser hat das Anmeldefenster blockiert.',
	'blocked-framed':
		'{strong} Anbieter zeigen ihre Anmeldeseiten nicht innerhalb eines Portals an, daher braucht die Anmeldung ein eigenes Fenster: Erlauben Sie Pop-ups für diese Website und versuchen Sie es dann erneut.',
	blocked:
		'{strong} Erlauben Sie Pop-ups für diese Website und klicken Sie erneut auf „Token aktualisieren“, oder melden Sie sich in diesem Tab an: Danach kehren Sie hierher zurück.',
	'try-again': 'Erneut versuchen',
	'continue-here': 'In diesem Tab fortfahren',
	welcome: 'Willkommen!',
	'welcome-name': 'Willkommen, {name}!',
	connected: '„{account}“ ist verbunden.',
	'connected-stored': '„{account}“ ist verbunden: Ein Aktualisierungstoken ist gespeichert.',
	// `{signedAs}` und `{address}` fett: die Adresse, mit der angemeldet wurde, und die des Kontos.
	'email-mismatch':
		'Sie haben sich als {signedAs} angemeldet, die Adresse dieses Kontos ist jedoch {address}. Das Token gilt für {person}. Wenn Sie das nicht beabsichtigt haben, klicken Sie auf „Token aktualisieren“ und melden Sie sich als {account} an.',
	'offline-sign-in':
		'Der Browser ist offline: Für die Anmeldung ist das Netzwerk erforderlich. Es wurde nichts gestartet. Stellen Sie eine Netzwerkverbindung her und versuchen Sie es erneut.',
	'sign-in-cut-off':
		'Das Anmeldefenster wurde geschlossen, bevor die Anmeldung abgeschlossen war, oder der Anbieter hat es von dieser Seite getrennt (seine Cross-Origin-Opener-Policy trennt die Verbindung zwischen den beiden Fenstern). Wenn Sie die Anmeldung dort abgeschlossen haben und dieses Konto sich nicht aktualisiert, muss der Anbieter das zulassen: Bitten Sie seine Administration auf den Anmeldeseiten um die Cross-Origin-Opener-Policy „same-origin-allow-popups“ oder um gar keine, oder verwenden Sie die App eigenständig statt innerhalb eines Portals. Andernfalls klicken Sie erneut auf „Token aktualisieren“.',
	'sign-in-unexpected': 'Die Anmeldung ist unerwartet fehlgeschlagen: {detail}',

	// Konten, die ein Import mitgebracht hat.
	'imported-heading': 'Importierte Konten anmelden',
	'imported-intro':
		'Diese Konten stammen aus einer importierten Konfiguration. Tokens werden nie exportiert, daher muss jedes Konto hier einmal angemeldet werden.',
	'sign-in': 'Anmelden',
	'sign-in-label': '{email} anmelden',
	'hide-imported': 'Diese Liste ausblenden',

	// Die E-Mail des Kontos testen.
	'test-connection': 'Verbindung testen',
	'send-test-message': 'Testnachricht senden',
	testing: 'Die Verbindung wird getestet …',
	// `{transport}` und `{identity}` fett: der Name der E-Mail-API und der Name und die Adresse, die sie kennt.
	'known-as': '{transport} kennt dieses Konto als {identity}.',
	// Steht am Satzanfang (`known-as`), daher großgeschrieben.
	'transport-name-host': 'Das einbettende Portal',
	'mailboxes-of': 'Postfächer von {email}',
	mailbox: 'Postfach',
	role: 'Rolle',
	messages: 'Nachrichten',
	unread: 'Ungelesen',
	'sign-in-again-with': 'Mit {scope} erneut anmelden',
	'token-renewed':
		'Der Server hat das Zugriffstoken nicht mehr akzeptiert; es wurde erneuert und die Anfrage wiederholt.',
	'send-title': 'Testnachricht von {email} senden',
	to: 'An',
	subject: 'Betreff',
	body: 'Nachricht',
	'test-subject': 'Testnachricht von OAuth2 Client',
	'test-body': 'Diese Nachricht wurde gesendet, um zu prüfen, ob das Konto E-Mails senden kann.',
	'to-invalid': 'Geben Sie eine oder mehrere E-Mail-Adressen ein, durch Kommas getrennt',
	sending: 'Wird gesendet …',
	sent: 'Gesendet.',
	'sent-renewed': 'Gesendet. (Das Zugriffstoken war auf dem Server abgelaufen; es wurde dabei erneuert.)',
	send: 'Senden',
	// Das Aktualisierungstoken als etwas, das das Konto besitzt (die Schaltfläche ist `refresh-token` in common).
	'refresh-token-label': 'Aktualisierungstoken'
} satisfies Catalog<AreaKeys['accounts']>;
