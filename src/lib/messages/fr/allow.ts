import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** La fenêtre où l’on autorise un portail, ou non. */
export default {
	title: 'Autoriser un portail · OAuth2 Client',
	'framed-heading': 'Ouvrez cette page dans sa propre fenêtre',
	framed:
		'Cette page décide de ce qu’un portail peut faire\u202f: elle ne fonctionne donc que dans une fenêtre distincte.',
	heading: 'Autoriser un portail',
	// {button} : le bouton de l’avis du portail (« Autoriser ce portail… »), en gras.
	'no-opener':
		'Ouvrez cette fenêtre depuis le portail qui intègre l’application\u202f: son avis comporte un bouton {button}.',
	'allowed-heading': 'Portail autorisé',
	'refused-heading': 'Portail non autorisé',
	allowed:
		'{origin} peut désormais obtenir des jetons pour les comptes que vous avez choisis. Cette fenêtre se ferme d’elle-même.',
	refused: '{origin} ne reçoit aucune réponse de l’application. Cette fenêtre se ferme d’elle-même.',
	waiting: 'En attente des informations du portail…',
	'ask-heading': 'Autoriser {origin}\u202f?',
	// {origin} : l’adresse du portail, en gras.
	explain:
		'La page à l’adresse {origin} intègre cette application. Si vous l’autorisez, elle pourra demander des jetons d’accès pour les comptes que vous cochez ci-dessous, et s’en servir pour lire et envoyer des e-mails en votre nom. N’autorisez qu’un portail de confiance.',
	accounts: 'Comptes pour lesquels {origin} peut obtenir des jetons',
	'no-accounts':
		'Il n’y a encore aucun compte dans le portail. Autorisez-le maintenant et choisissez les comptes plus tard.',
	allow: 'Autoriser',
	'remove-access': 'Retirer l’accès',
	'do-not-allow': 'Ne pas autoriser'
} satisfies Catalog<AreaKeys['allow']>;
