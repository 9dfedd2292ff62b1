import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** What the app says inside a portal’s frame: the portal is not allowed yet, its own configuration. */
export default {
	'portal-not-allowed':
		'{origin} bettet diese App ein, darf sie aber noch nicht verwenden: Das Portal erhält keine Antwort und keine Tokens. Wenn Sie diesem Portal vertrauen, lassen Sie es zu und wählen Sie, für welche Konten es Tokens erhalten darf.',
	'portal-allow': 'Dieses Portal zulassen …',
	'portal-window-blocked':
		'Der Browser hat das Fenster blockiert. Erlauben Sie Pop-ups für diese Website und klicken Sie erneut auf die Schaltfläche.',
	'portal-window-blocked-again':
		'Der Browser hat das Fenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.',
	'portal-decide': 'Entscheiden Sie in dem Fenster, das sich geöffnet hat.',
	'portal-own-configuration':
		'Innerhalb von {origin} verwendet die App eine eigene Konfiguration, getrennt von der, die Sie verwenden, wenn Sie die App direkt öffnen: Richten Sie hier Verbindungen und Konten ein oder importieren Sie eine Exportdatei.',
	'portal-own-configuration-unknown':
		'Innerhalb dieses Portals verwendet die App eine eigene Konfiguration, getrennt von der, die Sie verwenden, wenn Sie die App direkt öffnen: Richten Sie hier Verbindungen und Konten ein oder importieren Sie eine Exportdatei.',
	'portal-change': 'Ändern, was dieses Portal verwenden darf …'
} satisfies Catalog<AreaKeys['frame']>;
