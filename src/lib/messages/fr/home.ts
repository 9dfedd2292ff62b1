import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** La page d’accueil : tous les comptes d’un coup d’œil, ou comment commencer. */
export default {
	title: 'OAuth2 Client',
	heading: 'Vos comptes de messagerie',
	intro: 'Tous les comptes et leur état, d’un coup d’œil.',
	'nothing-yet': 'Rien n’est encore connecté',
	'done-marker': 'Terminé\u202f: ',
	'step-connection':
		'{link}\u202f: l’application que vous avez enregistrée chez Google, Microsoft, Fastmail ou votre propre fournisseur OpenID.',
	'step-connection-link': 'Ajoutez une connexion',
	'step-account': '{link} qui l’utilise, et cliquez sur {button} pour vous authentifier.',
	'step-account-link': 'Ajoutez un compte',
	'step-done': 'C’est tout\u202f: l’application maintient d’elle-même les jetons du compte à jour.',
	'or-email':
		'Ou passez ces deux étapes\u202f: {link}. Là où votre fournisseur de messagerie le permet, l’application le trouve à partir de l’adresse et vous authentifie, sans connexion à créer au préalable.',
	'or-email-link': 'authentifiez-vous avec votre adresse e-mail'
} satisfies Catalog<AreaKeys['home']>;
