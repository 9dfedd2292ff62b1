import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * La page des comptes, et la liste des comptes que montre la page d’accueil : la liste, le dialogue
 * du compte, les avis d’authentification, le bandeau des comptes importés et les outils de messagerie.
 * Les paramètres qui ne sont pas remplis (`{link}`, `{strong}`…) marquent la place d’un élément (un
 * lien, des mots en gras) dont les mots sont un message à part.
 */
export default {
	// La page.
	title: 'Comptes · OAuth2 Client',
	heading: 'Comptes',
	intro:
		'Un compte est une adresse e-mail qui s’authentifie par l’intermédiaire d’une connexion. Une fois authentifié, ses jetons restent à jour d’eux-mêmes.',

	// La liste (`{link}` : un lien vers la page Connexions, nommé comme dans la navigation).
	'add-account': 'Ajouter un compte',
	'connection-first': 'Ajoutez d’abord une connexion\u202f: {link}',
	loading: 'Chargement des comptes…',
	'none-yet': 'Aucun compte pour l’instant',
	'start-with-connection':
		'Authentifiez-vous ci-dessus avec votre adresse e-mail, ou commencez par une connexion, l’application que vous avez enregistrée chez votre fournisseur\u202f: {link}.',
	'add-first':
		'Ajoutez un compte\u202f: une adresse e-mail qui s’authentifie par l’intermédiaire de l’une de vos connexions.',
	'list-label': 'Comptes',
	open: 'Ouvrir',
	'open-label': 'Ouvrir {name}',
	'sign-in-again': 'S’authentifier de nouveau',
	'renew-sign-in': 'Renouveler l’authentification',
	'fix-connection': 'Corriger la connexion «\u202f{name}\u202f»',

	// La suppression d’un compte.
	'dialog-title': 'Compte «\u202f{name}\u202f»',
	'delete-title': 'Supprimer «\u202f{name}\u202f»\u202f?',
	'delete-title-none': 'Supprimer\u202f?',
	'delete-explained':
		'{email} sera déconnecté\u202f: son jeton d’actualisation sera révoqué auprès du fournisseur, si celui-ci propose la révocation, puis le compte sera retiré de ce navigateur.',
	'revoke-failed': 'Impossible de demander au fournisseur de révoquer le jeton\u202f: {problem}',
	'delete-anyway-question':
		'Supprimer quand même\u202f? Le jeton reste alors valide auprès du fournisseur jusqu’à son expiration, ou jusqu’à ce que vous le révoquiez chez lui.',
	deleted: 'Compte «\u202f{name}\u202f» supprimé.',
	'deleted-revoked': 'Compte «\u202f{name}\u202f» supprimé\u202f; son jeton a été révoqué auprès du fournisseur.',

	// Le dialogue du compte.
	email: 'Adresse e-mail',
	'settings-tabs': 'Paramètres du compte',
	'tab-properties': 'Propriétés',
	'tab-servers': 'Serveurs de messagerie',
	connection: 'Connexion OAuth2',
	'no-connections': 'Aucune connexion pour l’instant\u202f: ajoutez-en une dans Connexions',
	transport: 'Transport',
	'transport-default': 'Par défaut\u202f: {transport}',
	'transport-default-plain': 'Par défaut',
	// Le nom du transport du portail (JMAP, Gmail API et Microsoft Graph : des noms de produits, écrits par le composant).
	'transport-host': 'Portail hôte (IMAP et SMTP)',
	'sign-in-heading': 'Authentification',
	'refresh-token-stored': 'enregistré, chiffré',
	'signed-in-as': 'Authentifié en tant que',
	'renew-advice':
		'{provider} met fin de lui-même à cette authentification. Renouvelez-la dès maintenant\u202f: tant que votre session {provider} est ouverte, aucun mot de passe n’est demandé.',
	'save-then-sign-in':
		'Enregistrez le compte, puis authentifiez-vous. Le bouton «\u202fActualiser le jeton\u202f» fait les deux.',
	'choose-connection-first': 'Choisissez d’abord une connexion OAuth2.',
	'servers-known': '{provider} ne nécessite aucun réglage de serveur\u202f: ceux-ci sont utilisés.',
	'servers-custom': 'Saisissez les serveurs de votre fournisseur. Laissez vide un serveur que vous n’utilisez pas.',
	'imap-host': 'Hôte IMAP',
	'imap-port': 'Port IMAP',
	'imap-security': 'Sécurité IMAP',
	'smtp-host': 'Hôte SMTP',
	'smtp-port': 'Port SMTP',
	'smtp-security': 'Sécurité SMTP',
	'jmap-url': 'URL de session JMAP',
	'jmap-url-hint': 'Par exemple {url}',
	saved: 'Enregistré.',
	apply: 'Appliquer',

	// L’authentification (`{strong}` : la première phrase, en gras : `blocked-strong`).
	renewing: 'Renouvellement de l’authentification auprès du fournisseur…',
	waiting: 'En attente de votre authentification dans l’autre fenêtre…',
	finishing: 'Finalisation de l’authentification…',
	'blocked-strong': 'Le navigateur a bloqué la fenêtre d’authentification.',
	'blocked-framed':
		'{strong} Les fournisseurs n’affichent pas leurs pages d’authentification dans un portail\u202f: il faut donc une fenêtre distincte. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
	blocked:
		'{strong} Autorisez les fenêtres pop-up pour ce site et cliquez de nouveau sur «\u202fActualiser le jeton\u202f», ou authentifiez-vous dans cet onglet\u202f: vous reviendrez ici ensuite.',
	'try-again': 'Réessayer',
	'continue-here': 'Continuer dans cet onglet',
	welcome: 'Bienvenue\u202f!',
	'welcome-name': 'Bienvenue, {name}\u202f!',
	connected: 'Le compte «\u202f{account}\u202f» est connecté.',
	'connected-stored': 'Le compte «\u202f{account}\u202f» est connecté\u202f: un jeton d’actualisation est enregistré.',
	// `{signedAs}` et `{address}` en gras : l’adresse avec laquelle l’authentification s’est faite, et celle du compte.
	'email-mismatch':
		'L’authentification s’est faite en tant que {signedAs}, mais l’adresse de ce compte est {address}. Le jeton est celui de {person}. Si ce n’est pas ce que vous vouliez, cliquez sur «\u202fActualiser le jeton\u202f» et authentifiez-vous en tant que {account}.',
	'offline-sign-in':
		'Le navigateur est hors ligne\u202f: l’authentification nécessite le réseau. Rien n’a été lancé. Rétablissez l’accès au réseau et réessayez.',
	'sign-in-cut-off':
		'La fenêtre d’authentification a été fermée avant la fin de l’authentification, ou le fournisseur l’a coupée de cette page (sa Cross-Origin-Opener-Policy rompt le lien entre les deux fenêtres). Si vous avez terminé l’authentification dans cette fenêtre et que ce compte ne se met pas à jour, le fournisseur doit le permettre\u202f: demandez à son administrateur une Cross-Origin-Opener-Policy «\u202fsame-origin-allow-popups\u202f», ou aucune, sur ses pages d’authentification, ou utilisez l’application seule plutôt que dans un portail. Sinon, cliquez de nouveau sur «\u202fActualiser le jeton\u202f».',
	'sign-in-unexpected': 'L’authentification a échoué de manière inattendue\u202f: {detail}',

	// Les comptes apportés par une importation.
	'imported-heading': 'Comptes importés\u202f: authentifiez-vous',
	'imported-intro':
		'Ces comptes proviennent d’une configuration importée. Les jetons ne sont jamais exportés\u202f: chacun doit donc s’authentifier une fois ici.',
	'sign-in': 'S’authentifier',
	'sign-in-label': 'Authentifier {email}',
	'hide-imported': 'Masquer cette liste',

	// Le test de la messagerie du compte.
	'test-connection': 'Tester la connexion',
	'send-test-message': 'Envoyer un message de test',
	testing: 'Test de la connexion…',
	// `{transport}` et `{identity}` en gras : le nom de l’API de messagerie, et le nom et l’adresse qu’elle connaît.
	'known-as': 'Selon {transport}, ce compte est {identity}.',
	'transport-name-host': 'le portail hôte',
	'mailboxes-of': 'Boîtes aux lettres de {email}',
	mailbox: 'Boîte aux lettres',
	role: 'Rôle',
	messages: 'Messages',
	unread: 'Non lus',
	'sign-in-again-with': 'S’authentifier de nouveau avec {scope}',
	'token-renewed':
		'Le serveur n’acceptait plus le jeton d’accès\u202f; celui-ci a été renouvelé et la requête a été renvoyée.',
	'send-title': 'Envoyer un message de test depuis {email}',
	to: 'À',
	subject: 'Objet',
	body: 'Corps du message',
	'test-subject': 'Message de test d’OAuth2 Client',
	'test-body': 'Ce message a été envoyé pour vérifier que le compte peut envoyer des e-mails.',
	'to-invalid': 'saisissez une ou plusieurs adresses e-mail, séparées par des virgules',
	sending: 'Envoi…',
	sent: 'Envoyé.',
	'sent-renewed': 'Envoyé. (Le jeton d’accès avait expiré sur le serveur\u202f; il a été renouvelé en cours de route.)',
	send: 'Envoyer',
	// Le jeton d’actualisation, ce que le compte détient (le bouton est `refresh-token` de common).
	'refresh-token-label': 'Jeton d’actualisation'
} satisfies Catalog<AreaKeys['accounts']>;
