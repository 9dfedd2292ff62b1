import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/**
 * Les problèmes que signalent le domaine et la couche applicative, par code (voir `en/problems.ts`).
 * Termes : voir le glossaire en tête de `fr/common.ts`. Espaces : `\u202f` (espace fine insécable)
 * avant ; : ! ? et à l’intérieur des guillemets « ».
 */
export default {
	// Une requête de jeton (un code échangé, un jeton renouvelé).
	offline: 'Le navigateur est hors ligne. Le jeton sera renouvelé au retour du réseau.',
	timeout: 'Le point de terminaison de jeton de {host} n’a pas répondu à temps. Nouvelle tentative…',
	unreachable:
		'Impossible de joindre le point de terminaison de jeton de {host}\u202f: le réseau est peut-être coupé, ou le serveur refuse les requêtes provenant de ce site (CORS). Nouvelle tentative…',
	'code-timeout':
		'Le point de terminaison de jeton de {host} n’a pas répondu à temps, si bien que l’authentification n’a pas pu aboutir. Rien n’a été enregistré. Cliquez sur «\u202fActualiser le jeton\u202f» pour réessayer.',
	'code-unreachable':
		'Impossible de joindre le point de terminaison de jeton de {host} pour terminer l’authentification\u202f: le réseau est peut-être coupé, ou l’adresse est erronée. Rien n’a été enregistré. Vérifiez la connexion et le réseau, puis cliquez de nouveau sur «\u202fActualiser le jeton\u202f».',
	'browser-refused':
		'Ce fournisseur n’accepte pas l’authentification depuis une application web\u202f: son point de terminaison de jeton ({host}) répond, mais pas aux pages web (il n’envoie aucun en-tête CORS), si bien que l’application ne peut pas terminer l’authentification. Rien n’a été enregistré. Le fournisseur doit autoriser les requêtes de ce site sur son point de terminaison de jeton\u202f; d’ici là, les comptes de ce fournisseur ne peuvent pas s’authentifier ici.',
	'not-json':
		'Le point de terminaison de jeton de {host} n’a pas répondu en JSON\u202f: vérifiez le point de terminaison de jeton.',
	'no-access-token':
		'Le point de terminaison de jeton de {host} a répondu sans jeton d’accès utilisable\u202f: vérifiez le point de terminaison de jeton.',
	'rate-limited': 'Le fournisseur demande de ralentir (429). Rien n’est perdu\u202f; nouvelle tentative…',
	'server-error': (p) =>
		`Le fournisseur rencontre des difficultés (${p.status}${p.error ? ` ${p.error}` : ''}). Rien n’est perdu\u202f; nouvelle tentative…`,
	'spa-platform':
		'Microsoft refuse d’échanger le code depuis un navigateur\u202f: enregistrez l’URI de redirection sous la plateforme «\u202fApplication monopage\u202f» (Single-page application) dans Entra ID.',
	expired:
		'Microsoft met fin à l’authentification d’une application web 24 heures après son début, quel que soit le nombre de renouvellements. Authentifiez-vous de nouveau\u202f: tant que votre session Microsoft est ouverte, aucun mot de passe n’est demandé.',
	'secret-refused':
		'Microsoft refuse un secret client envoyé par une application web. Retirez le secret client de la connexion (l’application est une «\u202fApplication monopage\u202f», un client public).',
	'consent-missing': (p) =>
		`Microsoft ne dispose d’aucun consentement à ces autorisations pour ce compte${aside(p.description)}\u202f: l’authentification ne les a pas demandées. Authentifiez-vous de nouveau avec «\u202fActualiser le jeton\u202f»\u202f: chaque authentification les demande désormais.`,
	'invalid-grant': (p) =>
		`Le fournisseur n’accepte plus le jeton d’actualisation de ce compte\u202f: il a été révoqué, a expiré ou a déjà été utilisé${aside(p.description)}. Authentifiez-vous de nouveau.`,
	'code-rejected': (p) =>
		`Le fournisseur a refusé le code d’authentification${aside(p.description)}\u202f: il a expiré, il a déjà été utilisé, ou l’URI de redirection ne correspond pas. Cliquez sur «\u202fActualiser le jeton\u202f» pour réessayer\u202f; si l’échec persiste, vérifiez l’URI de redirection enregistré auprès du fournisseur.`,
	'invalid-client': (p) =>
		`Le fournisseur n’accepte pas le client de cette connexion${aside(p.description)}\u202f: vérifiez l’ID client, ainsi que le secret client si le fournisseur en exige un.`,
	'client-refused': (p) =>
		`Le point de terminaison de jeton de ${p.host} a refusé le client (${p.status})${aside(p.description)}\u202f: vérifiez l’ID client et le secret client.`,
	'unauthorized-client': (p) =>
		`Le client n’est pas autorisé à utiliser ce type d’octroi${aside(p.description)}\u202f: autorisez pour lui les types d’octroi authorization_code et refresh_token auprès du fournisseur.`,
	'unsupported-grant-type': (p) =>
		`Le fournisseur ne prend pas en charge ce type d’octroi${aside(p.description)}\u202f: autorisez les jetons d’actualisation pour le client.`,
	'invalid-target': (p) =>
		`Le fournisseur refuse d’émettre un jeton pour ce serveur${aside(p.description)}\u202f: authentifiez-vous de nouveau pour que l’authentification le demande, ou vérifiez l’adresse du serveur.`,
	'invalid-scope': (p) =>
		`Le fournisseur refuse les étendues demandées${aside(p.description)}\u202f: vérifiez les étendues de la connexion.`,
	'secret-missing': (p) =>
		`Le fournisseur exige le secret client de cette connexion${aside(p.description)}\u202f: saisissez le secret client dans la connexion (pour Google, le secret de son client «\u202fApplication Web\u202f»).`,
	'invalid-request': (p) =>
		`Le fournisseur a refusé la demande de jeton${aside(p.description)}\u202f: vérifiez les paramètres de la connexion et l’URI de redirection enregistré auprès du fournisseur.`,
	'endpoint-error': (p) =>
		`Le point de terminaison de jeton de ${p.host} a répondu ${p.status}${p.error ? ` ${p.error}` : ''}${aside(p.description)}\u202f: vérifiez le point de terminaison de jeton de la connexion.`,

	// La découverte d’un fournisseur OpenID.
	'discovery-invalid-issuer': 'URL de l’émetteur\u202f: {reason}.',
	'discovery-offline':
		'Le navigateur est hors ligne\u202f: impossible de récupérer {url}. Connectez-vous au réseau, puis réessayez.',
	'discovery-timeout':
		'{url} n’a pas répondu à temps. Vérifiez l’URL de l’émetteur et que le fournisseur est disponible, puis réessayez.',
	'discovery-unreachable': (p) =>
		`Impossible de joindre ${p.url}. Vérifiez l’URL de l’émetteur. Si cette adresse s’ouvre dans un onglet du navigateur, c’est que le fournisseur refuse les requêtes provenant de ce site\u202f: autorisez l’origine de ce site${aside(p.origin)} pour les requêtes multi-origines (CORS) auprès du fournisseur.`,
	'discovery-http-status': (p) =>
		`${p.url} a répondu ${p.status}${p.statusText ? ` ${p.statusText}` : ''}. Vérifiez l’URL de l’émetteur\u202f: c’est l’adresse que le fournisseur indique comme son «\u202fissuer\u202f», sans /.well-known/….`,
	'discovery-not-json':
		'{url} n’a pas renvoyé de JSON. Vérifiez l’URL de l’émetteur\u202f: elle doit désigner un fournisseur OpenID, et non une page web.',
	'discovery-not-an-object': 'Les métadonnées du fournisseur ne sont pas un objet JSON.',
	'discovery-no-issuer':
		'Les métadonnées du fournisseur n’indiquent aucun émetteur\u202f: ce n’est pas un fournisseur OpenID.',
	'discovery-issuer-mismatch':
		'Le fournisseur se présente comme «\u202f{named}\u202f», et non «\u202f{issuer}\u202f». Saisissez son émetteur exactement\u202f: une réponse d’un émetteur n’est jamais acceptée pour un autre.',
	'discovery-missing-endpoint': 'Les métadonnées du fournisseur ne contiennent pas le champ {field}.',
	'discovery-unusable-endpoint': 'Le champ {field} du fournisseur est inutilisable\u202f: {reason}.',
	'discovery-insecure-endpoint': 'Le champ {field} du fournisseur n’est pas une URL https.',
	'discovery-no-s256':
		'Le fournisseur ne prend pas en charge PKCE avec S256, indispensable à une application web pour s’authentifier en toute sécurité. Activez PKCE (S256) pour ce client auprès du fournisseur.',

	// Maintenir une autorisation en vie.
	'not-signed-in': 'Ce compte n’est pas encore authentifié\u202f: cliquez sur «\u202fActualiser le jeton\u202f».',
	'sign-in-again': 'Authentifiez-vous de nouveau.',
	'check-connection': 'Vérifiez la connexion.',
	retrying: 'Nouvelle tentative…',
	'connection-gone':
		'La connexion de ce compte n’existe plus\u202f: choisissez-en une autre et authentifiez-vous de nouveau.',
	'no-endpoints': 'La connexion n’a pas de points de terminaison\u202f: modifiez-la pour les saisir.',
	'key-lost':
		'La clé qui protégeait ce secret a disparu de ce navigateur\u202f; le secret ne peut donc plus être lu. Authentifiez-vous de nouveau.',
	'tokens-damaged': 'Les jetons enregistrés sont endommagés. Authentifiez-vous de nouveau.',
	'no-refresh-token':
		'Le jeton d’accès a expiré et le fournisseur n’a fourni aucun jeton d’actualisation pour le renouveler. Authentifiez-vous de nouveau.',
	'binding-changed':
		'La connexion désigne désormais un autre fournisseur ou un autre client que celui avec lequel ce compte s’est authentifié. Authentifiez-vous de nouveau.',
	'secret-lost':
		'Le secret client de la connexion ne peut plus être lu dans ce navigateur\u202f: saisissez-le de nouveau dans la connexion.',
	'lost-response':
		'Une actualisation précédente semble avoir atteint le fournisseur, mais sa réponse s’est perdue en chemin\u202f; le jeton d’actualisation qu’elle a remplacé ne fonctionne donc plus. Authentifiez-vous de nouveau.',
	'no-expiry-no-refresh':
		'Le fournisseur n’a donné au jeton d’accès de ce compte ni date d’expiration ni jeton d’actualisation\u202f: les portails le reçoivent pendant {minutes} minutes après l’authentification. Authentifiez-vous de nouveau.',

	// Une authentification.
	'account-gone': 'Le compte ou sa connexion n’existe plus.',
	'account-deleted': 'Le compte a été supprimé pendant votre authentification. Rien n’a été enregistré.',
	'secret-lost-sign-in':
		'Le secret client de la connexion ne peut plus être lu dans ce navigateur\u202f: saisissez-le de nouveau dans la connexion, puis authentifiez-vous.',
	'wrong-redirect': (p) =>
		`Cette réponse est arrivée à ${p.arrived}, mais son authentification${p.connection ? ` (connexion «\u202f${p.connection}\u202f»)` : ''} avait demandé au fournisseur de répondre à ${p.expected}. Elle a été refusée et rien n’a été envoyé ni enregistré\u202f: une réponse n’est acceptée qu’à l’adresse indiquée par son authentification. Si cela se reproduit, vérifiez l’URI de redirection enregistré pour la connexion auprès du fournisseur.`,
	'issuer-not-configured': (p) =>
		`Le fournisseur se présente comme «\u202f${p.iss}\u202f» dans sa réponse (le paramètre iss, RFC 9207), et la connexion${p.connection ? ` «\u202f${p.connection}\u202f»` : ''} n’a pas d’URL d’émetteur à laquelle le comparer\u202f; rien n’a donc été enregistré. Si «\u202f${p.iss}\u202f» est bien votre fournisseur, saisissez-le comme URL de l’émetteur de la connexion (Connexions → la connexion → URL de l’émetteur), puis cliquez de nouveau sur «\u202fActualiser le jeton\u202f».`,
	'issuer-mismatch': (p) =>
		`Cette réponse provient ${p.iss ? `de «\u202f${p.iss}\u202f»` : 'd’un émetteur non nommé'}, et non ${p.issuer ? `de «\u202f${p.issuer}\u202f»` : 'du fournisseur auquel cette authentification a été envoyée'}. Elle a été refusée et rien n’a été enregistré. Recommencez avec «\u202fActualiser le jeton\u202f».`,
	'shared-redirect':
		'Plusieurs connexions partagent encore ici l’URI de redirection {callback}, et ce fournisseur ne se nomme pas dans ses réponses\u202f: cette réponse ne peut donc pas être distinguée de celle d’une autre connexion. Rien n’a été enregistré. Enregistrez auprès du fournisseur l’URI de redirection propre à la connexion (Connexions → la connexion l’affiche), cochez la case indiquant qu’il est enregistré, puis cliquez de nouveau sur «\u202fActualiser le jeton\u202f».',
	denied:
		'Vous n’avez pas autorisé l’accès auprès du fournisseur\u202f; rien n’a donc changé. Cliquez sur «\u202fActualiser le jeton\u202f» pour réessayer.',
	'provider-error': (p) =>
		`Le fournisseur a refusé l’authentification (${p.error}${p.description ? `\u202f: ${p.description}` : ''}). Vérifiez la connexion (ID client, URI de redirection, étendues) et réessayez.`,
	'unknown-state':
		'Ce navigateur n’attend pas cette réponse d’authentification\u202f: elle a déjà été utilisée, elle est trop ancienne, ou l’authentification n’a pas été lancée ici (une authentification lancée dans un portail ne peut aboutir que dans ce portail, et cette fenêtre a perdu son lien avec lui). Rien n’a été enregistré. Recommencez avec «\u202fActualiser le jeton\u202f».',
	'state-unreadable':
		'Cette authentification ne peut plus aboutir dans ce navigateur. Recommencez avec «\u202fActualiser le jeton\u202f».',
	'state-not-waiting':
		'Ce navigateur n’attend pas cette réponse d’authentification. Rien n’a été enregistré. Recommencez avec «\u202fActualiser le jeton\u202f».',
	'state-other-account': 'Cette réponse d’authentification ne concerne pas ce compte.',
	'completed-elsewhere': 'Cette authentification a déjà abouti dans une autre fenêtre.',
	'no-id-token':
		'Le fournisseur a répondu à une authentification OpenID Connect sans jeton d’identité. Rien n’a été enregistré.',
	'no-refresh-token-issued':
		'Le fournisseur n’a émis aucun jeton d’actualisation\u202f: vous devrez vous authentifier de nouveau à l’expiration du jeton d’accès. Vérifiez que la connexion demande l’accès hors ligne.',

	// Un jeton d’identité refusé (OpenID Connect Core §3.1.3.7).
	'id-token-unreadable':
		'Le jeton d’identité du fournisseur est illisible. Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-issuer': (p) =>
		`Le jeton d’identité du fournisseur désigne un autre émetteur («\u202f${p.iss}\u202f» au lieu de «\u202f${p.issuer}\u202f»). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.`,
	'id-token-tenant': (p) =>
		`Le jeton d’identité du fournisseur désigne un émetteur ou un locataire que cette connexion n’accepte pas (émetteur «\u202f${p.iss}\u202f», locataire ${p.tid ? `«\u202f${p.tid}\u202f»` : 'non indiqué'}\u202f; la connexion s’authentifie auprès de ${p.issuer}). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.`,
	'id-token-no-sub':
		'Le jeton d’identité du fournisseur ne désigne personne (pas de sub). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-audience':
		'Le jeton d’identité du fournisseur a été émis pour un autre client. Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-no-azp':
		'Le jeton d’identité du fournisseur indique plusieurs audiences, mais aucune partie autorisée. Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-azp':
		'Le jeton d’identité du fournisseur a été émis pour une autre partie (azp). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-nonce':
		'Le jeton d’identité du fournisseur ne correspond pas à cette authentification (nonce). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-no-exp':
		'Le jeton d’identité du fournisseur n’a pas de date d’expiration (exp). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-expired':
		'Le jeton d’identité du fournisseur a expiré. Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-no-iat':
		'Le jeton d’identité du fournisseur n’indique pas de date d’émission (iat). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-future':
		'Le jeton d’identité du fournisseur a été émis dans le futur (iat)\u202f: vérifiez l’horloge de cet ordinateur. Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',
	'id-token-old':
		'Le jeton d’identité du fournisseur a été émis il y a trop longtemps (iat). Rien n’a été enregistré. Si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.',

	// La révocation.
	'revoke-offline': 'Le navigateur est hors ligne\u202f; le fournisseur n’a donc pas pu être prévenu.',
	'revoke-timeout': 'Impossible de joindre {host} (pas de réponse à temps).',
	'revoke-unreachable': 'Impossible de joindre {host} (erreur réseau ou refus CORS).',
	'revoke-refused': (p) => `${p.host} a répondu ${p.status}${p.answer ? `\u202f: ${p.answer}` : ''}.`,
	'revoke-unrecorded': (p) =>
		`La connexion${p.connection ? ` «\u202f${p.connection}\u202f»` : ''} a été modifiée après l’authentification de ce compte, et l’endroit où son jeton peut être révoqué n’avait pas été noté à ce moment-là\u202f; le jeton n’a donc été envoyé nulle part. S’il est peut-être encore valide, retirez l’accès de cette application dans les paramètres du compte chez le fournisseur.`,

	// La couche applicative : pourquoi elle a déconnecté un compte, ou n’a pas pu aboutir.
	'connection-moved':
		'La connexion «\u202f{connection}\u202f» désigne désormais un autre fournisseur ou un autre client\u202f; ce compte a donc été déconnecté. Authentifiez-vous de nouveau.',
	'import-moved':
		'Une configuration importée fait désigner à la connexion de ce compte un autre fournisseur ou un autre client\u202f; le compte a donc été déconnecté. Authentifiez-vous de nouveau.',
	'import-failed-revoked':
		'Ce compte a été déconnecté auprès de son fournisseur pour une importation de {file} qui a ensuite échoué. Authentifiez-vous de nouveau.',
	'import-unreadable': 'La configuration présente ici n’a pas pu être lue ({detail}).',
	'import-refused': 'La base de données du navigateur a refusé l’écriture ({detail}).',
	'import-clashes':
		'La configuration présente ici a changé après l’aperçu (dans un autre onglet ou une autre fenêtre\u202f?), et le fichier est désormais en conflit avec elle\u202f:',
	'sign-in-unexpected':
		'L’authentification a échoué de manière inattendue\u202f: {detail}. Fermez cette fenêtre et cliquez de nouveau sur «\u202fActualiser le jeton\u202f».',
	unexpected: '{detail}',

	// Pourquoi un compte ne peut pas servir à quelque chose maintenant.
	'account-removed': 'Ce compte vient d’être supprimé.',
	'connection-removed': 'La connexion du compte n’existe plus.',
	'restricted-scope':
		'Ce compte {provider} s’authentifie uniquement pour l’API de messagerie de {provider}\u202f: IMAP et SMTP nécessitent une étendue que {provider} restreint (https://mail.google.com/) et que l’application ne demande que si le transport du compte est «\u202fPortail hôte (IMAP et SMTP)\u202f». Choisissez ce transport pour le compte et authentifiez-vous de nouveau.',
	'not-offered':
		'IMAP et SMTP avec OAuth ne sont pas proposés dans le cloud {provider} de ce compte\u202f: seul Microsoft Graph l’est. Utilisez le cloud mondial pour IMAP et SMTP.',
	'scopes-missing':
		'Ce compte s’est authentifié sans accès IMAP et SMTP ({missing}). Authentifiez-vous de nouveau\u202f: l’authentification le demande désormais.',

	// L’`error` d’un portail, au-delà des codes ci-dessus ; et un code que cette version ne connaît pas.
	'not-allowed': 'Ce portail n’est pas autorisé à obtenir des jetons pour {account}.',
	'unknown-problem': 'Un problème est survenu ({code}). Authentifiez-vous de nouveau.'
} satisfies Catalog<AreaKeys['problems']>;
