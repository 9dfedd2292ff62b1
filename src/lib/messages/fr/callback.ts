import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** La page de la fenêtre d’authentification : la bienvenue, ou pourquoi l’authentification n’a pas abouti. */
export default {
	title: 'Authentification · OAuth2 Client',
	'signing-in': 'Authentification…',
	finishing: 'Finalisation de l’authentification.',
	'none-heading': 'Authentification',
	// {button} : le nom du bouton « Actualiser le jeton », en gras.
	none: 'Aucune authentification n’est en cours dans cette fenêtre. Lancez-en une depuis un compte avec {button}.',
	welcome: 'Bienvenue\u202f!',
	'welcome-named': 'Bienvenue, {name}\u202f!',
	// {account} : le nom du compte, entre guillemets (`account-name`).
	'account-name': '«\u202f{name}\u202f»',
	'connected-refresh':
		'Votre compte {account} ({email}) est connecté\u202f: un jeton d’actualisation est enregistré, et l’application maintient d’elle-même son jeton d’accès à jour.',
	connected: 'Votre compte {account} ({email}) est connecté.',
	// {signedInAs} et {address} : les deux adresses, en gras ; {button} : le nom du bouton, sans mise en forme.
	'email-mismatch':
		'L’authentification s’est faite en tant que {signedInAs}, mais l’adresse du compte est {address}. Le jeton est celui de {personEmail}. Si ce n’est pas ce que vous vouliez, cliquez sur «\u202f{button}\u202f» dans le compte et authentifiez-vous en tant que {accountEmail}.',
	'no-refresh-token':
		'Le fournisseur n’a émis aucun jeton d’actualisation\u202f: vous devrez vous authentifier de nouveau à l’expiration du jeton d’accès.',
	'can-close': 'Vous pouvez fermer cette fenêtre.',
	'close-window': 'Fermer cette fenêtre',
	back: 'Retour à vos comptes',
	'failed-heading': 'L’authentification n’a pas abouti',
	'try-again': 'Fermez cette fenêtre et réessayez depuis le compte.'
} satisfies Catalog<AreaKeys['callback']>;
