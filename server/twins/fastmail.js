// @ts-check
/**
 * The Fastmail twin: Fastmail's OAuth endpoints on api.fastmail.com (authorize, a token endpoint
 * called `refresh` for codes and refresh tokens alike, revocation), PKCE for a public client, no
 * secret, CORS for browser apps, and the `iss` parameter in the authorization response, as
 * Fastmail's authorization server metadata says (docs/providers.md gives the sources).
 */
import { createOAuthTwin } from './oauth2.js';

export const FASTMAIL_ISSUER = 'https://api.fastmail.com';

const SCOPES = [
	'urn:ietf:params:jmap:core',
	'urn:ietf:params:jmap:mail',
	'urn:ietf:params:jmap:submission',
	'https://www.fastmail.com/dev/protocol-imap',
	'https://www.fastmail.com/dev/protocol-pop',
	'https://www.fastmail.com/dev/protocol-smtp',
	'urn:ietf:params:oauth:scope:mail',
	'offline_access'
];

/** @param {{ clients: import('./oauth2.js').OAuthClient[], accessTokenTtl?: number }} options */
export function createFastmailTwin(options) {
	return createOAuthTwin({
		name: 'fastmail',
		issuer: FASTMAIL_ISSUER,
		hosts: ['api.fastmail.com'],
		brand: {
			name: 'Fastmail (twin)',
			colour: '#0067b9',
			note: 'The local twin of Fastmail’s sign-in: any address signs in, no password needed.'
		},
		routes: { authorization: '/oauth/authorize', token: '/oauth/refresh', revocation: '/oauth/revoke' },
		scopes: SCOPES,
		scopeText: (s) =>
			s.startsWith('urn:ietf:params:jmap:')
				? `JMAP: ${s.slice('urn:ietf:params:jmap:'.length)}`
				: s.startsWith('https://www.fastmail.com/dev/protocol-')
					? `${s.slice('https://www.fastmail.com/dev/protocol-'.length).toUpperCase()} access to your mail`
					: undefined,
		clients: options.clients,
		browsers: true,
		issParameter: true,
		...(options.accessTokenTtl ? { accessTokenTtl: options.accessTokenTtl } : {}),
		metadata: {
			path: '/.well-known/oauth-authorization-server',
			body: {
				issuer: FASTMAIL_ISSUER,
				authorization_endpoint: `${FASTMAIL_ISSUER}/oauth/authorize`,
				token_endpoint: `${FASTMAIL_ISSUER}/oauth/refresh`,
				revocation_endpoint: `${FASTMAIL_ISSUER}/oauth/revoke`,
				response_types_supported: ['code'],
				grant_types_supported: ['authorization_code', 'refresh_token'],
				token_endpoint_auth_methods_supported: ['none'],
				code_challenge_methods_supported: ['S256'],
				authorization_response_iss_parameter_supported: true,
				scopes_supported: SCOPES
			}
		}
	});
}
