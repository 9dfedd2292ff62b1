import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** S’authentifier avec son adresse e-mail : le formulaire. */
export default {
	heading: 'S’authentifier avec votre adresse e-mail',
	intro:
		'Saisissez votre adresse et cliquez sur «\u202fS’authentifier\u202f»\u202f: l’application trouve votre fournisseur de messagerie, s’y présente et vous authentifie. Là où votre fournisseur le permet, personne n’a besoin d’enregistrer l’application au préalable.',
	'email-label': 'Adresse e-mail',
	'sign-in': 'S’authentifier',
	invalid: 'Saisissez une adresse e-mail complète, par exemple ada@example.org.',
	working: 'Recherche de votre fournisseur…'
} satisfies Catalog<AreaKeys['email']>;
