import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Die Statuswörter und was die Kontenliste daneben sagt. */
export default {
	// Die Statuswörter (im Protokoll bleiben sie englisch; hier nur, was Menschen lesen).
	'Not signed in': 'Nicht angemeldet',
	Connected: 'Verbunden',
	Refreshing: 'Wird aktualisiert',
	Retrying: 'Erneuter Versuch',
	'Sign-in required': 'Anmeldung erforderlich',
	'Configuration error': 'Konfigurationsfehler',
	Offline: 'Offline',

	'detail-not-signed-in': 'Öffnen Sie das Konto und klicken Sie auf „Token aktualisieren“, um sich anzumelden.',
	'detail-sign-in-again': 'Melden Sie sich erneut an.',
	'detail-check-connection': 'Prüfen Sie die Verbindung.',
	'detail-offline': 'Der Browser ist offline. Tokens werden erneuert, sobald das Netzwerk wieder verfügbar ist.',
	'detail-refreshing': 'Zugriffstoken wird erneuert …',
	'detail-unreachable': 'Der Anbieter war nicht erreichbar.',
	'detail-next-try': '{problem} Nächster Versuch {when}.',
	'detail-no-refresh-token': 'Kein Aktualisierungstoken: Melden Sie sich erneut an, wenn das Zugriffstoken abläuft.',
	'detail-renewed-automatically': 'Wird automatisch erneuert.',
	'detail-valid': 'Zugriffstoken gültig bis {until}; nächste Aktualisierung {next}.',
	'at-time': 'um {time}',
	'validity-ended': 'Anmeldung abgelaufen: Erneuern Sie sie, damit das Konto verbunden bleibt.',
	'validity-until': 'Anmeldung gültig bis {at} ({left}).'
} satisfies Catalog<AreaKeys['status']>;
