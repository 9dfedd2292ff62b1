import type { AreaKeys } from '../areas';
import { pluralCategory, type Catalog } from '../format';

/** « 1 compte », « 0 compte », « 3 comptes » : le nombre et le nom, au pluriel du français (0 et 1 au singulier). */
const count = (n: unknown, one: string, other: string) =>
	`${String(n)} ${pluralCategory('fr', Number(n)) === 'one' ? one : other}`;

/** « une connexion », « 3 connexions » : dans une phrase, « un » ou « une » plutôt que le chiffre 1. */
const some = (n: unknown, single: string, one: string, other: string) =>
	Number(n) === 1 ? single : count(n, one, other);

/** La page des paramètres : langue, stockage, export et importation, portails, oubli, cette application. */
export default {
	title: 'Paramètres · OAuth2 Client',
	heading: 'Paramètres',

	// La langue.
	'language-heading': 'Langue',
	'language-legend': 'Afficher cette application en',
	'language-browser': 'Utiliser la langue du navigateur',
	'language-from-browser': 'Langue utilisée\u202f: {language}, celle du navigateur.',
	'language-from-setting': 'Langue utilisée\u202f: {language}, choisie ici.',
	'language-from-url':
		'Langue utilisée\u202f: {language}, définie par le portail avec {param} dans l’adresse de l’application.',

	// Le stockage dans ce navigateur.
	'storage-heading': 'Stockage dans ce navigateur',
	'storage-intro':
		'Les connexions, les comptes et leurs jetons sont conservés uniquement dans ce navigateur. Les secrets client et les jetons sont chiffrés avec une clé qui ne peut pas quitter ce navigateur\u202f: les exports, les sauvegardes et un coup d’œil au stockage du navigateur ne les montrent donc jamais. Cela ne protège pas contre un script malveillant exécuté dans cette page, ni contre une personne ayant accès à l’ensemble de votre profil de navigateur.',
	persisted: 'Le navigateur conserve les données de cette application même lorsqu’il manque d’espace.',
	'not-persisted':
		'{strong} lorsqu’il manque d’espace, et Safari les supprime après 7 jours sans visite. Exportez votre configuration pour en garder une copie, ou demandez au navigateur de conserver les données.',
	'not-persisted-strong': 'Le navigateur peut effacer les données de cette application',
	'ask-to-persist': 'Demander au navigateur de conserver les données',
	'persistence-unsupported':
		'Ce navigateur ne peut pas garantir la conservation des données de l’application\u202f: il peut les effacer. Exportez votre configuration pour en garder une copie.',

	// L’export.
	'export-heading': 'Exporter',
	'export-intro':
		'Enregistrez des connexions et leurs comptes dans un fichier, pour les transférer vers un autre navigateur, un portail ou un collègue. Les jetons ne sont jamais exportés.',
	'export-what': 'Éléments à exporter',
	'export-all': 'Tout',
	'export-chosen': 'Les connexions choisies et leurs comptes',
	'no-connections': 'Aucune connexion pour l’instant.',
	'include-secrets':
		'Inclure les secrets client\u202f: le fichier les contient alors en clair, conservez-le donc aussi soigneusement qu’un mot de passe',
	export: 'Exporter',
	'export-none-chosen': 'Cochez au moins une connexion à exporter.',
	exported: (p) =>
		`${p.name} enregistré\u202f: ${count(p.connections, 'connexion', 'connexions')}, ${count(p.accounts, 'compte', 'comptes')}. Aucun jeton.`,
	'exported-with-secrets': (p) =>
		`${p.name} enregistré\u202f: ${count(p.connections, 'connexion', 'connexions')}, ${count(p.accounts, 'compte', 'comptes')}, avec les secrets client. Aucun jeton.`,

	// L’importation.
	'import-heading': 'Importer',
	'import-intro':
		'Chargez les connexions et les comptes d’un fichier exporté, ou déposez le fichier n’importe où sur cette page. Vous voyez ce qu’il ajoute et remplace avant que quoi que ce soit ne soit écrit. Les comptes importés s’authentifient une fois ici.',
	'import-file': 'Fichier de configuration',
	import: 'Importer',
	'import-no-file': 'Choisissez d’abord un fichier de configuration (ou déposez-en un sur la page).',
	'imported-summary': (p) =>
		`${count(p.connections, 'connexion importée', 'connexions importées')} et ${count(p.accounts, 'compte importé', 'comptes importés')} depuis ${p.name}. Les comptes restent à l’état «\u202f${p.status}\u202f» jusqu’à votre authentification.`,
	'revocation-failures':
		'Ces comptes remplacés n’ont pas pu être déconnectés auprès de leur fournisseur\u202f: {list}.',
	'import-title-named': 'Importer {name}\u202f?',
	'imported-title': 'Importation terminée\u202f: {name}',
	'unnamed-file': 'le fichier',
	reading: 'Lecture du fichier…',
	'file-unreadable': 'le fichier n’a pas pu être lu',
	refused: '{strong} Rien n’a été modifié.',
	'refused-strong': 'Ce fichier ne peut pas être importé.',
	'import-stopped': '{strong} {reason}',
	'import-stopped-strong': 'L’importation s’est arrêtée\u202f: rien du fichier n’a été écrit.',
	'signed-out-before-stop':
		'Avant l’arrêt, ces comptes remplacés avaient déjà été déconnectés auprès de leur fournisseur, si bien que leurs jetons ne fonctionnent plus\u202f: {list}. Authentifiez de nouveau chacun d’eux sur la page Comptes («\u202fS’authentifier de nouveau\u202f»).',
	'nothing-else-changed': 'Rien d’autre n’a été modifié.',
	'choose-again':
		'Pour importer, choisissez de nouveau le fichier\u202f: l’aperçu montrera alors ce qu’il fait à la configuration telle qu’elle est maintenant.',
	'changed-meanwhile':
		'La configuration présente ici a changé pendant que cet aperçu était ouvert. Personne n’a été déconnecté et rien n’a été écrit\u202f: voici ce que fait l’importation maintenant.',
	clashes: '{strong} Rien n’est importé tant que le fichier n’est pas corrigé\u202f:',
	'clashes-strong': 'Il est en conflit avec ce qui se trouve ici.',
	'connections-added': 'Connexions ajoutées',
	'connections-replaced': 'Connexions remplacées',
	'accounts-added': 'Comptes ajoutés',
	'accounts-replaced': 'Comptes remplacés',
	'client-secrets': 'Secrets client',
	'secrets-in-file': '{count} dans le fichier',
	'secrets-not-kept': 'Secrets client non conservés',
	'signed-out-by-import':
		'Authentifiés actuellement et remplacés par le fichier, donc déconnectés par l’importation\u202f: {list}.',
	'signed-out-rebound':
		'Absents du fichier, mais authentifiés par une connexion que le fichier fait pointer vers un autre fournisseur ou un autre client, donc déconnectés eux aussi (leurs jetons sont révoqués auprès de l’ancien fournisseur)\u202f: {list}.',
	'permissions-not-kept': 'Autorisations de portail non conservées',
	'permission-lost': {
		one: '{email} est remplacé par le fichier\u202f: {origins} perd son autorisation de l’utiliser. Accordez-la de nouveau si le nouveau compte correspond à la même boîte aux lettres.',
		other:
			'{email} est remplacé par le fichier\u202f: {origins} perdent leur autorisation de l’utiliser. Accordez-la de nouveau si le nouveau compte correspond à la même boîte aux lettres.'
	},
	'confirm-import': 'Confirmer l’importation',
	'import-done':
		'Importation terminée. Les comptes sont listés ci-dessous, chacun avec un bouton «\u202fS’authentifier\u202f».',
	'progress-checking': 'Nouvelle vérification de la configuration présente ici…',
	'progress-writing': 'Écriture…',
	'progress-signing-out': 'Déconnexion de {account} ({number} sur {total})…',

	// Les portails autorisés et leur journal.
	'portals-heading': 'Origines de portail autorisées',
	'portals-intro':
		'Les portails qui intègrent cette application et peuvent obtenir des jetons d’accès, chacun pour les comptes que vous avez choisis. Un portail est autorisé depuis son propre avis ({button}), dans une fenêtre de cette application.',
	'no-portals': 'Aucun portail n’est autorisé.',
	'portal-no-accounts': 'aucun compte',
	'remove-portal': 'Retirer {origin}',
	remove: 'Retirer',
	'log-heading': 'Journal des portails',
	'log-intro':
		'Quel portail a demandé quoi, et ce qu’il a obtenu\u202f: chaque requête d’un portail autorisé et chaque message d’un portail qui ne l’est pas.',
	'log-empty': 'Rien pour l’instant.',
	'log-caption': 'Journal des portails, du plus récent au plus ancien',
	'log-when': 'Date',
	'log-portal': 'Portail',
	'log-asked': 'Demande',
	'log-account': 'Compte',
	'log-result': 'Résultat',
	'clear-log': 'Effacer le journal',

	// Oublier ce navigateur.
	'forget-heading': 'Oublier ce navigateur',
	'forget-intro':
		'Déconnecte chaque compte (en révoquant ses jetons auprès du fournisseur, lorsque celui-ci le permet) et supprime de ce navigateur toutes les connexions et tous les comptes, jetons, secrets et paramètres. À faire avant de confier l’ordinateur à quelqu’un d’autre.',
	'forget-not-revoked':
		'Tout a été supprimé de ce navigateur. Ces jetons n’ont pas pu être révoqués auprès de leur fournisseur\u202f: ils y restent valides jusqu’à leur expiration, ou jusqu’à ce que vous retiriez l’accès de l’application dans les paramètres de votre compte chez le fournisseur.',
	'forget-button': 'Oublier ce navigateur…',
	'forget-failed':
		'Impossible d’oublier ce navigateur\u202f: {detail}. Fermez les autres onglets de l’application et réessayez.',
	'forget-title': 'Oublier ce navigateur\u202f?',
	'forget-confirm': 'Tout oublier',
	'forget-summary': (p) =>
		`Cette action supprime de ce navigateur ${some(p.connections, 'une connexion', 'connexion', 'connexions')} et ${some(p.accounts, 'un compte', 'compte', 'comptes')}${
			Number(p.grants) > 0
				? `, après avoir révoqué auprès de leurs fournisseurs les jetons ${Number(p.grants) === 1 ? 'd’un compte authentifié' : `de ${count(p.grants, 'compte authentifié', 'comptes authentifiés')}`}`
				: ''
		}. Les autres onglets ouverts de l’application se rechargent. Cette action est irréversible\u202f: exportez d’abord votre configuration si vous voulez la conserver.`,
	'forget-revoking': 'Révocation {number} sur {total}\u202f: {account}…',
	'forget-deleting': 'Suppression…',
	'forget-progress': 'Révocation des jetons',

	// Cette application.
	'about-heading': 'Cette application',
	'about-version': 'Version',
	'about-built': 'Date de compilation',
	'about-offline': 'Fonctionne hors ligne',
	'offline-ready': 'Oui\u202f: ce navigateur conserve une copie de l’application, qui s’ouvre donc sans réseau.',
	'offline-storing': 'Pas encore\u202f: la copie pour l’utilisation hors ligne est en cours d’enregistrement.',
	'offline-unsupported':
		'Non\u202f: ce navigateur ne propose pas de service workers ici (ce peut être le cas d’une fenêtre de navigation privée).',
	'offline-checking': 'Vérification…'
} satisfies Catalog<AreaKeys['settings']>;
