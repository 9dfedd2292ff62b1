import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The words of forms and dialogs that several pages share: buttons, the name field, the custom providers’ names. */
export default {
	close: 'Fermer',
	cancel: 'Annuler',
	save: 'Enregistrer',
	delete: 'Supprimer',
	'delete-anyway': 'Supprimer quand même',
	ok: 'OK',
	done: 'Terminé',
	none: 'aucun',
	copy: 'Copier',
	copied: 'Copié',
	saving: 'Enregistrement…',
	'copy-refused': 'La copie n’est pas autorisée ici\u202f: sélectionnez le texte et copiez-le vous-même',
	'provider-oidc': 'OpenID Connect personnalisé',
	'provider-oauth2': 'OAuth2 personnalisé',
	name: 'Nom'
} satisfies Catalog<AreaKeys['forms']>;
