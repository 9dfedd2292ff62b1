// @ts-check
/**
 * A plain OAuth 2 provider twin (no OpenID Connect), configured per provider: Fastmail's and
 * Yahoo's are built from it (see fastmail.js, yahoo.js).
 */
import Provider from 'oidc-provider';
import { esc, interactionHandler, page } from '../oidc/interaction.js';
import { acceptConnectionCallbacks } from '../oidc/redirects.js';
import {
	Counter,
	cookieKeys,
	corsFor,
	passOn,
	preflight,
	readParams,
	sendJson,
	signingJwk,
	withoutCors
} from './common.js';

/**
 * @typedef {{ clientId: string, clientSecret?: string, redirectUris: string[], name?: string }} OAuthClient
 * @typedef {{
 *   name: string,
 *   issuer: string,
 *   hosts: string[],
 *   brand: import('../oidc/interaction.js').Brand,
 *   routes: { authorization: string, token: string, revocation?: string },
 *   scopes: string[],
 *   scopeText?: (scope: string) => string | undefined,
 *   clients: OAuthClient[],
 *   secretMethod?: 'client_secret_basic' | 'client_secret_post',
 *   browsers: boolean,
 *   issParameter: boolean,
 *   accessTokenTtl?: number,
 *   refreshTokenTtl?: number,
 *   metadata?: { path: string, body: Record<string, unknown> },
 * }} OAuthTwinOptions
 */

/** @param {OAuthTwinOptions} options @returns {import('./common.js').Twin} */
export function createOAuthTwin(options) {
	const origins = options.browsers
		? new Set(options.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)))
		: new Set();
	const counts = new Counter();
	/** @type {string[]} */
	const errorLog = [];
	const provider = new Provider(options.issuer, {
		clients: options.clients.map((c) => ({
			client_id: c.clientId,
			client_name: c.name ?? 'OAuth2 Client',
			...(c.clientSecret
				? { client_secret: c.clientSecret, token_endpoint_auth_method: options.secretMethod ?? 'client_secret_basic' }
				: { token_endpoint_auth_method: 'none' }),
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			redirect_uris: c.redirectUris
		})),
		jwks: { keys: [signingJwk()] },
		cookies: {
			keys: cookieKeys(),
			names: { session: `_${options.name}_s`, interaction: `_${options.name}_i`, resume: `_${options.name}_r` }
		},
		scopes: options.scopes,
		findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
		// Without CORS headers the browser does not hand the answer to the app.
		clientBasedCORS: (_ctx, origin) => origins.has(origin),
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		routes: {
			authorization: options.routes.authorization,
			token: options.routes.token,
			...(options.routes.revocation ? { revocation: options.routes.revocation } : {})
		},
		features: {
			devInteractions: { enabled: false },
			revocation: { enabled: options.routes.revocation !== undefined },
			userinfo: { enabled: false }
		},
		ttl: {
			AccessToken: options.accessTokenTtl ?? 3600,
			AuthorizationCode: 600,
			Interaction: 3600,
			Session: 14 * 24 * 3600,
			Grant: 365 * 24 * 3600,
			RefreshToken: options.refreshTokenTtl ?? 90 * 24 * 3600
		},
		expiresWithSession: async () => false,
		// Plain OAuth 2: a refresh token with every authorization code, no `offline_access` needed.
		issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
		pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
		renderError: async (ctx, out) => {
			ctx.type = 'html';
			ctx.body = page(
				`Error · ${options.brand.name}`,
				`<h1>Sign-in problem</h1>${Object.entries(out)
					.map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`)
					.join('')}`,
				options.brand
			);
		}
	});
	acceptConnectionCallbacks(provider);
	provider.on('authorization.success', (_ctx, out) => {
		counts.add('authorizations');
		if (!options.issParameter) delete (/** @type {any} */ (out).iss);
	});
	provider.on('grant.success', (ctx) => counts.add(`grant:${ctx.oidc.params?.grant_type}`));
	provider.on('grant.error', (_ctx, error) => {
		counts.add(`error:${/** @type {any} */ (error).error}`);
		errorLog.push(String(/** @type {any} */ (error).error_description ?? /** @type {any} */ (error).error));
	});
	provider.on('grant.revoked', () => counts.add('revocations'));
	provider.on('server_error', (_ctx, error) => console.error(`${options.name} twin error:`, error));
	const callback = provider.callback();
	const interaction = interactionHandler(provider, {
		brand: options.brand,
		...(options.scopeText ? { scopeText: options.scopeText } : {})
	});

	return {
		name: options.name,
		hosts: options.hosts,
		async handle(req, res, url) {
			const path = url.pathname;
			if (req.method === 'OPTIONS') return preflight(req, res, origins);
			if (path.startsWith('/interaction/')) {
				const [, , uid, action] = path.split('/');
				return interaction(req, res, uid ?? '', action);
			}
			if (options.metadata && path === options.metadata.path) {
				counts.add('discovery');
				return sendJson(res, 200, options.metadata.body, { 'access-control-allow-origin': '*' });
			}
			if (path === options.routes.token && req.method === 'POST') {
				counts.add('token-requests');
				// Counted, then handed on: the request itself is the provider's business.
				passOn(req, await readParams(req));
				// A browser's request that gets no CORS header: whatever the answer, the app cannot read it.
				// The server itself does not look at the origin (oidc-provider would refuse it outright).
				if (req.headers.origin && !corsFor(req, origins)['access-control-allow-origin']) {
					counts.add('cross-origin-refused');
					delete req.headers.origin;
					withoutCors(res);
				}
			}
			callback(req, res);
		},
		stats: () => ({ ...counts.counts, errors: [...errorLog] })
	};
}
