import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The page shown when the app is opened without a secure context. */
export default {
	'insecure-title': 'Cette application nécessite une connexion sécurisée',
	'insecure-why':
		'Vous l’avez ouverte en simple {http}. Le navigateur refuse alors ce sur quoi l’application s’appuie pour protéger vos jetons\u202f: le chiffrement (WebCrypto) et les verrous qui empêchent deux onglets d’utiliser en même temps un même jeton d’actualisation (Web Locks).',
	'insecure-what':
		'Ouvrez-la en {https}, ou sur {loopback} ou {localhost} sur votre propre machine. Si vous hébergez l’application, servez-la avec TLS.'
} satisfies Catalog<AreaKeys['insecure']>;
