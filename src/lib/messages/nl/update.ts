import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** A new version of the app is deployed. */
export default {
	'update-available':
		'Er is een nieuwe versie van deze app beschikbaar. Opgeslagen verbindingen, accounts en instellingen blijven bewaard.',
	'update-reload': 'Opnieuw laden om bij te werken',
	'update-busy': 'Bezig met bijwerken…'
} satisfies Catalog<AreaKeys['update']>;
