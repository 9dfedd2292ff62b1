import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * La page des connexions : la liste, l’éditeur et son rapport de découverte, les dialogues qui
 * confirment une suppression ou une déconnexion, et ce que la page dit après chacun. Les libellés
 * des champs suivent le glossaire de `common.ts` (ID client, secret client, étendues…).
 */
export default {
	title: 'Connexions · OAuth2 Client',
	heading: 'Connexions',
	intro:
		'Une connexion est une application que vous avez enregistrée chez un fournisseur (Google, Microsoft, votre propre fournisseur OpenID…). Les comptes s’authentifient par son intermédiaire.',
	'add-connection': 'Ajouter une connexion',
	'add-demo': 'Ajouter la connexion de démonstration locale',
	// `{provider}` : Microsoft, Google ou Fastmail.
	'add-twin': 'Ajouter le jumeau {provider}',
	'twins-note':
		'Cette version de démonstration envoie à des jumeaux locaux ce qu’elle enverrait à Microsoft, Google et Fastmail\u202f: des imitations qui se comportent comme ces fournisseurs le documentent (toute adresse s’authentifie, sans mot de passe). Les adresses professionnelles du jumeau Microsoft se terminent par @contoso.test\u202f; toute autre adresse est un compte personnel.',
	unreadable: {
		one: 'Une connexion enregistrée n’a pas pu être lue et n’est pas affichée. Elle est conservée telle quelle\u202f; exportez votre configuration avant de modifier quoi que ce soit.',
		other:
			'{count} connexions enregistrées n’ont pas pu être lues et ne sont pas affichées. Elles sont conservées telles quelles\u202f; exportez votre configuration avant de modifier quoi que ce soit.'
	},
	loading: 'Chargement des connexions…',
	'empty-heading': 'Aucune connexion pour l’instant',
	'empty-text': 'Ajoutez une connexion avec l’ID client que vous avez enregistré chez votre fournisseur.',
	'empty-demo': 'Ou essayez d’abord le fournisseur de démonstration local\u202f: il ne nécessite aucun enregistrement.',
	'list-label': 'Connexions',

	// Ce que la page dit après une modification (sa ligne d’état).
	saved: 'Connexion «\u202f{name}\u202f» enregistrée.',
	// `{reason}` : pourquoi le fournisseur n’a pas pu être vérifié, une phrase à part entière.
	'saved-unchecked': 'Son fournisseur n’a pas pu être vérifié\u202f: {reason}',
	// `{emails}` : les adresses des comptes, en liste ; `{count}` : leur nombre.
	'saved-signed-out': {
		one: 'Compte déconnecté\u202f: {emails}\u202f; il doit s’authentifier de nouveau.',
		other: 'Comptes déconnectés\u202f: {emails}\u202f; ils doivent s’authentifier de nouveau.'
	},
	'saved-secret-dropped':
		'Son secret client enregistré n’a pas été conservé\u202f: la connexion désigne désormais un autre fournisseur, un autre client ou un autre point de terminaison. Saisissez de nouveau le secret si ce client en a besoin.',
	// `{reasons}` : pourquoi, une phrase chacune, séparées par des points-virgules.
	'saved-revoke-failed': 'Impossible de demander à l’ancien fournisseur de révoquer les jetons\u202f: {reasons}.',
	'demo-added':
		'Connexion «\u202f{name}\u202f» ajoutée\u202f: une connexion au fournisseur de démonstration local, à l’adresse {issuer}.',
	'twin-added':
		'Connexion «\u202f{name}\u202f» ajoutée\u202f: le préréglage {provider}, auquel répond son jumeau local.',
	'demo-failed': 'La connexion de démonstration n’a pas pu être ajoutée\u202f: {reasons}',
	deleted: 'Connexion «\u202f{name}\u202f» supprimée.',

	// Les noms des connexions de démonstration : des données, que l’on peut renommer ensuite.
	'demo-name': 'Démo locale',
	'twin-name': '{provider} (jumeau)',
	// Un nom déjà pris reçoit un numéro : « Démo locale (2) ».
	'numbered-name': '{name} ({number})',

	// Le dialogue de l’éditeur et la confirmation de suppression.
	'edit-title': 'Modifier «\u202f{name}\u202f»',
	'delete-title': 'Supprimer «\u202f{name}\u202f»\u202f?',
	'delete-title-bare': 'Supprimer\u202f?',
	'revoke-failed': 'Impossible de demander au fournisseur de révoquer les jetons de ces comptes\u202f:',
	'revoke-failed-anyway':
		'Supprimer quand même\u202f? Les jetons restent alors valides auprès du fournisseur jusqu’à leur expiration, ou jusqu’à ce que vous les révoquiez chez lui.',
	'delete-accounts': {
		one: 'Ce compte l’utilise\u202f; il sera lui aussi déconnecté (ses jetons révoqués auprès du fournisseur) et retiré de ce navigateur\u202f:',
		other:
			'Ces {count} comptes l’utilisent\u202f; ils seront eux aussi déconnectés (leurs jetons révoqués auprès du fournisseur) et retirés de ce navigateur\u202f:'
	},
	'no-account': 'Aucun compte n’utilise cette connexion.',
	'delete-unreadable': {
		one: 'Un autre enregistrement de compte de cette connexion est endommagé et ne peut pas être affiché\u202f; il sera lui aussi supprimé.',
		other:
			'{count} autres enregistrements de compte de cette connexion sont endommagés et ne peuvent pas être affichés\u202f; ils seront eux aussi supprimés.'
	},
	'cannot-undo': 'Cette action est irréversible.',

	// Demandé quand une modification fait désigner à la connexion un autre fournisseur ou un autre client.
	'sign-out-title': 'Déconnecter ces comptes\u202f?',
	'sign-out-confirm': 'Enregistrer et déconnecter',
	'sign-out-text': {
		one: 'Cette modification fait désigner à la connexion un autre fournisseur ou un autre client. Un jeton n’est jamais utilisé qu’avec le fournisseur et le client dont il provient\u202f: ce compte sera donc déconnecté (ses jetons révoqués auprès de l’ancien fournisseur) et devra s’authentifier de nouveau. Ses paramètres sont conservés.',
		other:
			'Cette modification fait désigner à la connexion un autre fournisseur ou un autre client. Un jeton n’est jamais utilisé qu’avec le fournisseur et le client dont il provient\u202f: ces comptes seront donc déconnectés (leurs jetons révoqués auprès de l’ancien fournisseur) et devront s’authentifier de nouveau. Leurs paramètres sont conservés.'
	},

	// Les champs d’une connexion, dans l’éditeur et sur sa carte ; son nom est celui de `common`.
	provider: 'Fournisseur',
	'client-id': 'ID client',
	'client-secret': 'Secret client',
	// Le champ du projet, nommé comme chaque fournisseur le nomme : Google, Microsoft, les autres.
	'project-id': 'ID de projet',
	'tenant-id': 'ID de locataire',
	'api-project-id': 'ID du projet d’API',
	cloud: 'Cloud',
	'issuer-url': 'URL de l’émetteur',
	'authorization-endpoint': 'Point de terminaison d’autorisation',
	'token-endpoint': 'Point de terminaison de jeton',
	'revocation-endpoint': 'Point de terminaison de révocation',
	scopes: 'Étendues',
	'redirect-uri': 'URI de redirection',

	// L’éditeur.
	'registering-at': 'Enregistrer l’application chez {provider}',
	'open-console': 'Ouvrir la console {provider}',
	'redirect-to-register': 'URI de redirection à enregistrer',
	'copy-redirect-uri': 'Copier l’URI de redirection',
	// `{uri}` : l’URI de redirection partagé, affiché comme du code.
	'shared-redirect':
		'Cette connexion a été créée avant que chaque connexion ait son propre URI de redirection, et utilise encore l’URI partagé, {uri}. Enregistrez le sien, ci-dessus, auprès du fournisseur (en y conservant l’URI partagé d’ici là), puis cochez la case\u202f: une réponse ne pourra alors être acceptée que pour une authentification par cette connexion. D’ici là, tant que plusieurs connexions partagent l’adresse, une authentification nécessite un fournisseur qui se nomme dans ses réponses.',
	'own-redirect-registered': 'Son propre URI de redirection est enregistré auprès du fournisseur',
	'check-issuer': 'Vérifier l’émetteur',
	'secret-stored-placeholder': 'Enregistré (chiffré)\u202f: laissez vide pour le conserver',
	'secret-hint-none': '{provider} n’accepte aucun secret client d’une application web\u202f: laissez ce champ vide.',
	'secret-hint-web':
		'Google l’exige pour les clients «\u202fApplication Web\u202f». Dans une application web, un secret n’est pas secret\u202f: quiconque utilise l’application peut le lire.',
	'secret-hint-optional':
		'Seulement si le fournisseur vous en a donné un. Dans une application web, un secret n’est pas secret\u202f: quiconque utilise l’application peut le lire.',
	'secret-stored-refused':
		'Un secret client a été enregistré auparavant pour cette connexion. {provider} refuse les secrets envoyés par une application web\u202f: il n’est donc jamais envoyé. Supprimez-le.',
	'remove-secret': 'Supprimer le secret client enregistré',
	'cloud-hint':
		'Là où votre organisation s’authentifie. Les clouds nationaux ne proposent que Microsoft Graph\u202f: les portails n’y obtiennent aucun jeton IMAP ou SMTP.',
	'issuer-hint-oauth2':
		'Facultatif. Si le fournisseur se nomme dans ses réponses (le paramètre iss, RFC 9207), saisissez ce nom\u202f: les réponses sont alors vérifiées par rapport à lui.',
	'revocation-hint':
		'Facultatif. S’il est renseigné, la suppression d’un compte révoque son jeton auprès du fournisseur.',
	'scopes-hint-custom': 'Séparées par des espaces. Laissez vide pour les étendues par défaut du fournisseur.',
	'scopes-hint-preset': 'Séparées par des espaces. Préremplies avec les étendues par défaut de {provider}.',

	// La carte d’une connexion.
	edit: 'Modifier',
	'edit-label': 'Modifier {name}',
	'secret-stored': 'enregistré, chiffré',
	defaults: '(par défaut)',
	note: 'Remarque',
	'shared-redirect-note':
		'L’adresse partagée des connexions créées auparavant\u202f: modifiez la connexion pour enregistrer la sienne.',

	// Ce qu’a trouvé la vérification d’un fournisseur OpenID (`{endpoint}` : son point de terminaison de révocation, en code).
	'checking-provider': 'Vérification du fournisseur…',
	'provider-found': 'Fournisseur trouvé.',
	'provider-found-cached': 'Fournisseur trouvé (en cache).',
	issuer: 'Émetteur',
	'pkce-supported': 'pris en charge',
	'pkce-not-advertised': 'non annoncé\u202f: le fournisseur le prend peut-être en charge malgré tout',
	revocation: 'Révocation',
	'revocation-supported': 'prise en charge ({endpoint})',
	'revocation-not-offered':
		'non proposée\u202f: la suppression d’un compte ne peut pas révoquer son jeton auprès du fournisseur',
	'check-failed': 'Impossible de vérifier le fournisseur.',
	'use-issuer': 'Utiliser «\u202f{issuer}\u202f»',
	'registered-automatically': 'Enregistrée automatiquement',
	'registered-cimd':
		'Créée à partir d’une adresse e-mail\u202f: connue de {host} par le Client ID Metadata Document de l’application (rien d’enregistré)\u202f; authentifie {domains}.',
	'registered-dcr':
		'Créée à partir d’une adresse e-mail\u202f: l’application s’est enregistrée elle-même auprès de {host} (Dynamic Client Registration)\u202f; authentifie {domains}.'
} satisfies Catalog<AreaKeys['connections']>;
