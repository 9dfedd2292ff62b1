import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** A new version of the app is deployed. */
export default {
	'update-available':
		'Eine neue Version dieser App ist verfügbar. Gespeicherte Verbindungen, Konten und Einstellungen bleiben erhalten.',
	'update-reload': 'Neu laden und aktualisieren',
	'update-busy': 'Wird aktualisiert …'
} satisfies Catalog<AreaKeys['update']>;
