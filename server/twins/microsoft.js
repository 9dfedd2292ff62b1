// @ts-check
/**
 * The Microsoft twin: the Microsoft identity platform's v2.0 endpoints (Entra ID, personal
 * Microsoft accounts) as Microsoft documents them, built on `oidc-provider` with one provider
 * instance per tenant. docs/providers.md lists each behaviour with its source; in short:
 *
 * - `/{tenant}/oauth2/v2.0/authorize` and `/token`, where `{tenant}` is `common`,
 *   `organizations`, `consumers`, a tenant GUID or a tenant's domain; the person's own tenant
 *   issues the tokens, with the issuer `https://login.microsoftonline.com/{tid}/v2.0`, and the
 *   multi-tenant metadata names the issuer as the template `…/{tenantid}/v2.0`.
 * - No `iss` in the authorization response (RFC 9207 is not used).
 * - Refresh tokens of single-page apps live 24 hours from sign-in (scaled by `daySeconds`), and
 *   renewing them does not extend that; afterwards AADSTS700084.
 * - No client credentials from a browser: a secret sent with an `Origin` header is refused.
 * - One authorization request may ask consent for several resources (Graph and Outlook); each
 *   token request gets a token for one resource, the first one its `scope` names. A refresh for
 *   a resource or scope that was never consented is refused.
 * - Microsoft's error codes (`AADSTS…`) in `error_description`; no revocation endpoint.
 * - `prompt=none` with a `login_hint` signs in without a page when the person has a session.
 */
import { createHash, randomUUID } from 'node:crypto';
import Provider, { errors as oidcErrors } from 'oidc-provider';
import { esc, interactionHandler, page, personFor } from '../oidc/interaction.js';
import { acceptConnectionCallbacks } from '../oidc/redirects.js';
import {
	Counter,
	cookieKeys,
	corsFor,
	mounted,
	passOn,
	preflight,
	readParams,
	rewriteJson,
	rewriteLocation,
	scaledDays,
	sendJson,
	signingJwk
} from './common.js';

export const LOGIN_HOST = 'login.microsoftonline.com';
/** The tenant of personal Microsoft accounts (Outlook.com, Hotmail, Xbox). */
export const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
/** A work tenant of the twin: addresses at contoso.test belong to it. Made up. */
export const CONTOSO_TENANT = '4b2ec2b7-8f5d-4c3e-9a1f-6d0c3e5b7a21';
export const GRAPH = 'https://graph.microsoft.com';
export const OUTLOOK = 'https://outlook.office.com';

/** The delegated permissions each resource knows, as fully qualified scopes. */
const RESOURCES = /** @type {Record<string, string[]>} */ ({
	[GRAPH]: ['User.Read', 'Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite', 'Mail.Send'].map((s) => `${GRAPH}/${s}`),
	[OUTLOOK]: ['IMAP.AccessAsUser.All', 'POP.AccessAsUser.All', 'SMTP.Send'].map((s) => `${OUTLOOK}/${s}`)
});

const BRAND = {
	name: 'Microsoft (twin)',
	colour: '#0f6cbd',
	note: 'The local twin of Microsoft’s sign-in: no password needed. Addresses at contoso.test are work accounts of the tenant “Contoso”; any other address is a personal Microsoft account.'
};

/** What Microsoft's error codes say, for the ones the twin answers with (reference-error-codes). */
const AADSTS = {
	50058: 'A silent sign-in request was sent but no user is signed in.',
	54005:
		'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
	65001:
		"The user or administrator hasn't consented to use the application with ID '{client}'. Send an interactive authorization request for this user and resource.",
	70008:
		'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
	700025: "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
	700084:
		'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of {time}, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on {issueDate}.'
};

/**
 * @param {keyof typeof AADSTS} code
 * @param {Record<string, string>} [values]
 */
function aadsts(code, values = {}) {
	const text = AADSTS[code].replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`);
	return `AADSTS${code}: ${text} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`;
}

/** @param {string} value */
const isGuid = (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The resources (origins) the fully qualified scopes of a request name, in order. @param {string | undefined} scope */
function resourcesIn(scope) {
	/** @type {string[]} */
	const out = [];
	for (const s of (scope ?? '').split(' ')) {
		const match = /^(https:\/\/[^/]+)\//.exec(s);
		if (match?.[1] && RESOURCES[match[1]] && !out.includes(match[1])) out.push(match[1]);
	}
	return out;
}

/**
 * @typedef {{ clientId: string, redirectUris: string[], name?: string }} TwinClient
 * @typedef {{ id: string, name: string, domains: string[] }} Tenant
 * @typedef {{
 *   clients: TwinClient[],
 *   accessTokenTtl?: number,
 *   daySeconds?: number,
 *   tenants?: Tenant[],
 * }} MicrosoftTwinOptions
 */

/**
 * @param {MicrosoftTwinOptions} options
 * @returns {import('./common.js').Twin & { tenants: Tenant[], verifyOutlookToken(token: string): Promise<{ ok: true, claims: Record<string, unknown> } | { ok: false, reason: string }> }}
 */
export function createMicrosoftTwin(options) {
	const daySeconds = options.daySeconds ?? 86_400;
	/** Refresh tokens of single-page apps: 24 hours, fixed. */
	const spaLifetime = scaledDays(1, daySeconds);
	const tenants = options.tenants ?? [
		{ id: CONTOSO_TENANT, name: 'Contoso', domains: ['contoso.test'] },
		{ id: CONSUMER_TENANT, name: 'Microsoft accounts', domains: [] }
	];
	const origins = new Set(options.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)));
	const jwk = signingJwk();
	const counts = new Counter();
	/** @type {string[]} */
	const errorLog = [];

	/** The tenant an address belongs to: by its domain, else the consumer tenant. @param {string} email */
	const tenantOf = (email) => {
		const domain = email.split('@')[1]?.toLowerCase() ?? '';
		return tenants.find((t) => t.domains.includes(domain)) ?? tenants.find((t) => t.id === CONSUMER_TENANT);
	};

	/**
	 * Which tenants a `{tenant}` path segment lets sign in.
	 * @param {string} alias
	 * @returns {((t: Tenant) => boolean) | undefined}
	 */
	const accepts = (alias) => {
		const a = alias.toLowerCase();
		if (a === 'common') return () => true;
		if (a === 'organizations') return (t) => t.id !== CONSUMER_TENANT;
		if (a === 'consumers') return (t) => t.id === CONSUMER_TENANT;
		if (isGuid(a)) return tenants.some((t) => t.id === a) ? (t) => t.id === a : undefined;
		const byDomain = tenants.find((t) => t.domains.includes(a));
		return byDomain ? (t) => t.id === byDomain.id : undefined;
	};

	/** Codes whose authorization asked for offline_access: they come with a refresh token. */
	const offlineCodes = new Set();
	const instances = new Map(tenants.map((t) => [t.id, tenantInstance(t)]));

	/** @param {Tenant} tenant */
	function tenantInstance(tenant) {
		const issuer = `https://${LOGIN_HOST}/${tenant.id}/v2.0`;
		const short = tenant.id.slice(0, 8);
		const provider = new Provider(issuer, {
			clients: options.clients.map((c) => ({
				client_id: c.clientId,
				client_name: c.name ?? 'OAuth2 Client',
				// A single-page application: a public client, PKCE, its redirect URIs of type "spa".
				token_endpoint_auth_method: 'none',
				application_type: 'web',
				grant_types: ['authorization_code', 'refresh_token'],
				response_types: ['code'],
				redirect_uris: c.redirectUris
			})),
			jwks: { keys: [jwk] },
			cookies: {
				keys: cookieKeys(),
				names: { session: `_ms_${short}`, interaction: `_ms_i_${short}`, resume: `_ms_r_${short}` }
			},
			claims: {
				openid: ['sub', 'tid', 'oid', 'preferred_username', 'ver'],
				email: ['email'],
				profile: ['name', 'given_name', 'family_name']
			},
			// Microsoft's id tokens carry name and address themselves.
			conformIdTokenClaims: false,
			findAccount: async (_ctx, sub) => ({
				accountId: sub,
				claims: async () => ({
					sub,
					tid: tenant.id,
					oid: createHash('sha256')
						.update(`${tenant.id}:${sub}`)
						.digest('hex')
						.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/, '$1-$2-$3-$4-$5'),
					preferred_username: sub,
					email: sub,
					ver: '2.0',
					...personFor(sub)
				})
			}),
			clientBasedCORS: (_ctx, origin) => origins.has(origin),
			interactions: { url: (_ctx, interaction) => `/${tenant.id}/interaction/${interaction.uid}` },
			features: {
				devInteractions: { enabled: false },
				// Microsoft has no RFC 7009 revocation endpoint and no userinfo at login.microsoftonline.com.
				revocation: { enabled: false },
				userinfo: { enabled: false },
				resourceIndicators: {
					enabled: true,
					// Microsoft names the resource through the scopes (`https://graph.microsoft.com/Mail.Send`):
					// the authorization request covers every resource its scopes name; a token request
					// gets the first one.
					defaultResource: async (ctx, _client, oneOf) => {
						const named = resourcesIn(String(ctx.oidc.params?.scope ?? ''));
						if (oneOf) return named.find((r) => oneOf.includes(r)) ?? oneOf[0];
						if (ctx.oidc.route === 'authorization' || ctx.oidc.route === 'resume')
							return named.length > 0 ? named : undefined;
						return named[0];
					},
					useGrantedResource: async () => true,
					getResourceServerInfo: async (_ctx, indicator) => {
						const scopes = RESOURCES[indicator];
						if (!scopes) throw new oidcErrors.InvalidTarget();
						return {
							scope: scopes.join(' '),
							audience: indicator,
							accessTokenTTL: options.accessTokenTtl ?? 3600,
							accessTokenFormat: 'jwt',
							jwt: { sign: { alg: 'RS256' } }
						};
					}
				}
			},
			extraTokenClaims: async () => ({ tid: tenant.id }),
			ttl: {
				AccessToken: (_ctx, token) =>
					/** @type {any} */ (token).resourceServer?.accessTokenTTL ?? options.accessTokenTtl ?? 3600,
				AuthorizationCode: 600,
				IdToken: 3600,
				Interaction: 3600,
				Session: 14 * 24 * 3600,
				Grant: 90 * 24 * 3600,
				// 24 hours from sign-in, however often it is renewed.
				RefreshToken: (ctx) => ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? spaLifetime
			},
			expiresWithSession: async () => false,
			// Microsoft grants offline_access without a consent prompt (oidc-provider would drop it):
			// the twin notes which codes were asked for it.
			issueRefreshToken: async (_ctx, client, code) =>
				client.grantTypeAllowed('refresh_token') && offlineCodes.delete(code.jti),
			extraParams: ['twin_offline'],
			rotateRefreshToken: true,
			pkce: { required: () => true },
			renderError: async (ctx, out) => {
				ctx.type = 'html';
				ctx.body = page(
					'Sign-in problem',
					`<h1>Sorry, but we’re having trouble signing you in.</h1>${Object.entries(out)
						.map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`)
						.join('')}`,
					BRAND
				);
			}
		});
		acceptConnectionCallbacks(provider);
		// Microsoft's authorization response has no `iss` (it does not implement RFC 9207).
		provider.on('authorization.success', (ctx, out) => {
			delete (/** @type {any} */ (out).iss);
			counts.add('authorizations');
			const code = /** @type {any} */ (out).code;
			if (ctx.oidc.params?.twin_offline === '1' && typeof code === 'string') offlineCodes.add(code);
		});
		provider.on('grant.success', (ctx) => counts.add(`grant:${ctx.oidc.params?.grant_type}`));
		provider.on('grant.error', (_ctx, error) => counts.add(`error:${/** @type {any} */ (error).error}`));
		provider.on('refresh_token.saved', () => counts.add('refresh-tokens'));
		// Microsoft does not revoke a refresh token that was used: it hands out a new one, and the
		// old one keeps working until the sign-in's 24 hours are over.
		provider.on('grant.success', (ctx) => {
			const rotated = ctx.oidc.entities.RotatedRefreshToken;
			if (rotated) {
				void provider.RefreshToken.adapter.find(rotated.jti).then((payload) => {
					if (payload) delete (/** @type {any} */ (payload).consumed);
				});
			}
		});
		provider.on('server_error', (_ctx, error) => console.error('Microsoft twin error:', error));
		return {
			tenant,
			provider,
			callback: provider.callback(),
			interaction: interactionHandler(provider, {
				brand: BRAND,
				base: `/${tenant.id}`,
				login: (email) =>
					tenantOf(email)?.id === tenant.id
						? { accountId: email }
						: { error: `${email} does not belong to ${tenant.name}. Start the sign-in again with that address.` },
				scopeText: (s) => {
					const name = s.slice(s.lastIndexOf('/') + 1);
					return s.startsWith(OUTLOOK)
						? `${name}: Outlook (IMAP, POP, SMTP)`
						: s.startsWith(GRAPH)
							? `${name}: Microsoft Graph`
							: undefined;
				},
				consentScopes: (details) => {
					const missing = /** @type {any} */ (details.prompt.details);
					return [
						...(missing.missingOIDCScope ?? []),
						...Object.values(missing.missingResourceScopes ?? {}).flat()
					].map(String);
				}
			})
		};
	}

	/** The provider instance that holds a code or refresh token (they are per tenant). @param {'AuthorizationCode' | 'RefreshToken'} model @param {string} value */
	async function holderOf(model, value) {
		for (const instance of instances.values()) {
			const found = await /** @type {any} */ (instance.provider[model]).find(value, { ignoreExpiration: true });
			if (found) return { instance, found };
		}
		return undefined;
	}

	/**
	 * @param {import('./common.js').Req} req
	 * @param {import('./common.js').Res} res
	 * @param {string} alias
	 * @param {URL} url
	 */
	async function authorize(req, res, alias, url) {
		const allowed = accepts(alias);
		const html = (/** @type {number} */ status, /** @type {string} */ body) => {
			res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
			res.end(page('Sign in · Microsoft (twin)', body, BRAND));
		};
		if (!allowed) return html(400, `<h1>Unknown tenant</h1><p>No tenant is called “${esc(alias)}”.</p>`);
		const hint = url.searchParams.get('login_hint')?.trim();
		if (!hint) {
			// Microsoft asks who signs in first, and finds their tenant from the address.
			const hidden = [...url.searchParams]
				.map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
				.join('');
			return html(
				200,
				`<h1>Sign in</h1><p class="note">${BRAND.note}</p><form method="get" action="${esc(url.pathname)}">${hidden}
				<label for="email">Email</label><input id="email" name="login_hint" type="email" required autofocus>
				<button type="submit">Next</button></form>`
			);
		}
		const tenant = tenantOf(hint);
		if (!tenant || !allowed(tenant)) {
			return html(
				400,
				`<h1>Sorry, but we’re having trouble signing you in.</h1><p>${esc(hint)} is ${tenant?.id === CONSUMER_TENANT ? 'a personal Microsoft account' : `an account of ${esc(tenant?.name)}`}, which the sign-in address /${esc(alias)}/ does not accept.</p>`
			);
		}
		const instance = /** @type {ReturnType<typeof tenantInstance>} */ (instances.get(tenant.id));
		// A silent sign-in that cannot be silent: Microsoft's code in the description.
		rewriteLocation(res, (location) => {
			const error = location.searchParams.get('error');
			if (error === 'login_required' || error === 'interaction_required' || error === 'consent_required') {
				const description = aadsts(50058);
				errorLog.push(description);
				location.searchParams.set('error_description', description);
			}
		});
		const query = new URLSearchParams(url.search);
		query.delete('twin_offline');
		if ((query.get('scope') ?? '').split(' ').includes('offline_access')) query.set('twin_offline', '1');
		mounted(instance.callback, req, res, `/${tenant.id}/v2.0`, `/auth?${query}`);
	}

	/**
	 * @param {import('./common.js').Req} req
	 * @param {import('./common.js').Res} res
	 * @param {string} alias
	 */
	async function token(req, res, alias) {
		const cors = corsFor(req, origins);
		const params = await readParams(req);
		const clientId = params.get('client_id') ?? '';
		const fail = (/** @type {number} */ status, /** @type {string} */ error, /** @type {string} */ description) => {
			const code = Number(/^AADSTS(\d+)/.exec(description)?.[1] ?? 0);
			counts.add(`error:${code ? `AADSTS${code}` : error}`);
			errorLog.push(description);
			sendJson(
				res,
				status,
				{
					error,
					error_description: description,
					error_codes: code ? [code] : [],
					timestamp: new Date().toISOString(),
					trace_id: randomUUID(),
					correlation_id: randomUUID()
				},
				cors
			);
		};
		// No client credentials in the presence of an Origin header: secrets are not used in browsers.
		if (req.headers.origin && (params.has('client_secret') || /^basic /i.test(req.headers.authorization ?? ''))) {
			return fail(401, 'invalid_client', aadsts(700025));
		}
		const grantType = params.get('grant_type');
		// A token request names the resource through its scopes; Microsoft redeems for the first.
		const [resource] = resourcesIn(params.get('scope') ?? undefined);
		if (resource && !params.has('resource')) params.set('resource', resource);
		// offline_access asks for a refresh token at sign-in; on a token request it changes nothing.
		if (params.has('scope')) {
			params.set(
				'scope',
				(params.get('scope') ?? '')
					.split(' ')
					.filter((s) => s && s !== 'offline_access')
					.join(' ')
			);
		}
		let holder;
		if (grantType === 'authorization_code') {
			holder = await holderOf('AuthorizationCode', params.get('code') ?? '');
			if (holder?.found.consumed) return fail(400, 'invalid_grant', aadsts(54005));
			if (holder && /** @type {any} */ (holder.found).isExpired) return fail(400, 'invalid_grant', aadsts(70008));
		} else if (grantType === 'refresh_token') {
			holder = await holderOf('RefreshToken', params.get('refresh_token') ?? '');
			const found = /** @type {any} */ (holder?.found);
			if (found?.isExpired) {
				return fail(
					400,
					'invalid_grant',
					aadsts(700084, {
						time: spaLifetime >= 86_400 ? '1.00:00:00' : `00:00:${String(spaLifetime).padStart(2, '0')}`,
						issueDate: new Date((found.iiat ?? found.iat) * 1000).toISOString()
					})
				);
			}
		}
		// A code or refresh token Microsoft does not know (any more): expired, revoked or made up.
		if ((grantType === 'authorization_code' || grantType === 'refresh_token') && !holder) {
			return fail(400, 'invalid_grant', aadsts(70008));
		}
		const allowed = accepts(alias);
		if (holder && allowed && !allowed(holder.instance.tenant)) {
			return fail(400, 'invalid_grant', aadsts(70008));
		}
		const instance = holder?.instance ?? instances.values().next().value;
		if (!instance) return fail(500, 'server_error', 'no tenant');
		passOn(req, params);
		rewriteJson(res, (status, body) => {
			if (status < 400 || typeof body.error !== 'string') return undefined;
			// What was never consented for this grant: Microsoft asks for an interactive sign-in.
			if (grantType === 'refresh_token' && (body.error === 'invalid_scope' || body.error === 'invalid_target')) {
				const description = aadsts(65001, { client: clientId });
				counts.add('error:AADSTS65001');
				errorLog.push(description);
				return { error: 'invalid_grant', error_description: description, error_codes: [65001] };
			}
			errorLog.push(String(body.error_description ?? body.error));
			return undefined;
		});
		mounted(instance.callback, req, res, `/${instance.tenant.id}/v2.0`, '/token');
	}

	/**
	 * The OpenID metadata Microsoft publishes per `{tenant}`: for the multi-tenant aliases the
	 * issuer is the template with `{tenantid}`.
	 * @param {string} alias
	 * @param {string} origin
	 */
	function metadata(alias, origin) {
		const a = alias.toLowerCase();
		const single = isGuid(a) ? a : tenants.find((t) => t.domains.includes(a))?.id;
		const tid = a === 'consumers' ? CONSUMER_TENANT : single;
		return {
			token_endpoint: `${origin}/${alias}/oauth2/v2.0/token`,
			token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
			jwks_uri: `${origin}/${alias}/discovery/v2.0/keys`,
			response_modes_supported: ['query', 'fragment', 'form_post'],
			subject_types_supported: ['pairwise'],
			id_token_signing_alg_values_supported: ['RS256'],
			response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
			scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
			issuer: `https://${LOGIN_HOST}/${tid ?? '{tenantid}'}/v2.0`,
			request_uri_parameter_supported: false,
			userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
			authorization_endpoint: `${origin}/${alias}/oauth2/v2.0/authorize`,
			http_logout_supported: true,
			frontchannel_logout_supported: true,
			end_session_endpoint: `${origin}/${alias}/oauth2/v2.0/logout`,
			claims_supported: [
				'sub',
				'iss',
				'aud',
				'exp',
				'iat',
				'auth_time',
				'nonce',
				'preferred_username',
				'name',
				'tid',
				'ver',
				'email'
			],
			tenant_region_scope: null,
			cloud_instance_name: 'microsoftonline.com',
			cloud_graph_host_name: 'graph.windows.net',
			msgraph_host: 'graph.microsoft.com'
		};
	}

	return {
		name: 'microsoft',
		hosts: [LOGIN_HOST],
		tenants,
		async handle(req, res, url) {
			const parts = url.pathname.split('/').filter(Boolean);
			const [first, second, third, fourth] = parts;
			if (req.method === 'OPTIONS') return preflight(req, res, origins);
			// /{tid}/interaction/{uid}[/{action}]
			if (first && second === 'interaction' && third) {
				const instance = instances.get(first);
				if (!instance) return sendJson(res, 404, { error: 'not_found' });
				return instance.interaction(req, res, third, fourth);
			}
			// /{tid}/v2.0/… (the provider's own routes: resuming after the sign-in page)
			if (first && second === 'v2.0' && third !== '.well-known' && instances.has(first)) {
				const instance = /** @type {ReturnType<typeof tenantInstance>} */ (instances.get(first));
				return mounted(
					instance.callback,
					req,
					res,
					`/${first}/v2.0`,
					url.pathname.slice(`/${first}/v2.0`.length) + url.search
				);
			}
			if (!first) return sendJson(res, 404, { error: 'not_found' });
			if (second === 'v2.0' && third === '.well-known' && fourth === 'openid-configuration') {
				counts.add('discovery');
				return sendJson(res, 200, metadata(first, `https://${LOGIN_HOST}`), { 'access-control-allow-origin': '*' });
			}
			if (second === 'discovery' && parts.at(-1) === 'keys') {
				const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
				return sendJson(res, 200, { keys: [pub] }, { 'access-control-allow-origin': '*' });
			}
			if (second === 'oauth2' && third === 'v2.0' && fourth === 'authorize' && req.method === 'GET') {
				return authorize(req, res, first, url);
			}
			if (second === 'oauth2' && third === 'v2.0' && fourth === 'token' && req.method === 'POST') {
				counts.add('token-requests');
				return token(req, res, first);
			}
			return sendJson(res, 404, { error: 'not_found' });
		},
		stats: () => ({ ...counts.counts, errors: [...errorLog] }),
		/**
		 * What Outlook's IMAP or SMTP server checks before it lets a token in: signed by the
		 * tenant, for Outlook, not expired, with the permission.
		 */
		async verifyOutlookToken(value) {
			const { jwtVerify, createLocalJWKSet } = await import('jose');
			const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
			try {
				const { payload } = await jwtVerify(value, createLocalJWKSet({ keys: [pub] }), { audience: OUTLOOK });
				const tid = String(payload.tid ?? '');
				if (payload.iss !== `https://${LOGIN_HOST}/${tid}/v2.0`) return { ok: false, reason: `issuer ${payload.iss}` };
				const scopes = String(payload.scope ?? '').split(' ');
				if (!scopes.includes(`${OUTLOOK}/IMAP.AccessAsUser.All`))
					return { ok: false, reason: `scopes ${payload.scope}` };
				return { ok: true, claims: payload };
			} catch (error) {
				return { ok: false, reason: error instanceof Error ? error.message : String(error) };
			}
		}
	};
}
