import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The words of forms and dialogs that several pages share: buttons, the name field, the custom providers’ names. */
export default {
	close: 'Schließen',
	cancel: 'Abbrechen',
	save: 'Speichern',
	delete: 'Löschen',
	'delete-anyway': 'Trotzdem löschen',
	ok: 'OK',
	done: 'Fertig',
	none: 'nicht vorhanden',
	copy: 'Kopieren',
	copied: 'Kopiert',
	saving: 'Wird gespeichert …',
	'copy-refused': 'Kopieren ist hier nicht erlaubt: Markieren Sie den Text und kopieren Sie ihn selbst',
	'provider-oidc': 'Benutzerdefiniertes OpenID Connect',
	'provider-oauth2': 'Benutzerdefiniertes OAuth2',
	name: 'Name'
} satisfies Catalog<AreaKeys['forms']>;
