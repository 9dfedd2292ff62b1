import type { Catalog } from '../format';

/** The page shown when the app is opened without a secure context. */
export default {
	'insecure-title': 'This app needs a secure connection',
	'insecure-why':
		'You opened it over plain {http}. There the browser withholds what the app relies on to keep your tokens safe: encryption (WebCrypto) and the locks that stop two tabs from using one refresh token at once (Web Locks).',
	'insecure-what':
		'Open it over {https}, or on {loopback} or {localhost} on your own machine. If you host the app, serve it with TLS.'
} satisfies Catalog<string>;
