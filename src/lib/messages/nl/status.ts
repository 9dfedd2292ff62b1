import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * De statuswoorden die mensen lezen, en wat de lijst met accounts ernaast zegt. De sleutels zijn de
 * Engelse woorden van het protocol; de waarden zijn wat Nederlandstalige gebruikers zien.
 */
export default {
	'Not signed in': 'Niet ingelogd',
	Connected: 'Verbonden',
	Refreshing: 'Wordt vernieuwd',
	Retrying: 'Nieuwe poging',
	'Sign-in required': 'Inloggen vereist',
	'Configuration error': 'Configuratiefout',
	Offline: 'Offline',

	'detail-not-signed-in': 'Open het account en klik op Token vernieuwen om in te loggen.',
	'detail-sign-in-again': 'Log opnieuw in.',
	'detail-check-connection': 'Controleer de verbinding.',
	'detail-offline': 'De browser is offline. Tokens worden vernieuwd zodra het netwerk terug is.',
	'detail-refreshing': 'Het toegangstoken wordt vernieuwd…',
	'detail-unreachable': 'De provider was niet bereikbaar.',
	// {when}: „over 30 seconden”, „nu” of „om 14:05” (at-time).
	'detail-next-try': '{problem} Volgende poging {when}.',
	'detail-no-refresh-token': 'Geen vernieuwingstoken: log opnieuw in als het toegangstoken verloopt.',
	'detail-renewed-automatically': 'Wordt automatisch vernieuwd.',
	'detail-valid': 'Toegangstoken geldig tot {until}; volgende vernieuwing {next}.',
	'at-time': 'om {time}',
	'validity-ended': 'Inlogsessie afgelopen: vernieuw die om het account verbonden te houden.',
	'validity-until': 'Inlogsessie geldig tot {at} ({left}).'
} satisfies Catalog<AreaKeys['status']>;
