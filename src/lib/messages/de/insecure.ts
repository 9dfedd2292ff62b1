import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** The page shown when the app is opened without a secure context. */
export default {
	'insecure-title': 'Diese App benötigt eine sichere Verbindung',
	'insecure-why':
		'Sie haben sie über unverschlüsseltes {http} geöffnet. Dort verweigert der Browser, worauf die App angewiesen ist, um Ihre Tokens zu schützen: Verschlüsselung (WebCrypto) und die Sperren, die verhindern, dass zwei Tabs gleichzeitig dasselbe Aktualisierungstoken verwenden (Web Locks).',
	'insecure-what':
		'Öffnen Sie sie über {https} oder auf Ihrem eigenen Rechner über {loopback} oder {localhost}. Wenn Sie die App selbst bereitstellen, liefern Sie sie mit TLS aus.'
} satisfies Catalog<AreaKeys['insecure']>;
