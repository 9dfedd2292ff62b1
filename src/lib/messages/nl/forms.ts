import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The words of forms and dialogs that several pages share: buttons, the name field, the custom providers’ names. */
export default {
	close: 'Sluiten',
	cancel: 'Annuleren',
	save: 'Opslaan',
	delete: 'Verwijderen',
	'delete-anyway': 'Toch verwijderen',
	ok: 'OK',
	done: 'Klaar',
	none: 'geen',
	copy: 'Kopiëren',
	copied: 'Gekopieerd',
	saving: 'Bezig met opslaan…',
	'copy-refused': 'Kopiëren is hier niet toegestaan: selecteer de tekst en kopieer die zelf',
	'provider-oidc': 'OpenID Connect (aangepast)',
	'provider-oauth2': 'OAuth2 (aangepast)',
	name: 'Naam'
} satisfies Catalog<AreaKeys['forms']>;
