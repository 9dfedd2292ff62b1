import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/** ` : ce que le serveur a dit`, ou rien (avec l’espace fine insécable du français avant les deux-points). */
const colon = (text: string | number | undefined) => (text === undefined || text === '' ? '' : `\u202f: ${text}`);

/**
 * Pourquoi « Tester la connexion » ou « Envoyer un message de test » a échoué, par
 * `TransportError.reason`. Les paramètres sont `status`, `type`, `scope` et `params` de l’erreur.
 */
export default {
	// TRANSITION : la phrase propre au gardien des jetons, jusqu’à ce qu’il réponde par un code (`cause`).
	'token-unavailable':
		'Aucun jeton d’accès n’a pu être obtenu pour ce compte\u202f: ouvrez-le et cliquez sur «\u202fActualiser le jeton\u202f».',

	offline:
		'Le navigateur est hors ligne\u202f: impossible de joindre {host}. Rien n’a été envoyé ni mis en attente\u202f; réessayez au retour du réseau.',
	unreachable:
		'Impossible de joindre {host}. Le réseau est peut-être coupé, ou le serveur refuse les requêtes provenant de ce site (CORS)\u202f: il doit autoriser l’origine de ce site.',
	'unreachable-timeout': '{host} n’a pas répondu à temps. Réessayez plus tard.',
	'account-missing': 'Le compte ou sa connexion n’existe plus.',
	'jmap-session-url-missing': 'Saisissez l’URL de session JMAP dans l’onglet Serveurs de messagerie du compte.',
	'host-portal-only':
		'La messagerie de ce compte passe par le portail qui intègre l’application (IMAP et SMTP)\u202f: un navigateur ne sait pas utiliser ces protocoles. Son jeton est prêt pour le portail.',

	'jmap-token-refused': (p) =>
		`Le serveur JMAP de ${p.host} a refusé le jeton d’accès, même après son renouvellement${aside(p.description)}. Vérifiez que le compte s’authentifie auprès du fournisseur auquel ce serveur fait confiance, puis cliquez sur «\u202fActualiser le jeton\u202f».`,
	'jmap-scope-missing': (p) =>
		p.scope
			? `Le serveur JMAP de ${p.host} exige une autorisation que le jeton ne comporte pas\u202f: ${p.scope}. Authentifiez-vous de nouveau et accordez-la.`
			: `Le serveur JMAP de ${p.host} exige une autorisation que le jeton ne comporte pas. Authentifiez-vous de nouveau et accordez-la.`,
	'jmap-not-session': '{url} n’est pas une session JMAP. Vérifiez l’URL de session JMAP du compte.',
	'jmap-no-method-responses': 'Le serveur JMAP de {host} n’a renvoyé aucune réponse de méthode.',
	'jmap-no-answer': 'Le serveur JMAP n’a pas répondu à {method}.',
	'jmap-no-answer-create': 'Le serveur JMAP n’a pas répondu (création du message).',
	'jmap-no-answer-send': 'Le serveur JMAP n’a pas répondu (envoi du message).',
	'jmap-method-refused': (p) => `Le serveur JMAP a refusé la requête\u202f: ${p.type}${aside(p.description)}.`,
	'jmap-server-error': (p) =>
		`Le serveur JMAP de ${p.host} rencontre des difficultés (${p.status})${aside(p.detail)}. Réessayez plus tard.`,
	'jmap-not-found':
		'Il n’y a pas de serveur JMAP à cette adresse sur {host} (404)\u202f: vérifiez l’URL de session JMAP du compte.',
	'jmap-refused': (p) =>
		p.type
			? `Le serveur JMAP de ${p.host} a refusé la requête (${p.status} ${p.type})${aside(p.detail)}.`
			: `Le serveur JMAP de ${p.host} a refusé la requête (${p.status})${aside(p.detail)}.`,
	'jmap-no-submission': 'Ce serveur JMAP ne permet pas l’envoi (urn:ietf:params:jmap:submission).',
	'jmap-no-mail': 'Ce compte JMAP n’a pas de messagerie (urn:ietf:params:jmap:mail).',
	'jmap-no-identity': 'Le compte JMAP n’a aucune identité d’envoi\u202f: ajoutez-en une sur le serveur de messagerie.',
	'jmap-no-drafts': 'Le compte JMAP n’a pas de dossier Brouillons où créer le message.',
	'jmap-create-refused': (p) =>
		p.description === undefined
			? `Le serveur JMAP n’a pas voulu créer le message (${p.type}).`
			: `Le serveur JMAP n’a pas voulu créer le message (${p.type}\u202f: ${p.description}).`,
	'jmap-send-refused': (p) =>
		p.description === undefined
			? `Le serveur JMAP n’a pas voulu envoyer le message (${p.type}).`
			: `Le serveur JMAP n’a pas voulu envoyer le message (${p.type}\u202f: ${p.description}).`,

	'gmail-token-refused': (p) =>
		`Gmail a refusé le jeton d’accès, même après son renouvellement${aside(p.description)}. Vérifiez que le compte s’authentifie auprès du fournisseur auquel ce serveur fait confiance, puis cliquez sur «\u202fActualiser le jeton\u202f».`,
	'gmail-scope-missing-challenge': (p) =>
		p.scope
			? `Gmail exige une autorisation que le jeton ne comporte pas\u202f: ${p.scope}. Authentifiez-vous de nouveau et accordez-la.`
			: 'Gmail exige une autorisation que le jeton ne comporte pas. Authentifiez-vous de nouveau et accordez-la.',
	'gmail-scope-missing':
		'Gmail exige l’autorisation {scope}, que cette authentification n’a pas accordée. Authentifiez-vous de nouveau et accordez-la.',
	'gmail-server-error': (p) => `Gmail rencontre des difficultés (${p.status}${colon(p.message)}). Réessayez plus tard.`,
	'gmail-refused': (p) => `Gmail a refusé la requête (${p.status}${colon(p.message)}).`,
	'gmail-forbidden': (p) =>
		`Gmail a refusé la requête (${p.status}${colon(p.message)}). Vérifiez que l’API Gmail est activée dans le projet Google Cloud.`,
	'gmail-no-address': 'Gmail a répondu sans adresse.',

	'graph-token-refused': (p) =>
		`Microsoft Graph a refusé le jeton d’accès, même après son renouvellement${aside(p.description)}. Vérifiez que le compte s’authentifie auprès du fournisseur auquel ce serveur fait confiance, puis cliquez sur «\u202fActualiser le jeton\u202f».`,
	'graph-scope-missing-challenge': (p) =>
		p.scope
			? `Microsoft Graph exige une autorisation que le jeton ne comporte pas\u202f: ${p.scope}. Authentifiez-vous de nouveau et accordez-la.`
			: 'Microsoft Graph exige une autorisation que le jeton ne comporte pas. Authentifiez-vous de nouveau et accordez-la.',
	'graph-scope-missing': (p) =>
		`Microsoft Graph exige l’autorisation ${p.scope}, que cette authentification n’a pas accordée${aside(p.message)}. Authentifiez-vous de nouveau et accordez-la\u202f; il se peut que votre organisation doive l’approuver.`,
	'graph-denied-granted': (p) =>
		`Microsoft Graph a refusé l’accès à cette boîte aux lettres, bien que l’authentification ait accordé ${p.granted}${aside(p.message)}. Une nouvelle authentification n’y changera rien\u202f: l’administrateur Exchange de l’organisation limite les applications autorisées à accéder aux boîtes aux lettres (une stratégie d’accès aux applications ou un protocole désactivé). Demandez-lui d’autoriser cette application.`,
	'graph-denied-policy': (p) =>
		`Microsoft Graph a refusé l’accès à cette boîte aux lettres${aside(p.message)}. Une nouvelle authentification n’y changera rien\u202f: l’administrateur Exchange de l’organisation limite les applications autorisées à accéder aux boîtes aux lettres (une stratégie d’accès aux applications ou un protocole désactivé). Demandez-lui d’autoriser cette application.`,
	'graph-server-error': (p) =>
		`Microsoft Graph rencontre des difficultés (${p.status}${colon(p.message)}). Réessayez plus tard.`,
	'graph-refused': (p) =>
		p.type
			? `Microsoft Graph a refusé la requête (${p.status} ${p.type}${colon(p.message)}).`
			: `Microsoft Graph a refusé la requête (${p.status}${colon(p.message)}).`,
	'graph-no-address': 'Microsoft Graph a répondu sans adresse.'
} satisfies Catalog<AreaKeys['transports']>;
