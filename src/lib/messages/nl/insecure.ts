import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The page shown when the app is opened without a secure context. */
export default {
	'insecure-title': 'Deze app heeft een beveiligde verbinding nodig',
	'insecure-why':
		'Je hebt de app geopend via gewoon {http}. Dan houdt de browser achter waar de app op rekent om je tokens veilig te houden: versleuteling (WebCrypto) en de vergrendelingen die voorkomen dat twee tabbladen tegelijk één vernieuwingstoken gebruiken (Web Locks).',
	'insecure-what':
		'Open de app via {https}, of via {loopback} of {localhost} op je eigen computer. Host je de app zelf, lever hem dan uit via TLS.'
} satisfies Catalog<AreaKeys['insecure']>;
