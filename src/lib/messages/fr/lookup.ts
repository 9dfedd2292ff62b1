import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Trouver un fournisseur à partir d’une adresse e-mail : les étapes au fil de l’eau, ce qui a été trouvé, et chaque problème. */
export default {
	steps: 'Ce que l’application a trouvé',
	'try-again': 'Réessayer',
	'step-autodiscovery': 'Serveur de messagerie de {domain}',
	'step-resource': 'Où les comptes de {host} s’authentifient',
	'step-server': 'Serveur d’authentification {host}',
	'step-registration': 'Enregistrement de l’application auprès de {host}',
	'step-doing': 'en cours…',
	'step-done': 'trouvé',
	'step-failed': 'échec',
	'found-host': 'Vous vous authentifiez auprès de {host}.',
	'method-cimd':
		'L’application se présente avec son Client ID Metadata Document ({client})\u202f: rien n’est enregistré.',
	'method-dcr':
		'L’application s’enregistre elle-même auprès de {host} (Dynamic Client Registration, RFC 7591) quand vous continuez\u202f: aucun ID client à saisir.',
	remembered: 'Déjà trouvé auparavant\u202f: rien n’a dû être redemandé.',
	continue: 'S’authentifier auprès de {host}',
	cancel: 'Recommencer',
	'preset-missing':
		'Les adresses en {domain} s’authentifient auprès de {provider}, qui ne laisse pas les applications s’enregistrer elles-mêmes. Un administrateur crée une fois une connexion pour {provider} (avec un ID client enregistré chez lui)\u202f; ensuite, cette authentification y mène directement.',
	'needs-admin':
		'{host} n’accepte pas le document de métadonnées de l’application et ne laisse pas les applications s’enregistrer elles-mêmes\u202f: ce fournisseur a donc besoin d’une connexion créée par un administrateur. L’éditeur de connexion s’ouvre avec ce qui a été trouvé.',
	'needs-admin-token':
		'{host} n’enregistre que les applications autorisées par un administrateur (un initial access token)\u202f: ce fournisseur a donc besoin d’une connexion créée par un administrateur. L’éditeur de connexion s’ouvre avec ce qui a été trouvé.',
	'make-connection': 'Créer la connexion',
	'at-step': '{step}\u202f: {problem}',
	'name-autodiscovery': 'Recherche du serveur de messagerie',
	'name-resource': 'Lecture des informations d’authentification du serveur de messagerie',
	'name-server': 'Lecture des informations du serveur d’authentification',
	'name-registration': 'Enregistrement de l’application',
	'name-save': 'Enregistrement du compte',
	offline:
		'Le navigateur est Hors ligne. Connectez-vous au réseau et cliquez de nouveau sur «\u202fS’authentifier\u202f».',
	unreachable:
		'{url} n’a pas répondu à cette application. Vérifiez l’adresse\u202f; si elle est juste, le serveur n’existe peut-être pas, est injoignable ou n’autorise pas l’origine de cette application (CORS). Réessayez plus tard ou adressez-vous à votre fournisseur.',
	timeout: '{url} n’a pas répondu à temps. Réessayez dans un instant.',
	'insecure-url':
		'{url} n’est pas une adresse https. L’application ne suit jamais le http simple (n’importe qui sur le trajet pourrait le lire ou le modifier). Demandez à votre fournisseur de le servir en https.',
	'http-status':
		'{url} a répondu avec le statut HTTP {status}. Réessayez plus tard\u202f; si cela persiste, adressez-vous à votre fournisseur.',
	'not-json':
		'{url} n’a pas répondu en JSON. Demandez à votre fournisseur s’il permet l’authentification par adresse e-mail.',
	'no-jmap':
		'{domain} n’a pas de serveur de messagerie JMAP à {url}\u202f: son fournisseur ne peut donc pas être trouvé à partir de l’adresse. Demandez une connexion à votre administrateur, ou vérifiez l’adresse.',
	'no-resource-metadata':
		'Le serveur de messagerie n’indique pas où ses comptes s’authentifient (pas de Protected Resource Metadata à {url}). Demandez une connexion à votre administrateur.',
	'resource-mismatch':
		'Les métadonnées du serveur de messagerie valent pour {named}, et non pour {expected}\u202f: elles ne sont donc pas utilisées (RFC 9728). Demandez à votre fournisseur de les corriger.',
	'no-authorization-servers':
		'Les métadonnées du serveur de messagerie ne nomment aucun serveur d’authentification. Demandez une connexion à votre administrateur.',
	'issuer-mismatch':
		'Les métadonnées du serveur d’authentification le nomment {named} au lieu de {issuer}\u202f: elles ne sont donc pas utilisées. Demandez à votre fournisseur de les corriger.',
	'missing-endpoint':
		'Il manque {field} dans les métadonnées du serveur d’authentification. Demandez à votre fournisseur de les corriger.',
	'no-s256':
		'{issuer} ne propose pas PKCE avec S256, dont cette application a besoin pour s’authentifier en sécurité. Demandez à votre fournisseur de l’activer.',
	'no-metadata':
		'{issuer} ne publie aucune métadonnée d’authentification (RFC 8414 ou OpenID Connect Discovery). Adressez-vous à votre fournisseur.',
	'needs-token':
		'{host} n’enregistre que les applications autorisées par un administrateur. Demandez une connexion à votre administrateur.',
	refused: (p) =>
		`${String(p.host)} a refusé d’enregistrer l’application${p.error ? ` (${String(p.error)}${p.description ? `\u202f: ${String(p.description)}` : ''})` : ''}. Demandez une connexion à votre administrateur.`,
	'no-client-id':
		'{host} a enregistré l’application mais n’a renvoyé aucun ID client. Réessayez\u202f; si cela persiste, adressez-vous à votre fournisseur.',
	'not-public':
		'{host} a enregistré l’application avec {method} au lieu d’un client public, ce qu’une application de navigateur ne peut pas être. Demandez une connexion à votre administrateur.',
	'no-method':
		'{issuer} n’offre à l’application aucun moyen de se présenter. Demandez une connexion à votre administrateur.',
	'connection-not-saved': 'La connexion n’a pas pu être enregistrée ({field}). Rien n’a été modifié\u202f; réessayez.',
	'account-not-saved': 'Le compte {email} n’a pas pu être enregistré ({field}). Rien n’a été modifié\u202f; réessayez.',
	'signed-in': 'Authentifié\u202f: {email} est prêt.',
	'remove-registration':
		'Supprimer aussi la connexion {name}, que l’application a créée pour ce compte, et son enregistrement auprès de {host}',
	'remove-connection': 'Supprimer aussi la connexion {name}, que l’application a créée pour ce compte',
	'registration-deleted': 'L’enregistrement de l’application auprès de {host} a été supprimé.',
	'registration-kept':
		'L’enregistrement de l’application auprès de {host} n’a pas pu être supprimé\u202f: {problem} C’est sans conséquence\u202f; son administrateur peut le retirer.'
} satisfies Catalog<AreaKeys['lookup']>;
