import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Die Wörter der Einstellungsseite: Sprache, Speicher, Export und Import, Portale, Vergessen, diese App. */
export default {
	title: 'Einstellungen · OAuth2 Client',
	heading: 'Einstellungen',

	// Sprache.
	'language-heading': 'Sprache',
	'language-legend': 'Diese App anzeigen auf',
	'language-browser': 'Sprache des Browsers verwenden',
	'language-from-browser': 'Aktuell: {language}, die Sprache des Browsers.',
	'language-from-setting': 'Aktuell: {language}, hier ausgewählt.',
	'language-from-url': 'Aktuell: {language}, vom Portal mit {param} in der Adresse der App festgelegt.',

	// Speicher in diesem Browser.
	'storage-heading': 'Speicher in diesem Browser',
	'storage-intro':
		'Verbindungen, Konten und ihre Tokens werden nur in diesem Browser gespeichert. Clientschlüssel und Tokens werden mit einem kryptografischen Schlüssel verschlüsselt, der diesen Browser nicht verlassen kann, daher zeigen Exporte, Sicherungen und ein Blick in den Speicher des Browsers sie nie. Das schützt nicht vor schädlichem Skript, das in dieser Seite läuft, und nicht vor jemandem mit Zugriff auf Ihr gesamtes Browserprofil.',
	persisted: 'Der Browser behält die Daten dieser App, auch wenn der Speicherplatz knapp wird.',
	'not-persisted':
		'{strong}, wenn der Speicherplatz knapp wird, und Safari entfernt sie nach 7 Tagen ohne Besuch. Exportieren Sie Ihre Konfiguration, um eine Kopie aufzubewahren, oder bitten Sie den Browser, die Daten zu behalten.',
	'not-persisted-strong': 'Der Browser kann die Daten dieser App löschen',
	'ask-to-persist': 'Browser bitten, die Daten zu behalten',
	'persistence-unsupported':
		'Dieser Browser kann nicht zusichern, die Daten der App zu behalten: Er kann sie löschen. Exportieren Sie Ihre Konfiguration, um eine Kopie aufzubewahren.',

	// Export.
	'export-heading': 'Export',
	'export-intro':
		'Speichern Sie Verbindungen und ihre Konten in einer Datei, um sie in einen anderen Browser oder ein Portal zu übertragen oder an Kolleginnen und Kollegen weiterzugeben. Tokens werden nie exportiert.',
	'export-what': 'Umfang des Exports',
	'export-all': 'Alles',
	'export-chosen': 'Ausgewählte Verbindungen und ihre Konten',
	'no-connections': 'Noch keine Verbindungen.',
	'include-secrets':
		'Clientschlüssel einschließen: Die Datei enthält sie dann im Klartext, bewahren Sie sie also so sicher auf wie ein Kennwort',
	export: 'Exportieren',
	'export-none-chosen': 'Wählen Sie mindestens eine Verbindung für den Export aus.',
	exported: (p) =>
		`„${p.name}“ gespeichert: ${p.connections === 1 ? 'eine Verbindung' : `${p.connections} Verbindungen`}, ${p.accounts === 1 ? 'ein Konto' : `${p.accounts} Konten`}. Keine Tokens.`,
	'exported-with-secrets': (p) =>
		`„${p.name}“ gespeichert: ${p.connections === 1 ? 'eine Verbindung' : `${p.connections} Verbindungen`}, ${p.accounts === 1 ? 'ein Konto' : `${p.accounts} Konten`}, mit Clientschlüsseln. Keine Tokens.`,

	// Import.
	'import-heading': 'Import',
	'import-intro':
		'Lesen Sie Verbindungen und Konten aus einer exportierten Datei ein, oder legen Sie die Datei irgendwo auf dieser Seite ab. Sie sehen, was sie hinzufügt und ersetzt, bevor etwas geschrieben wird. Importierte Konten werden hier einmal angemeldet.',
	'import-file': 'Konfigurationsdatei',
	import: 'Importieren',
	'import-no-file': 'Wählen Sie zuerst eine Konfigurationsdatei aus (oder legen Sie eine auf der Seite ab).',
	// `{status}`: das Statuswort, wie die Kontenseite es zeigt („Nicht angemeldet“).
	'imported-summary': (p) =>
		`Aus „${p.name}“ importiert: ${p.connections === 1 ? 'eine Verbindung' : `${p.connections} Verbindungen`} und ${p.accounts === 1 ? 'ein Konto' : `${p.accounts} Konten`}. Die Konten bleiben „${p.status}“, bis Sie sie anmelden.`,
	'revocation-failures': 'Diese ersetzten Konten konnten bei ihrem Anbieter nicht abgemeldet werden: {list}.',
	'import-title-named': '„{name}“ importieren?',
	'imported-title': '„{name}“ importiert',
	// Steht für `{name}` in den Sätzen oben, in Anführungszeichen.
	'unnamed-file': 'unbenannte Datei',
	reading: 'Die Datei wird gelesen …',
	'file-unreadable': 'Die Datei konnte nicht gelesen werden',
	refused: '{strong} Es wurde nichts geändert.',
	'refused-strong': 'Diese Datei kann nicht importiert werden.',
	'import-stopped': '{strong} {reason}',
	'import-stopped-strong': 'Der Import wurde abgebrochen: Aus der Datei wurde nichts geschrieben.',
	'signed-out-before-stop':
		'Bevor er abbrach, wurden diese ersetzten Konten bereits bei ihrem Anbieter abgemeldet, daher funktionieren ihre Tokens nicht mehr: {list}. Melden Sie jedes davon auf der Seite „Konten“ erneut an („Erneut anmelden“).',
	'nothing-else-changed': 'Sonst wurde nichts geändert.',
	'choose-again':
		'Wählen Sie die Datei erneut aus, um sie zu importieren: Die Vorschau zeigt dann, was sie an der Konfiguration in ihrem jetzigen Zustand ändert.',
	'changed-meanwhile':
		'Die Konfiguration hier hat sich geändert, während diese Vorschau geöffnet war. Niemand wurde abgemeldet und nichts geschrieben: So wirkt sich der Import jetzt aus.',
	clashes: '{strong} Es wird nichts importiert, bis die Datei korrigiert ist:',
	'clashes-strong': 'Sie widerspricht dem, was hier vorhanden ist.',
	'connections-added': 'Hinzugefügte Verbindungen',
	'connections-replaced': 'Ersetzte Verbindungen',
	'accounts-added': 'Hinzugefügte Konten',
	'accounts-replaced': 'Ersetzte Konten',
	'client-secrets': 'Clientschlüssel',
	'secrets-in-file': '{count} in der Datei',
	'secrets-not-kept': 'Nicht übernommene Clientschlüssel',
	'signed-out-by-import': 'Derzeit angemeldet und durch die Datei ersetzt, daher durch den Import abgemeldet: {list}.',
	'signed-out-rebound':
		'Nicht in der Datei, aber über eine Verbindung angemeldet, die die Datei auf einen anderen Anbieter oder Client verweisen lässt, daher ebenfalls abgemeldet (ihre Tokens werden beim bisherigen Anbieter widerrufen): {list}.',
	'permissions-not-kept': 'Nicht übernommene Portalberechtigungen',
	'permission-lost': {
		one: '{email} wird durch die Datei ersetzt: {origins} verliert die Berechtigung, das Konto zu verwenden. Lassen Sie das Portal erneut zu, wenn das neue Konto dasselbe Postfach ist.',
		other:
			'{email} wird durch die Datei ersetzt: {origins} verlieren die Berechtigung, das Konto zu verwenden. Lassen Sie die Portale erneut zu, wenn das neue Konto dasselbe Postfach ist.'
	},
	'confirm-import': 'Import bestätigen',
	'import-done': 'Importiert. Die Konten sind unten aufgeführt, jedes mit einer Schaltfläche „Anmelden“.',
	'progress-checking': 'Die Konfiguration hier wird erneut geprüft …',
	'progress-writing': 'Wird geschrieben …',
	'progress-signing-out': '{account} wird abgemeldet ({number} von {total}) …',

	// Zugelassene Portale und ihr Protokoll.
	'portals-heading': 'Zugelassene Portalursprünge',
	'portals-intro':
		'Portale, die diese App einbetten und Zugriffstokens erhalten dürfen, jeweils für die Konten, die Sie ausgewählt haben. Ein Portal wird über seinen eigenen Hinweis ({button}) in einem Fenster dieser App zugelassen.',
	'no-portals': 'Kein Portal ist zugelassen.',
	'portal-no-accounts': 'keine Konten',
	'remove-portal': '{origin} entfernen',
	remove: 'Entfernen',
	'log-heading': 'Portalprotokoll',
	'log-intro':
		'Welches Portal was angefordert und was es erhalten hat: jede Anfrage eines zugelassenen Portals und jede Nachricht eines nicht zugelassenen.',
	'log-empty': 'Noch keine Einträge.',
	'log-caption': 'Portalprotokoll, neueste Einträge zuerst',
	'log-when': 'Zeitpunkt',
	'log-portal': 'Portal',
	'log-asked': 'Anfrage',
	'log-account': 'Konto',
	'log-result': 'Ergebnis',
	'clear-log': 'Protokoll leeren',

	// Diesen Browser vergessen.
	'forget-heading': 'Diesen Browser vergessen',
	'forget-intro':
		'Meldet jedes Konto ab (und widerruft seine Tokens beim Anbieter, sofern dieser das zulässt) und löscht alle Verbindungen, Konten, Tokens, Geheimnisse und Einstellungen aus diesem Browser. Verwenden Sie dies, bevor Sie den Computer weitergeben.',
	'forget-not-revoked':
		'Alles wurde aus diesem Browser gelöscht. Diese Tokens konnten bei ihrem Anbieter nicht widerrufen werden: Sie bleiben dort gültig, bis sie ablaufen oder bis Sie den Zugriff der App in Ihren Kontoeinstellungen beim Anbieter entfernen.',
	'forget-button': 'Diesen Browser vergessen …',
	'forget-failed':
		'Das Vergessen ist fehlgeschlagen: {detail}. Schließen Sie andere Tabs der App und versuchen Sie es erneut.',
	'forget-title': 'Diesen Browser vergessen?',
	'forget-confirm': 'Alles vergessen',
	'forget-summary': (p) =>
		`Dies löscht ${p.connections === 1 ? 'eine Verbindung' : `${p.connections} Verbindungen`} und ${p.accounts === 1 ? 'ein Konto' : `${p.accounts} Konten`} aus diesem Browser${
			Number(p.grants) > 0
				? `, nachdem die Tokens ${p.grants === 1 ? 'eines angemeldeten Kontos' : `von ${p.grants} angemeldeten Konten`} bei ihren Anbietern widerrufen wurden`
				: ''
		}. Andere geöffnete Tabs der App werden neu geladen. Dies kann nicht rückgängig gemacht werden: Exportieren Sie zuerst Ihre Konfiguration, wenn Sie sie behalten möchten.`,
	'forget-revoking': 'Widerruf {number} von {total}: {account} …',
	'forget-deleting': 'Wird gelöscht …',
	'forget-progress': 'Tokens werden widerrufen',

	// Diese App.
	'about-heading': 'Diese App',
	'about-version': 'Version',
	'about-built': 'Erstellt',
	'about-offline': 'Funktioniert offline',
	'offline-ready': 'Ja: Dieser Browser bewahrt eine Kopie der App auf, daher öffnet sie sich auch ohne Netzwerk.',
	'offline-storing': 'Noch nicht: Die Kopie für die Offlinenutzung wird gespeichert.',
	'offline-unsupported':
		'Nein: Dieser Browser bietet hier keine Service Worker an (in einem privaten Fenster möglicherweise nicht).',
	'offline-checking': 'Wird geprüft …'
} satisfies Catalog<AreaKeys['settings']>;
