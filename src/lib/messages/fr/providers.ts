import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * Les phrases du catalogue des fournisseurs : conseils pour enregistrer l’application (`{provider}` :
 * le nom du fournisseur) et rôle du champ de projet.
 */
export default {
	'project-google':
		'Le projet Google Cloud qui contient le client OAuth. Pour information uniquement\u202f: l’authentification n’en a pas besoin.',
	'project-microsoft':
		'common (comptes professionnels, scolaires et personnels), organizations (professionnels et scolaires uniquement), consumers (personnels uniquement), ou le GUID ou le domaine de votre locataire. Utilisez votre propre locataire s’il exige l’approbation d’un administrateur pour les applications.',
	'project-reference-only': 'Pour information uniquement\u202f: l’authentification n’en a pas besoin.',

	'google-web-client':
		'Créez un client OAuth de type «\u202fApplication Web\u202f» et ajoutez l’URI de redirection ci-dessous comme URI de redirection autorisé.',
	'google-secret-visible':
		'Google exige le secret client d’un client «\u202fApplication Web\u202f», même avec PKCE. Dans une application web, ce secret est visible par quiconque utilise l’application\u202f: il identifie l’application, il ne la protège pas.',
	'google-testing-expiry':
		'Tant que l’état de publication du projet est «\u202fTest\u202f» et son type d’utilisateur «\u202fExterne\u202f», les jetons d’actualisation expirent au bout de 7 jours\u202f: les utilisateurs doivent alors s’authentifier de nouveau chaque semaine. Publiez l’application pour l’éviter.',
	'google-restricted-scope':
		'Le transport API Gmail ne demande que gmail.labels et gmail.send, qui ne sont pas restreintes. IMAP et SMTP (le transport Portail hôte) nécessitent https://mail.google.com/, une étendue restreinte\u202f: en dehors de votre propre organisation Google Workspace, les utilisateurs ne peuvent s’en servir qu’après l’évaluation de sécurité de l’application par Google.',

	'microsoft-spa-platform':
		'Enregistrez l’application dans Microsoft Entra ID et ajoutez l’URI de redirection ci-dessous sous la plateforme «\u202fApplication monopage\u202f» (Single-page application, et non «\u202fWeb\u202f»), sinon l’authentification échoue avec AADSTS9002326.',
	'microsoft-no-secret':
		'Une application monopage est un client public\u202f: elle n’a pas de secret client, et Microsoft refuse tout secret envoyé depuis un navigateur. Laissez le secret client vide.',
	'microsoft-daily-sign-in':
		'Microsoft met fin à l’authentification d’une application monopage au bout de 24 heures, quel que soit le nombre de renouvellements de ses jetons\u202f: les utilisateurs doivent s’authentifier de nouveau une fois par jour. L’application prévient à l’avance et renouvelle l’authentification en un clic, sans mot de passe tant que la session Microsoft est ouverte.',
	'microsoft-permissions':
		'Ajoutez les autorisations déléguées Mail.ReadBasic, Mail.Send et User.Read (Microsoft Graph), ainsi que IMAP.AccessAsUser.All et SMTP.Send (Office 365 Exchange Online) pour les portails qui utilisent IMAP et SMTP. Chaque authentification demande les deux.',
	'microsoft-admin-consent':
		'Si votre organisation exige l’approbation d’un administrateur pour les applications, demandez à un administrateur de donner son consentement, ou enregistrez l’application dans votre propre locataire et saisissez son ID de locataire.',

	'imap-only':
		'{provider} ne propose qu’IMAP et SMTP, sans API de messagerie qu’un navigateur puisse appeler\u202f: ses jetons servent au portail qui intègre cette application.',
	'cors-unknown':
		'{provider} n’indique pas si son point de terminaison de jeton accepte les requêtes d’un navigateur (CORS). Si ce n’est pas le cas, l’authentification s’interrompt après que vous avez autorisé l’accès, avec un message qui l’indique.',
	'mail-w-approval':
		'L’accès à la messagerie (l’étendue mail-w) nécessite d’abord que {provider} approuve l’application.',

	'fastmail-by-arrangement':
		'Fastmail enregistre les clients OAuth sur demande\u202f: demandez à Fastmail un ID client et communiquez-lui l’URI de redirection ci-dessous.',
	'fastmail-no-secret': 'Fastmail utilise PKCE sans secret client\u202f: laissez le secret client vide.',
	'fastmail-both-protocols':
		'Chaque authentification demande l’accès à JMAP ainsi qu’à IMAP et SMTP, afin que les portails puissent utiliser le même compte.',

	'oidc-public-client':
		'Enregistrez un client public (sans secret) qui utilise PKCE, autorise le type d’octroi refresh_token et possède l’URI de redirection ci-dessous.',
	'oidc-cors':
		'Le fournisseur doit accepter sur son point de terminaison de jeton les requêtes multi-origines (CORS) provenant de ce site.',
	'oidc-discovery':
		'C’est le cas de Keycloak, Authentik, Stalwart et Thundermail\u202f: saisissez l’URL de l’émetteur, le reste est découvert automatiquement.',

	'oauth2-endpoints':
		'Saisissez les points de terminaison indiqués dans la documentation du fournisseur. Le point de terminaison de jeton doit accepter les requêtes multi-origines (CORS) provenant de ce site\u202f: certains (celui de GitHub, par exemple) ne le font pas et ne peuvent pas être utilisés depuis un navigateur.',
	'oauth2-redirect':
		'Enregistrez l’URI de redirection ci-dessous et autorisez PKCE (S256) si le fournisseur le prend en charge.',
	'oauth2-scopes': 'Les étendues peuvent rester vides\u202f: le fournisseur accorde alors ses étendues par défaut.',
	'oauth2-issuer':
		'Si le fournisseur indique son émetteur dans ses réponses (un paramètre iss, RFC 9207), saisissez-le comme URL de l’émetteur\u202f: les réponses sont alors vérifiées par rapport à lui.',

	// Les clouds de Microsoft, tels que les liste le champ du cloud (`{login}` : l’hôte d’authentification du cloud).
	global: 'Mondial ({login})',
	usgov: 'US Government L4 ({login})',
	'usgov-dod': 'US Government L5, DoD ({login})',
	china: 'Chine, exploité par 21Vianet ({login})'
} satisfies Catalog<AreaKeys['providers']>;
