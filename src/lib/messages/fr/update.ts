import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** A new version of the app is deployed. */
export default {
	'update-available':
		'Une nouvelle version de cette application est disponible. Les connexions, comptes et paramètres enregistrés sont conservés.',
	'update-reload': 'Recharger pour mettre à jour',
	'update-busy': 'Mise à jour…'
} satisfies Catalog<AreaKeys['update']>;
