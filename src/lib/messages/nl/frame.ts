import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** What the app says inside a portal’s frame: the portal is not allowed yet, its own configuration. */
export default {
	'portal-not-allowed':
		'{origin} sluit deze app in, maar mag hem nog niet gebruiken: het portaal krijgt geen antwoord en geen tokens. Vertrouw je dit portaal, sta het dan toe en kies voor welke accounts het tokens mag krijgen.',
	'portal-allow': 'Dit portaal toestaan…',
	'portal-window-blocked':
		'De browser heeft het venster geblokkeerd. Sta pop-ups toe voor deze site en klik nog een keer op de knop.',
	'portal-window-blocked-again':
		'De browser heeft het venster geblokkeerd. Sta pop-ups toe voor deze site en probeer het opnieuw.',
	'portal-decide': 'Maak je keuze in het venster dat is geopend.',
	'portal-own-configuration':
		'Binnen {origin} houdt de app een eigen configuratie bij, los van de configuratie die je gebruikt als je de app rechtstreeks opent: stel hier verbindingen en accounts in, of importeer een exportbestand.',
	'portal-own-configuration-unknown':
		'Binnen dit portaal houdt de app een eigen configuratie bij, los van de configuratie die je gebruikt als je de app rechtstreeks opent: stel hier verbindingen en accounts in, of importeer een exportbestand.',
	'portal-change': 'Wijzigen wat dit portaal mag gebruiken…'
} satisfies Catalog<AreaKeys['frame']>;
