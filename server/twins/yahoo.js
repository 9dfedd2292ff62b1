// @ts-check
/**
 * A Yahoo-like twin: Yahoo's OAuth endpoints on api.login.yahoo.com, a client with a secret (Yahoo
 * issues a "Consumer Secret" for server-side apps), the `mail-r` and `mail-w` scopes, and a
 * token endpoint that answers browser requests without CORS headers. Yahoo does not document
 * whether its token endpoint allows browsers; the twin takes the case the app must explain.
 */
import { createOAuthTwin } from './oauth2.js';

/** @param {{ clients: import('./oauth2.js').OAuthClient[] }} options */
export function createYahooTwin(options) {
	return createOAuthTwin({
		name: 'yahoo',
		issuer: 'https://api.login.yahoo.com',
		hosts: ['api.login.yahoo.com'],
		brand: {
			name: 'Yahoo (twin)',
			colour: '#6001d2',
			note: 'The local twin of a Yahoo-like sign-in whose token endpoint refuses browsers: any address signs in.'
		},
		routes: { authorization: '/oauth2/request_auth', token: '/oauth2/get_token' },
		scopes: ['openid', 'mail-r', 'mail-w'],
		scopeText: (s) =>
			s === 'mail-w' ? 'Read and write your Yahoo Mail' : s === 'mail-r' ? 'Read your Yahoo Mail' : undefined,
		clients: options.clients,
		secretMethod: 'client_secret_post',
		browsers: false,
		issParameter: false
	});
}
