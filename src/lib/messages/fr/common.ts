import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/*
 * Glossaire français (à suivre dans tous les fichiers fr/).
 *
 * Registre : vouvoiement ; impératif pour les consignes (« Saisissez… », « Cliquez sur… »).
 * Typographie : espace fine insécable U+202F, écrite `\u202f`, avant ; : ! ? et à l’intérieur
 * des guillemets « » (l’échappement la rend visible et passe no-irregular-whitespace d’ESLint) ;
 * apostrophe typographique ’. Les noms de boutons cités dans une phrase vont entre « ».
 *
 *   account ........................ compte
 *   connection (OAuth2) ............ connexion ; OAuth2 connection : connexion OAuth2
 *   sign in / sign-in .............. s’authentifier / authentification (et non « connexion »,
 *                                    réservé aux connexions OAuth2) ; Sign in again (consigne) :
 *                                    « Authentifiez-vous de nouveau » ; signed out : déconnecté
 *   Sign in / Sign in again (bouton) S’authentifier / S’authentifier de nouveau ;
 *                                    Renew sign-in : Renouveler l’authentification
 *   Not signed in / Connected ...... Non authentifié / Connecté
 *   Refresh token (bouton) ......... Actualiser le jeton
 *   refresh token (le jeton) ....... jeton d’actualisation (libellé : Jeton d’actualisation)
 *   access token / id token ........ jeton d’accès / jeton d’identité
 *   renew / refresh (nom) .......... renouveler / actualisation
 *   provider ....................... fournisseur ; OpenID provider : fournisseur OpenID
 *   issuer / Issuer URL ............ émetteur / URL de l’émetteur
 *   endpoint ....................... point de terminaison (Token endpoint : point de terminaison
 *                                    de jeton ; Authorization… : d’autorisation ; Revocation… :
 *                                    de révocation)
 *   scope / Scopes ................. étendue / Étendues (terme des consoles Microsoft en français)
 *   Client Id / Client Secret ...... ID client / secret client (consoles Google et Microsoft)
 *   Project Id / API Project Id .... ID de projet / ID du projet d’API
 *   tenant / Tenant Id ............. locataire / ID de locataire (Microsoft Entra)
 *   redirect URI ................... URI de redirection (masculin : « enregistré »)
 *   Single-page application ........ Application monopage (plateforme d’Entra ID)
 *   Web application (Google) ....... Application Web
 *   grant type ..................... type d’octroi ; consent : consentement ;
 *                                    permission : autorisation ; delegated : déléguée
 *   portal / Embedding portal ...... portail / Portail hôte (transport « Portail hôte (IMAP et SMTP) »)
 *   Gmail API (transport) .......... API Gmail
 *   transport ...................... transport
 *   mail server / mailbox .......... serveur de messagerie / boîte aux lettres
 *   Test connection ................ Tester la connexion
 *   Send test message .............. Envoyer un message de test
 *   Email (champ) / Apply / Edit ... Adresse e-mail / Appliquer / Modifier
 *   Settings / Save / Delete ....... Paramètres / Enregistrer / Supprimer
 *   Cancel / Close / Add ........... Annuler / Fermer / Ajouter
 *   Import / Export ................ Importer / Exporter (nom : importation / export)
 *   Forget this browser ............ Oublier ce navigateur
 *   twin (démo) .................... jumeau ; preset : préréglage
 *   offline ........................ hors ligne
 *   global cloud ................... cloud mondial
 * Restent tels quels : noms de produits et de fournisseurs, URL, noms d’étendues, RFC, codes HTTP,
 * noms de champs JSON et valeurs techniques (common, organizations, ssl, starttls…).
 */

/** Ce que montre chaque page : l’en-tête, les avis de la mise en page, les mots communs aux dialogues. */
export default {
	// Navigation.
	'nav-main': 'Principale',
	'nav-accounts': 'Comptes',
	'nav-connections': 'Connexions',
	'nav-settings': 'Paramètres',
	'drop-to-import': 'Déposez le fichier de configuration pour l’importer',
	offline:
		'{strong} Les connexions, les comptes et les paramètres peuvent être consultés et modifiés. L’authentification et les tests de messagerie nécessitent le réseau\u202f; les jetons seront renouvelés d’eux-mêmes à son retour.',
	'offline-strong': 'Hors ligne.',
	reloading: 'Cette application a été mise à jour ou réinitialisée dans un autre onglet\u202f: rechargement…',
	'database-newer':
		'Un autre onglet exécute une version plus récente de cette application et a mis à niveau ses données. Rechargez cet onglet pour utiliser la nouvelle version.',
	'database-missing':
		'Ce navigateur ne propose pas IndexedDB ici (c’est le cas de la navigation privée dans certains navigateurs)\u202f: l’application ne peut rien enregistrer.',
	'database-failed':
		'Le stockage de l’application n’a pas pu être ouvert\u202f: {detail}. Fermez les autres onglets de l’application et rechargez la page.',
	reload: 'Recharger',
	loading: 'Chargement…',
	'refresh-token': 'Actualiser le jeton'
} satisfies Catalog<AreaKeys['common']>;
