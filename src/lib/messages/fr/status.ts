import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Les mots d’état, et ce que la liste des comptes affiche à côté. */
export default {
	// Les mots d’état : leurs clés restent en anglais (le contrat du portail), leurs valeurs sont traduites.
	'Not signed in': 'Non authentifié',
	Connected: 'Connecté',
	Refreshing: 'Actualisation',
	Retrying: 'Nouvelle tentative',
	'Sign-in required': 'Authentification requise',
	'Configuration error': 'Erreur de configuration',
	Offline: 'Hors ligne',

	'detail-not-signed-in': 'Ouvrez le compte et cliquez sur «\u202fActualiser le jeton\u202f» pour vous authentifier.',
	'detail-sign-in-again': 'Authentifiez-vous de nouveau.',
	'detail-check-connection': 'Vérifiez la connexion.',
	'detail-offline': 'Le navigateur est hors ligne. Les jetons seront renouvelés au retour du réseau.',
	'detail-refreshing': 'Renouvellement du jeton d’accès…',
	'detail-unreachable': 'Impossible de joindre le fournisseur.',
	'detail-next-try': '{problem} Prochain essai {when}.',
	'detail-no-refresh-token':
		'Aucun jeton d’actualisation\u202f: authentifiez-vous de nouveau à l’expiration du jeton d’accès.',
	'detail-renewed-automatically': 'Renouvelé automatiquement.',
	'detail-valid': 'Jeton d’accès valide jusqu’à {until}\u202f; prochaine actualisation {next}.',
	'at-time': 'à {time}',
	'validity-ended': 'Authentification expirée\u202f: renouvelez-la pour que le compte reste connecté.',
	'validity-until': 'Authentification valide jusqu’à {at} ({left}).'
} satisfies Catalog<AreaKeys['status']>;
