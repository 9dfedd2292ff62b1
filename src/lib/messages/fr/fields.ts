import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Un problème de formulaire, de fichier de configuration ou d’enregistrement stocké, par code
 * (`FieldCode`). Un formulaire affiche la phrase sous son champ ; une importation la place après
 * son chemin, d’où la minuscule initiale (`connections[3].tokenEndpoint: ce n’est pas une URL https…`).
 */
export default {
	'field-missing': 'ajoutez «\u202f{field}\u202f»',
	invalid: 'valeur non valide',

	'name-required': 'saisissez un nom',
	'name-too-long': 'raccourcissez le nom à {max} caractères au plus',
	'name-control': 'retirez du nom les sauts de ligne et les caractères de contrôle',
	'client-id-required': 'saisissez l’ID client',
	'client-id-too-long': 'l’ID client dépasse {max} caractères\u202f: vérifiez que vous avez collé la bonne valeur',
	'client-id-spaces': 'retirez les espaces et les sauts de ligne de l’ID client',

	'url-empty': 'saisissez une URL',
	'url-not-a-url':
		'ce n’est pas une URL\u202f: saisissez une adresse complète, par exemple https://login.example.com/token',
	'url-scheme': 'ce n’est pas une URL https\u202f: saisissez une adresse qui commence par https://',
	'url-insecure':
		'ce n’est pas une URL https\u202f: le simple http:// n’est autorisé que pour les adresses de bouclage comme 127.0.0.1 ou localhost',
	'url-credentials': 'retirez de l’URL le nom d’utilisateur et le mot de passe',
	'url-fragment': 'retirez de l’URL la partie qui suit #',

	'connection-not-object': 'un objet contenant les champs de la connexion est attendu',
	'id-type': 'l’id doit être du texte',
	'id-pattern': 'l’id ne peut contenir que des lettres, des chiffres et . _ : - (128 au plus)',
	'provider-unknown': 'choisissez un fournisseur parmi {options}',
	'client-secret-type': 'le secret client doit être du texte',
	'client-secret-too-long': 'le secret client dépasse {max} caractères\u202f: vérifiez ce que vous avez collé',
	'project-id-type': 'l’ID de projet doit être du texte',
	'project-id-too-long': 'raccourcissez-le à {max} caractères au plus',
	'cloud-unknown': 'choisissez un cloud parmi {options}',
	'scopes-type': 'saisissez les étendues séparées par des espaces',
	'scope-type': 'chaque étendue doit être du texte',
	'scopes-too-many': 'limitez-vous à {max} étendues au plus',
	'scope-characters':
		'une étendue ne peut contenir ni guillemets, ni barres obliques inverses, ni caractères hors ASCII',
	'issuer-required': 'saisissez l’URL de l’émetteur de votre fournisseur OpenID',
	'authorization-endpoint-required': 'saisissez le point de terminaison d’autorisation',
	'token-endpoint-required': 'saisissez le point de terminaison de jeton',
	'field-only-custom':
		'seule une connexion OpenID Connect personnalisée ou OAuth2 personnalisée a ce champ\u202f; c’est la valeur propre au fournisseur {provider} qui est utilisée',
	'field-only-oauth2':
		'seule une connexion OAuth2 personnalisée a ce champ\u202f; c’est la valeur propre au fournisseur {provider} qui est utilisée',
	'field-only-microsoft':
		'seule une connexion Microsoft a ce champ\u202f; c’est la valeur propre au fournisseur {provider} qui est utilisée',
	'secret-refused-microsoft':
		'Microsoft refuse un secret client envoyé par une application web\u202f: enregistrez l’URI de redirection comme «\u202fApplication monopage\u202f» (un client public, sans secret) et laissez le secret client vide',
	'secret-refused-fastmail': 'les clients Fastmail utilisent PKCE sans secret\u202f: laissez le secret client vide',
	'tenant-invalid':
		'saisissez common, organizations, consumers, le GUID de votre locataire ou son domaine (par exemple contoso.onmicrosoft.com)',
	'project-id-spaces': 'retirez les espaces et les sauts de ligne de l’ID de projet',
	'tenant-id-spaces': 'retirez les espaces et les sauts de ligne de l’ID de locataire',
	'api-project-id-spaces': 'retirez les espaces et les sauts de ligne de l’ID du projet d’API',
	'openid-scope-missing': 'ajoutez openid\u202f: une authentification OpenID Connect en a besoin',

	'account-not-object': 'un objet contenant les champs du compte est attendu',
	'email-required': 'saisissez l’adresse e-mail',
	'email-too-long': 'l’adresse e-mail est trop longue',
	'email-invalid': 'saisissez une adresse e-mail, par exemple nom@example.com',
	'connection-required': 'choisissez une connexion OAuth2',
	'transport-unknown': 'choisissez un transport parmi {options}',
	// Des accolades propres au format, pas des paramètres : des fonctions, pour que rien ne les remplisse.
	'servers-not-object': () => 'les serveurs sont attendus\u202f: {imap, smtp, jmap}',
	'server-not-object': () => 'un serveur est attendu\u202f: {host, port, security, username}',
	'jmap-server-not-object': () => 'un serveur JMAP est attendu\u202f: {sessionUrl}',
	'host-required': 'saisissez le nom d’hôte du serveur',
	'host-invalid': 'saisissez un nom d’hôte comme imap.example.com, sans https:// ni port',
	'port-required': 'saisissez un port',
	'port-type': 'saisissez un numéro de port',
	'port-whole': 'saisissez un numéro de port entier',
	'port-range': 'saisissez un port entre 1 et 65535',
	'security-unknown': 'choisissez ssl, starttls ou none',
	'username-type': 'saisissez le nom d’utilisateur',
	'username-too-long': 'le nom d’utilisateur est trop long',

	'grant-not-object': 'une autorisation (grant) est attendue',

	'file-too-large':
		'le fichier fait {size} Ko\u202f; une configuration fait au plus {max} Ko\u202f: est-ce le bon fichier\u202f?',
	'file-not-json': (p) =>
		`ce n’est pas du JSON (${p.detail ?? 'illisible'})\u202f: choisissez un fichier exporté par OAuth2 Client`,
	'file-too-deep':
		'imbrication plus profonde que dans tout export (plus de {max} niveaux)\u202f: ce n’est pas un export d’OAuth2 Client',
	'file-not-object':
		'un objet contenant "format", "connections" et "accounts" est attendu\u202f: ce n’est pas un export d’OAuth2 Client',
	'format-newer':
		'«\u202f{format}\u202f» provient d’une version plus récente d’OAuth2 Client\u202f: mettez à jour cette application, puis importez de nouveau',
	'format-wrong':
		'«\u202f{expected}\u202f» est attendu, et non «\u202f{format}\u202f»\u202f: ce n’est pas un export d’OAuth2 Client',
	'format-missing': '«\u202f{expected}\u202f» est attendu\u202f: ce n’est pas un export d’OAuth2 Client',
	'file-unknown-field': 'champ inconnu\u202f: supprimez-le',
	'exported-at-invalid': 'la date d’exportation est attendue au format ISO 8601',
	'connections-not-list': 'une liste de connexions est attendue',
	'accounts-not-list': 'une liste de comptes est attendue',
	'connections-too-many': 'plus de {max} connexions\u202f: scindez le fichier',
	'accounts-too-many': 'plus de {max} comptes\u202f: scindez le fichier',
	'unknown-field': 'champ inconnu',
	'unknown-field-token': 'champ inconnu (les jetons ne sont jamais importés)',
	'unknown-field-secret': 'champ inconnu (les mots de passe et les secrets ne sont jamais importés)',
	'unknown-field-connection-secret': 'champ inconnu (une connexion ne porte son secret que dans clientSecret)',
	'connection-id-missing': 'chaque connexion d’un fichier doit avoir son id',
	'account-id-missing': 'chaque compte d’un fichier doit avoir son id',
	'id-used-twice': 'l’id «\u202f{id}\u202f» est utilisé deux fois dans ce fichier (voir aussi {also})',
	'name-used-twice': 'le nom «\u202f{name}\u202f» est utilisé deux fois dans ce fichier (voir aussi {also})',
	'email-used-twice': 'l’adresse {email} est utilisée deux fois dans ce fichier (voir aussi {also})',

	'connection-name-taken': 'une autre connexion s’appelle déjà «\u202f{name}\u202f»\u202f: choisissez un autre nom',
	'connection-gone': 'choisissez une connexion OAuth2\u202f: celle qui était choisie n’existe plus',
	'email-taken-by': 'un autre compte («\u202f{account}\u202f») utilise déjà {email}',
	'email-taken': 'un autre compte utilise déjà {email}',
	'name-clash': '«\u202f{name}\u202f» est déjà le nom d’une autre connexion ici\u202f: renommez l’une des deux',
	'email-clash': 'l’adresse {email} est déjà utilisée ici par un autre compte («\u202f{account}\u202f»)',
	'connection-missing': 'aucune connexion d’id «\u202f{id}\u202f» ne figure dans le fichier ni ici',

	// Ce que l’aperçu d’une importation signale en plus des problèmes de champs (`StorageCode`).
	'client-secret-not-kept':
		'«\u202f{name}\u202f» désigne un autre point de terminaison ou un autre client\u202f: son secret client enregistré ne sera pas conservé. Si ce client en a besoin, saisissez-le dans la connexion après l’importation.'
} satisfies Catalog<AreaKeys['fields']>;
