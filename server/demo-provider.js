// @ts-check
/**
 * The local demo OpenID provider: a real `oidc-provider` (the certified Node implementation)
 * on loopback, registered for the app as a public client with PKCE, refresh tokens (rotated on
 * every use) and CORS for the app's origin. `npm start` runs it so that a newcomer can try
 * everything without registering an app anywhere; the end-to-end tests and benchmarks run it with
 * `controls` on, which adds a `/__control` API to count requests and inject failures.
 *
 * Its login accepts any email address without a password: it is a demo, on loopback only.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider, { errors as oidcErrors } from 'oidc-provider';
import { esc, interactionHandler, page, personFor } from './oidc/interaction.js';
import { acceptConnectionCallbacks } from './oidc/redirects.js';

/**
 * @typedef {{ clientId: string, redirectUris: string[], name?: string }} DemoClient
 * @typedef {{ status: number, count: number, retryAfter?: number, cors?: boolean, error?: string }} TokenFailure
 * @typedef {{
 *   tokenRequests: number,
 *   grants: Record<string, number>,
 *   failedGrants: Record<string, number>,
 *   errors: Record<string, number>,
 *   discoveryRequests: number,
 *   revocations: number,
 *   injectedFailures: number,
 *   authorizations: number,
 *   registrations: number,
 *   registrationsDeleted: number,
 * }} Stats
 */

/**
 * @typedef {{
 *   host?: string,
 *   port?: number,
 *   clients: DemoClient[],
 *   accessTokenTtl?: number,
 *   refreshTokenTtl?: number,
 *   controls?: boolean,
 *   resources?: Record<string, { scope: string, audience?: string, ttl?: number }>,
 *   registration?: boolean,
 *   clientIdMetadataDocuments?: boolean,
 *   documentHosts?: Record<string, string>,
 *   appOrigins?: string[],
 * }} DemoOptions
 * `registration`: Dynamic Client Registration (RFC 7591) open to anyone, and its management
 * (RFC 7592), with CORS for `appOrigins` (and the static clients' origins).
 * `clientIdMetadataDocuments`: a URL `client_id` is fetched and checked as
 * draft-ietf-oauth-client-id-metadata-document says (oidc-provider's own implementation, draft
 * -02); `documentHosts` maps a document's origin to where it is really served on loopback (the
 * tests' app), the one place the draft's ban on loopback fetches is relaxed (§8.6 allows it for
 * testing).
 */

/** @param {DemoOptions} options */
export async function startDemoProvider(options) {
	const host = options.host ?? '127.0.0.1';
	const server = createServer();
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, host, () => ok(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no address');
	const demo = createDemoProvider({ ...options, issuer: `http://${host}:${address.port}` });
	server.on('request', demo.handle);
	return {
		...demo,
		port: address.port,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}

/**
 * The demo provider as a request handler, for an issuer served elsewhere (the end-to-end tests'
 * HTTPS test domains: server/zero-domains.js).
 * @param {DemoOptions & { issuer: string }} options
 */
export function createDemoProvider(options) {
	const issuer = options.issuer;
	/** @type {Stats} */
	const stats = emptyStats();
	/** @type {TokenFailure[]} */
	const failures = [];
	let tokenDelayMs = 0;
	/** A Cross-Origin-Opener-Policy for the sign-in pages, as some providers send (tests). */
	let openerPolicy = '';
	let revocationFailures = 0;
	/** @type {Map<string, Set<string>>} grant ids by account, to revoke "at the provider" in tests */
	const grantsByAccount = new Map();

	const origins = new Set([
		...options.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)),
		...(options.appOrigins ?? [])
	]);
	const documentHosts = options.documentHosts ?? {};
	const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
	const resources = options.resources ?? {};

	/** @type {import('oidc-provider').Configuration} */
	const configuration = {
		clients: options.clients.map((c) => ({
			client_id: c.clientId,
			client_name: c.name ?? 'OAuth2 Client (local demo)',
			token_endpoint_auth_method: 'none',
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			redirect_uris: c.redirectUris
		})),
		jwks: { keys: [/** @type {any} */ ({ ...jwk, kid: 'demo-rs256', use: 'sig', alg: 'RS256' })] },
		cookies: { keys: [Math.random().toString(36).slice(2) + Date.now().toString(36)] },
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name', 'given_name', 'family_name']
		},
		scopes: [
			'openid',
			'offline_access',
			'email',
			'profile',
			...new Set(Object.values(resources).flatMap((r) => r.scope.split(' ')))
		],
		// Put name and email into the id token, as Google and Microsoft do, so that the app can
		// greet the person without a userinfo request.
		conformIdTokenClaims: false,
		findAccount: async (_ctx, sub) => ({
			accountId: sub,
			claims: async () => ({ sub, email: sub, email_verified: true, ...personFor(sub) })
		}),
		// The app's origins; and for clients that registered themselves or are known by their
		// metadata document, the origin of their redirect URIs (oidc-provider's own default rule).
		clientBasedCORS: (_ctx, origin, client) =>
			origins.has(origin) ||
			(client.clientAuthMethod === 'none' && (client.redirectUris ?? []).some((u) => URL.parse(u)?.origin === origin)),
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		features: {
			devInteractions: { enabled: false },
			registration: { enabled: options.registration === true, initialAccessToken: false },
			registrationManagement: { enabled: options.registration === true, rotateRegistrationAccessToken: false },
			clientIdMetadataDocument: {
				enabled: options.clientIdMetadataDocuments === true,
				ack: 'draft-02',
				// Fetched again after at most a minute: a rebuilt app's document is seen soon.
				cacheDuration: { min: 30, max: 60 }
			},
			revocation: { enabled: true },
			userinfo: { enabled: true },
			resourceIndicators: {
				enabled: Object.keys(resources).length > 0,
				defaultResource: () => undefined,
				useGrantedResource: () => true,
				getResourceServerInfo: (_ctx, indicator) => {
					const info = resources[indicator];
					if (!info) throw new oidcErrors.InvalidTarget();
					return {
						scope: info.scope,
						audience: info.audience ?? indicator,
						accessTokenTTL: info.ttl ?? options.accessTokenTtl ?? 300,
						accessTokenFormat: 'jwt'
					};
				}
			}
		},
		ttl: {
			// A resource's own lifetime wins (JMAP tokens); otherwise the configured one.
			AccessToken: (_ctx, token) =>
				/** @type {any} */ (token).resourceServer?.accessTokenTTL ?? options.accessTokenTtl ?? 300,
			AuthorizationCode: 60,
			IdToken: 3600,
			Interaction: 3600,
			Session: 14 * 24 * 3600,
			Grant: 14 * 24 * 3600,
			RefreshToken: options.refreshTokenTtl ?? 14 * 24 * 3600
		},
		pkce: { required: () => true },
		// Where the documents of `documentHosts` are really served: there, and only there, a
		// loopback address is fetched (oidc-provider refuses special-use addresses otherwise).
		fetch: (url, init) => {
			const target = new URL(url instanceof Request ? url.url : url);
			const local = documentHosts[target.origin];
			if (!local) return globalThis.fetch(url, init);
			const { dispatcher: _dispatcher, ...rest } = /** @type {any} */ (init);
			return globalThis.fetch(`${local}${target.pathname}${target.search}`, rest);
		},
		renderError: async (ctx, out) => {
			ctx.type = 'html';
			ctx.body = page(
				'Sign-in problem',
				`<h1>Sign-in problem</h1>${Object.entries(out)
					.map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`)
					.join('')}`
			);
		}
	};

	const provider = new Provider(issuer, configuration);
	acceptConnectionCallbacks(provider);
	// oidc-provider gives its registration endpoint no CORS: a browser app could neither register
	// nor delete its registration. Allowed for the app's origins, as a provider open to browser
	// apps does (docs/zero-registration.md).
	if (options.registration) {
		provider.use(async (ctx, next) => {
			const origin = ctx.get('origin');
			if (!(ctx.path === '/reg' || ctx.path.startsWith('/reg/')) || !origin) return next();
			const allowed = origins.has(origin);
			if (ctx.method === 'OPTIONS') {
				ctx.status = allowed ? 204 : 403;
				if (allowed) {
					ctx.set('access-control-allow-origin', origin);
					ctx.set('access-control-allow-methods', 'GET, POST, PUT, DELETE');
					ctx.set('access-control-allow-headers', 'authorization, content-type');
					ctx.set('access-control-max-age', '600');
				}
				ctx.vary('origin');
				return;
			}
			await next();
			if (allowed) {
				ctx.set('access-control-allow-origin', origin);
				ctx.set('access-control-expose-headers', 'WWW-Authenticate');
			}
			ctx.vary('origin');
		});
		provider.on('registration_create.success', () => {
			stats.registrations += 1;
		});
		provider.on('registration_delete.success', () => {
			stats.registrationsDeleted += 1;
		});
	}
	provider.on('grant.success', (ctx) => {
		const type = String(ctx.oidc.params?.grant_type ?? 'unknown');
		stats.grants[type] = (stats.grants[type] ?? 0) + 1;
	});
	provider.on('grant.error', (ctx, error) => {
		const code = /** @type {any} */ (error).error ?? 'unknown';
		stats.errors[code] = (stats.errors[code] ?? 0) + 1;
		// Refused token requests count as requests too (a baseline's invalid_grant storms).
		const type = String(/** @type {any} */ (ctx)?.oidc?.params?.grant_type ?? 'unknown');
		stats.failedGrants[type] = (stats.failedGrants[type] ?? 0) + 1;
	});
	provider.on('grant.revoked', () => {
		stats.revocations += 1;
	});
	provider.on('authorization.success', () => {
		stats.authorizations += 1;
	});
	provider.on('refresh_token.saved', (/** @type {any} */ token) => {
		const set = grantsByAccount.get(token.accountId) ?? new Set();
		set.add(token.grantId);
		grantsByAccount.set(token.accountId, set);
	});
	provider.on('server_error', (_ctx, error) => console.error('demo provider error:', error));
	const callback = provider.callback();

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function handle(req, res) {
		try {
			const url = new URL(req.url ?? '/', issuer);
			if (url.pathname === '/.well-known/openid-configuration') stats.discoveryRequests += 1;
			if (url.pathname.startsWith('/interaction/')) return await interaction(req, res, url);
			if (options.controls && url.pathname.startsWith('/__control/')) return await control(req, res, url);
			if (url.pathname === '/token' && req.method === 'POST') {
				stats.tokenRequests += 1;
				if (tokenDelayMs > 0) await new Promise((ok) => setTimeout(ok, tokenDelayMs));
				const failure = failures[0];
				if (failure) {
					if (--failure.count <= 0) failures.shift();
					stats.injectedFailures += 1;
					return injectFailure(req, res, failure);
				}
			}
			if (url.pathname === '/token/revocation' && req.method === 'POST' && revocationFailures > 0) {
				revocationFailures--;
				stats.injectedFailures += 1;
				return injectFailure(req, res, { status: 503, count: 1, cors: true });
			}
			callback(req, res);
		} catch (error) {
			console.error('demo provider:', error);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
			res.end('demo provider error');
		}
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {TokenFailure} failure
	 */
	function injectFailure(req, res, failure) {
		// Drain the body so the connection stays usable.
		req.resume();
		/** @type {Record<string, string>} */
		const headers = { 'content-type': failure.error ? 'application/json' : 'text/html' };
		const origin = req.headers.origin;
		// A load balancer's 503 often has no CORS headers: then the browser only sees a network error.
		if (failure.cors !== false && origin && origins.has(origin)) {
			headers['access-control-allow-origin'] = origin;
			headers['access-control-expose-headers'] = 'Retry-After';
			headers['vary'] = 'Origin';
		}
		if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
		res.writeHead(failure.status, headers);
		res.end(
			failure.error
				? JSON.stringify({ error: failure.error, error_description: `injected by the test: ${failure.error}` })
				: '<html><body><h1>Service Unavailable</h1></body></html>'
		);
	}

	const interactions = interactionHandler(provider, {
		headers: () =>
			/** @type {Record<string, string>} */ (openerPolicy ? { 'cross-origin-opener-policy': openerPolicy } : {})
	});

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {URL} url
	 */
	function interaction(req, res, url) {
		const [, , uid, action] = url.pathname.split('/');
		return interactions(req, res, uid ?? '', action);
	}

	/**
	 * The test API: counts, failures to inject, latency, and revoking a person's grants.
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {URL} url
	 */
	async function control(req, res, url) {
		const json = (/** @type {unknown} */ body) => {
			res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
			res.end(JSON.stringify(body));
		};
		const what = url.pathname.slice('/__control/'.length);
		const q = url.searchParams;
		if (what === 'stats') return json(stats);
		if (what === 'reset') {
			Object.assign(stats, emptyStats());
			failures.length = 0;
			tokenDelayMs = 0;
			revocationFailures = 0;
			return json(stats);
		}
		if (what === 'fail-token') {
			failures.push({
				status: Number(q.get('status') ?? 503),
				count: Number(q.get('count') ?? 1),
				...(q.has('retryAfter') ? { retryAfter: Number(q.get('retryAfter')) } : {}),
				cors: q.get('cors') !== 'false',
				...(q.has('error') ? { error: String(q.get('error')) } : {})
			});
			return json({ queued: failures.length });
		}
		if (what === 'fail-revocation') {
			revocationFailures = Number(q.get('count') ?? 1);
			return json({ revocationFailures });
		}
		if (what === 'clear-failures') {
			failures.length = 0;
			revocationFailures = 0;
			return json({ queued: 0 });
		}
		if (what === 'opener-policy') {
			openerPolicy = String(q.get('value') ?? '');
			return json({ openerPolicy });
		}
		if (what === 'delay-token') {
			tokenDelayMs = Number(q.get('ms') ?? 0);
			return json({ tokenDelayMs });
		}
		if (what === 'revoke') {
			const sub = String(q.get('sub'));
			const ids = [...(grantsByAccount.get(sub) ?? [])];
			for (const grantId of ids) {
				await Promise.all([
					provider.RefreshToken.revokeByGrantId(grantId),
					provider.AccessToken.revokeByGrantId(grantId),
					provider.Grant.adapter.destroy(grantId)
				]);
			}
			grantsByAccount.delete(sub);
			return json({ revoked: ids.length });
		}
		res.writeHead(404).end();
	}

	return {
		issuer,
		provider,
		handle,
		stats: () => structuredClone(stats)
	};
}

/** @returns {Stats} */
function emptyStats() {
	return {
		tokenRequests: 0,
		grants: {},
		failedGrants: {},
		errors: {},
		discoveryRequests: 0,
		revocations: 0,
		injectedFailures: 0,
		authorizations: 0,
		registrations: 0,
		registrationsDeleted: 0
	};
}
