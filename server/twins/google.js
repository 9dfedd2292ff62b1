// @ts-check
/**
 * The Google twin: Google's OAuth 2.0 and OpenID Connect endpoints and the part of the Gmail API
 * the app uses, as Google documents them (docs/providers.md lists each with its source), built
 * on `oidc-provider`:
 *
 * - A "Web application" client must send its client secret at the token endpoint, PKCE or not.
 * - The authorization response names its issuer (`iss=https://accounts.google.com`).
 * - A refresh token only with `access_type=offline`, and then only the first time the person
 *   consents, unless the request says `prompt=consent` (then a new one every time).
 * - Refresh tokens do not rotate; those of apps in "Testing" with an External audience expire
 *   after 7 days (scaled by `daySeconds`).
 * - The Gmail API accepts, per method, the scopes its reference lists, and nothing else.
 */
import { randomUUID } from 'node:crypto';
import Provider from 'oidc-provider';
import { esc, interactionHandler, page, personFor } from '../oidc/interaction.js';
import { acceptConnectionCallbacks } from '../oidc/redirects.js';
import {
	Counter,
	cookieKeys,
	corsFor,
	passOn,
	preflight,
	readParams,
	readText,
	rewriteJson,
	scaledDays,
	sendJson,
	signingJwk
} from './common.js';

export const GOOGLE_ISSUER = 'https://accounts.google.com';
const GMAIL = 'https://www.googleapis.com/auth/gmail.';
const MAIL = 'https://mail.google.com/';

/**
 * The scopes each Gmail API method accepts, from the Gmail API's discovery document
 * (https://gmail.googleapis.com/$discovery/rest?version=v1).
 */
export const GMAIL_METHOD_SCOPES = /** @type {Record<string, string[]>} */ ({
	'users.getProfile': [MAIL, `${GMAIL}compose`, `${GMAIL}metadata`, `${GMAIL}modify`, `${GMAIL}readonly`],
	'users.labels.list': [MAIL, `${GMAIL}labels`, `${GMAIL}metadata`, `${GMAIL}modify`, `${GMAIL}readonly`],
	'users.labels.get': [MAIL, `${GMAIL}labels`, `${GMAIL}metadata`, `${GMAIL}modify`, `${GMAIL}readonly`],
	'users.messages.send': [
		MAIL,
		`${GMAIL}addons.current.action.compose`,
		`${GMAIL}compose`,
		`${GMAIL}modify`,
		`${GMAIL}send`
	],
	userinfo: ['openid', 'email', 'profile']
});

const BRAND = {
	name: 'Google (twin)',
	colour: '#1a73e8',
	note: 'The local twin of Google’s sign-in: any address signs in, no password needed.'
};

/**
 * @typedef {{ clientId: string, clientSecret: string, redirectUris: string[], name?: string, testing?: boolean }} GoogleClient
 * @typedef {{ clients: GoogleClient[], accessTokenTtl?: number, daySeconds?: number }} GoogleTwinOptions
 */

/** @param {GoogleTwinOptions} options @returns {import('./common.js').Twin & { sent: { to: string, raw: string }[] }} */
export function createGoogleTwin(options) {
	const daySeconds = options.daySeconds ?? 86_400;
	const origins = new Set(options.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)));
	const counts = new Counter();
	/** @type {string[]} */
	const errorLog = [];
	/** What each authorization asked for, by the code it produced (Google decides refresh tokens by it). */
	const requests = new Map();
	/** Who has consented to which client with offline access before: they get no new refresh token unasked. */
	const offlineBefore = new Set();
	/** @type {{ to: string, raw: string }[]} */
	const sent = [];

	const provider = new Provider(GOOGLE_ISSUER, {
		clients: options.clients.map((c) => ({
			client_id: c.clientId,
			client_secret: c.clientSecret,
			client_name: c.name ?? 'OAuth2 Client',
			// A "Web application" client: its secret goes with every token request.
			token_endpoint_auth_method: 'client_secret_post',
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			redirect_uris: c.redirectUris
		})),
		jwks: { keys: [signingJwk()] },
		cookies: { keys: cookieKeys(), names: { session: '_g_s', interaction: '_g_i', resume: '_g_r' } },
		scopes: [
			'openid',
			'email',
			'profile',
			MAIL,
			...['readonly', 'metadata', 'modify', 'compose', 'send', 'labels', 'insert'].map((s) => `${GMAIL}${s}`)
		],
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name', 'given_name', 'family_name', 'picture']
		},
		conformIdTokenClaims: false,
		extraParams: ['access_type', 'include_granted_scopes'],
		findAccount: async (_ctx, sub) => ({
			accountId: sub,
			claims: async () => ({ sub, email: sub, email_verified: true, ...personFor(sub) })
		}),
		clientBasedCORS: (_ctx, origin) => origins.has(origin),
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		routes: {
			authorization: '/o/oauth2/v2/auth',
			token: '/token',
			revocation: '/revoke',
			userinfo: '/v1/userinfo',
			jwks: '/oauth2/v3/certs'
		},
		features: {
			devInteractions: { enabled: false },
			revocation: { enabled: true },
			userinfo: { enabled: true }
		},
		ttl: {
			AccessToken: options.accessTokenTtl ?? 3599,
			AuthorizationCode: 600,
			IdToken: 3600,
			Interaction: 3600,
			Session: 14 * 24 * 3600,
			Grant: 365 * 24 * 3600,
			RefreshToken: (_ctx, _token, client) =>
				options.clients.find((c) => c.clientId === client.clientId)?.testing
					? scaledDays(7, daySeconds)
					: 180 * 24 * 3600
		},
		expiresWithSession: async () => false,
		// Google's rule, not OpenID Connect's `offline_access`: see the file's comment.
		issueRefreshToken: async (_ctx, client, code) => {
			const asked = requests.get(code.jti);
			if (!asked?.offline) return false;
			const key = `${code.accountId} ${client.clientId}`;
			const first = !offlineBefore.has(key);
			offlineBefore.add(key);
			return first || asked.consent;
		},
		rotateRefreshToken: false,
		pkce: { required: () => false },
		renderError: async (ctx, out) => {
			ctx.type = 'html';
			ctx.body = page(
				'Error · Google (twin)',
				`<h1>Access blocked: authorisation error</h1>${Object.entries(out)
					.map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`)
					.join('')}`,
				BRAND
			);
		}
	});
	acceptConnectionCallbacks(provider);
	provider.on('authorization.success', (ctx, out) => {
		counts.add('authorizations');
		const params = ctx.oidc.params ?? {};
		const code = /** @type {any} */ (out).code;
		if (typeof code === 'string') {
			requests.set(code, {
				offline: params.access_type === 'offline',
				consent: String(params.prompt ?? '')
					.split(' ')
					.includes('consent')
			});
		}
		// Google's answer also says what was granted and which of the person's sessions answered.
		Object.assign(/** @type {object} */ (out), { scope: params.scope, authuser: '0', prompt: params.prompt ?? 'none' });
	});
	provider.on('grant.success', (ctx) => counts.add(`grant:${ctx.oidc.params?.grant_type}`));
	provider.on('grant.error', (_ctx, error) => counts.add(`error:${/** @type {any} */ (error).error}`));
	provider.on('grant.revoked', () => counts.add('revocations'));
	provider.on('refresh_token.saved', () => counts.add('refresh-tokens'));
	provider.on('server_error', (_ctx, error) => console.error('Google twin error:', error));
	const callback = provider.callback();
	const interaction = interactionHandler(provider, {
		brand: BRAND,
		scopeText: (s) =>
			s === MAIL
				? 'Read, compose, send and permanently delete all your email from Gmail (IMAP and SMTP)'
				: s.startsWith(GMAIL)
					? `Gmail: ${s.slice(GMAIL.length)}`
					: undefined
	});

	/**
	 * @param {import('./common.js').Req} req
	 * @param {import('./common.js').Res} res
	 */
	async function token(req, res) {
		counts.add('token-requests');
		const params = await readParams(req);
		const client = options.clients.find((c) => c.clientId === params.get('client_id'));
		if (client && !params.has('client_secret') && !/^basic /i.test(req.headers.authorization ?? '')) {
			// A Web application client without its secret, PKCE or not.
			counts.add('error:client_secret-missing');
			errorLog.push('client_secret is missing.');
			return sendJson(
				res,
				400,
				{ error: 'invalid_request', error_description: 'client_secret is missing.' },
				corsFor(req, origins)
			);
		}
		passOn(req, params);
		rewriteJson(res, (status, body) => {
			if (status < 400) return undefined;
			errorLog.push(String(body.error_description ?? body.error));
			if (body.error === 'invalid_grant' && params.get('grant_type') === 'refresh_token') {
				return { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' };
			}
			if (body.error === 'invalid_grant') return { error: 'invalid_grant', error_description: 'Bad Request' };
			return undefined;
		});
		callback(req, res);
	}

	/**
	 * The Gmail API, for the methods the app calls. The token must be one of ours, current, and
	 * carry one of the method's scopes: otherwise Google's 401 or 403.
	 * @param {import('./common.js').Req} req
	 * @param {import('./common.js').Res} res
	 * @param {URL} url
	 */
	async function gmail(req, res, url) {
		const cors = corsFor(req, origins);
		const path = url.pathname.replace(/^\/gmail\/v1\/users\/me/, '');
		const method =
			req.method === 'GET' && path === '/profile'
				? 'users.getProfile'
				: req.method === 'GET' && path === '/labels'
					? 'users.labels.list'
					: req.method === 'GET' && /^\/labels\/[^/]+$/.test(path)
						? 'users.labels.get'
						: req.method === 'POST' && path === '/messages/send'
							? 'users.messages.send'
							: undefined;
		if (!method) return sendJson(res, 404, { error: { code: 404, message: 'Not Found', status: 'NOT_FOUND' } }, cors);
		const who = await bearer(req, GMAIL_METHOD_SCOPES[method] ?? []);
		counts.add(`gmail:${method}:${who.ok ? 'ok' : who.status}`);
		if (!who.ok) return sendJson(res, who.status, who.body, { ...cors, 'www-authenticate': who.challenge });
		if (method === 'users.getProfile') {
			return sendJson(
				res,
				200,
				{ emailAddress: who.accountId, messagesTotal: 2, threadsTotal: 2, historyId: '1' },
				cors
			);
		}
		if (method === 'users.labels.list') {
			return sendJson(res, 200, { labels: LABELS.map(({ id, name, type }) => ({ id, name, type })) }, cors);
		}
		if (method === 'users.labels.get') {
			const id = decodeURIComponent(path.slice('/labels/'.length));
			const label = LABELS.find((l) => l.id === id);
			if (!label)
				return sendJson(
					res,
					404,
					{ error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } },
					cors
				);
			return sendJson(res, 200, label, cors);
		}
		const body = JSON.parse((await readText(req)) || '{}');
		const raw = Buffer.from(String(body.raw ?? ''), 'base64url').toString('utf8');
		const to = /^To: (.*)$/im.exec(raw)?.[1] ?? '';
		sent.push({ to, raw });
		return sendJson(
			res,
			200,
			{ id: randomUUID().replace(/-/g, '').slice(0, 16), threadId: '1', labelIds: ['SENT'] },
			cors
		);
	}

	/**
	 * @param {import('./common.js').Req} req
	 * @param {string[]} accepted
	 * @returns {Promise<{ ok: true, accountId: string } | { ok: false, status: number, body: unknown, challenge: string }>}
	 */
	async function bearer(req, accepted) {
		const value = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
		const token = value ? await provider.AccessToken.find(value) : undefined;
		if (!token || token.isExpired) {
			return {
				ok: false,
				status: 401,
				challenge: 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
				body: {
					error: {
						code: 401,
						message:
							'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
						status: 'UNAUTHENTICATED'
					}
				}
			};
		}
		const scopes = String(token.scope ?? '').split(' ');
		if (!accepted.some((s) => scopes.includes(s))) {
			return {
				ok: false,
				status: 403,
				challenge: `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${accepted.join(' ')}"`,
				body: {
					error: {
						code: 403,
						message: 'Request had insufficient authentication scopes.',
						errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
						status: 'PERMISSION_DENIED',
						details: [
							{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }
						]
					}
				}
			};
		}
		return { ok: true, accountId: String(token.accountId) };
	}

	return {
		name: 'google',
		hosts: [
			'accounts.google.com',
			'oauth2.googleapis.com',
			'openidconnect.googleapis.com',
			'gmail.googleapis.com',
			'www.googleapis.com'
		],
		sent,
		async handle(req, res, url) {
			const path = url.pathname;
			if (req.method === 'OPTIONS') return preflight(req, res, origins);
			if (path.startsWith('/interaction/')) {
				const [, , uid, action] = path.split('/');
				return interaction(req, res, uid ?? '', action);
			}
			if (path.startsWith('/gmail/v1/users/me/')) return gmail(req, res, url);
			if (path === '/token' && req.method === 'POST') return token(req, res);
			if (path === '/.well-known/openid-configuration') {
				counts.add('discovery');
				return sendJson(res, 200, METADATA, { 'access-control-allow-origin': '*' });
			}
			callback(req, res);
		},
		stats: () => ({ ...counts.counts, errors: [...errorLog], sent: sent.length })
	};
}

/** Google's discovery document, the fields of the published one (panva/wellknown's copy). */
const METADATA = {
	issuer: GOOGLE_ISSUER,
	authorization_endpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
	device_authorization_endpoint: 'https://oauth2.googleapis.com/device/code',
	token_endpoint: 'https://oauth2.googleapis.com/token',
	userinfo_endpoint: 'https://openidconnect.googleapis.com/v1/userinfo',
	revocation_endpoint: 'https://oauth2.googleapis.com/revoke',
	jwks_uri: 'https://www.googleapis.com/oauth2/v3/certs',
	response_types_supported: [
		'code',
		'token',
		'id_token',
		'code token',
		'code id_token',
		'token id_token',
		'code token id_token',
		'none'
	],
	subject_types_supported: ['public'],
	id_token_signing_alg_values_supported: ['RS256'],
	scopes_supported: ['openid', 'email', 'profile'],
	token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
	claims_supported: [
		'aud',
		'email',
		'email_verified',
		'exp',
		'family_name',
		'given_name',
		'iat',
		'iss',
		'name',
		'picture',
		'sub'
	],
	code_challenge_methods_supported: ['plain', 'S256'],
	grant_types_supported: [
		'authorization_code',
		'refresh_token',
		'urn:ietf:params:oauth:grant-type:device_code',
		'urn:ietf:params:oauth:grant-type:jwt-bearer'
	]
};

/** The labels of the twin's mailbox, with their counts as `users.labels.get` gives them. */
const LABELS = [
	{
		id: 'INBOX',
		name: 'INBOX',
		type: 'system',
		messagesTotal: 2,
		messagesUnread: 1,
		threadsTotal: 2,
		threadsUnread: 1
	},
	{ id: 'SENT', name: 'SENT', type: 'system', messagesTotal: 0, messagesUnread: 0, threadsTotal: 0, threadsUnread: 0 },
	{
		id: 'DRAFT',
		name: 'DRAFT',
		type: 'system',
		messagesTotal: 0,
		messagesUnread: 0,
		threadsTotal: 0,
		threadsUnread: 0
	},
	{ id: 'SPAM', name: 'SPAM', type: 'system', messagesTotal: 0, messagesUnread: 0, threadsTotal: 0, threadsUnread: 0 },
	{
		id: 'TRASH',
		name: 'TRASH',
		type: 'system',
		messagesTotal: 0,
		messagesUnread: 0,
		threadsTotal: 0,
		threadsUnread: 0
	},
	{
		id: 'Label_1',
		name: 'Receipts',
		type: 'user',
		messagesTotal: 1,
		messagesUnread: 0,
		threadsTotal: 1,
		threadsUnread: 0
	}
];
