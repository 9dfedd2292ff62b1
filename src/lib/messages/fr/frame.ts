import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** What the app says inside a portal’s frame: the portal is not allowed yet, its own configuration. */
export default {
	'portal-not-allowed':
		'{origin} intègre cette application, mais n’est pas encore autorisé à l’utiliser\u202f: il ne reçoit ni réponse ni jeton. Si vous faites confiance à ce portail, autorisez-le et choisissez les comptes pour lesquels il peut obtenir des jetons.',
	'portal-allow': 'Autoriser ce portail…',
	'portal-window-blocked':
		'Le navigateur a bloqué la fenêtre. Autorisez les fenêtres pop-up pour ce site et cliquez de nouveau sur le bouton.',
	'portal-window-blocked-again':
		'Le navigateur a bloqué la fenêtre. Autorisez les fenêtres pop-up pour ce site et réessayez.',
	'portal-decide': 'Faites votre choix dans la fenêtre qui s’est ouverte.',
	'portal-own-configuration':
		'Dans {origin}, l’application conserve une configuration qui lui est propre, distincte de celle que vous utilisez en ouvrant l’application directement\u202f: configurez ici les connexions et les comptes, ou importez un fichier d’export.',
	'portal-own-configuration-unknown':
		'Dans ce portail, l’application conserve une configuration qui lui est propre, distincte de celle que vous utilisez en ouvrant l’application directement\u202f: configurez ici les connexions et les comptes, ou importez un fichier d’export.',
	'portal-change': 'Modifier ce que ce portail peut utiliser…'
} satisfies Catalog<AreaKeys['frame']>;
