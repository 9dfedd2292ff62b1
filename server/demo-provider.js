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
 * }} Stats
 */

/** People the demo knows by name; any other address signs in too. */
const PEOPLE = /** @type {Record<string, { name: string, given_name: string, family_name: string }>} */ ({
	'ada@demo.test': { name: 'Ada Lovelace', given_name: 'Ada', family_name: 'Lovelace' },
	'grace@demo.test': { name: 'Grace Hopper', given_name: 'Grace', family_name: 'Hopper' }
});

/** @param {string} email */
function personFor(email) {
	const known = PEOPLE[email.toLowerCase()];
	if (known) return known;
	const local = email.split('@')[0] ?? email;
	const parts = local
		.split(/[._-]+/)
		.filter(Boolean)
		.map((p) => p[0]?.toUpperCase() + p.slice(1));
	const name = parts.join(' ') || email;
	return { name, given_name: parts[0] ?? name, family_name: parts.slice(1).join(' ') };
}

/** @param {unknown} value */
function esc(value) {
	return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {import('node:http').IncomingMessage} req */
async function readForm(req) {
	let body = '';
	for await (const chunk of req) {
		body += chunk;
		if (body.length > 64 * 1024) throw new Error('form too large');
	}
	return new URLSearchParams(body);
}

/**
 * @param {{
 *   host?: string,
 *   port?: number,
 *   clients: DemoClient[],
 *   accessTokenTtl?: number,
 *   refreshTokenTtl?: number,
 *   controls?: boolean,
 *   resources?: Record<string, { scope: string, audience?: string, ttl?: number }>,
 * }} options
 */
export async function startDemoProvider(options) {
	const host = options.host ?? '127.0.0.1';
	const server = createServer();
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, host, () => ok(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no address');
	const issuer = `http://${host}:${address.port}`;

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

	const origins = new Set(options.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)));
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
		clientBasedCORS: (_ctx, origin) => origins.has(origin),
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		features: {
			devInteractions: { enabled: false },
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

	server.on('request', async (req, res) => {
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
	});

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

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {URL} url
	 */
	async function interaction(req, res, url) {
		const [, , uid, action] = url.pathname.split('/');
		const details = await provider.interactionDetails(req, res);
		if (details.uid !== uid) throw new Error('interaction mismatch');
		const client = await provider.Client.find(String(details.params.client_id));
		const clientName = client?.clientName ?? String(details.params.client_id);
		if (req.method === 'GET') {
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store',
				...(openerPolicy ? { 'cross-origin-opener-policy': openerPolicy } : {})
			});
			if (details.prompt.name === 'login') {
				const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : '';
				res.end(
					page(
						'Sign in · demo provider',
						`<h1>Sign in to the demo provider</h1>
						<p><strong>${esc(clientName)}</strong> asks you to sign in.</p>
						<p class="note">This is the local demo provider: any email address signs in, no password needed.
						Try <code>ada@demo.test</code>.</p>
						<form method="post" action="/interaction/${esc(uid)}/login">
							<label for="email">Email</label>
							<input id="email" name="email" type="email" required autofocus value="${esc(hint)}">
							<button type="submit">Sign in</button>
						</form>
						<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit" class="secondary">Cancel</button></form>`
					)
				);
			} else {
				const scopes = String(details.params.scope ?? '')
					.split(' ')
					.filter(Boolean);
				res.end(
					page(
						'Allow access · demo provider',
						`<h1>Allow access?</h1>
						<p><strong>${esc(clientName)}</strong> wants to:</p>
						<ul>${scopes.map((s) => `<li>${esc(scopeText(s))}</li>`).join('')}</ul>
						<form method="post" action="/interaction/${esc(uid)}/consent"><button type="submit">Allow</button></form>
						<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit" class="secondary">Deny</button></form>`
					)
				);
			}
			return;
		}
		const form = await readForm(req);
		if (action === 'login') {
			const email = (form.get('email') ?? '').trim();
			if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
				res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
				res.end(page('Sign in', `<h1>Enter an email address</h1><p><a href="/interaction/${esc(uid)}">Back</a></p>`));
				return;
			}
			await provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
			return;
		}
		if (action === 'consent') {
			const { prompt, params, session } = details;
			const accountId = session?.accountId;
			if (!accountId) throw new Error('no session');
			const grant = details.grantId
				? await provider.Grant.find(details.grantId)
				: new provider.Grant({ accountId, clientId: String(params.client_id) });
			if (!grant) throw new Error('grant gone');
			const missing = /** @type {any} */ (prompt.details);
			if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
			if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
			if (missing.missingResourceScopes) {
				for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
					grant.addResourceScope(indicator, /** @type {string[]} */ (scopes).join(' '));
				}
			}
			const grantId = await grant.save();
			await provider.interactionFinished(
				req,
				res,
				{ consent: details.grantId ? {} : { grantId } },
				{ mergeWithLastSubmission: true }
			);
			return;
		}
		await provider.interactionFinished(
			req,
			res,
			{ error: 'access_denied', error_description: 'The person declined at the demo provider.' },
			{ mergeWithLastSubmission: false }
		);
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
		port: address.port,
		provider,
		stats: () => structuredClone(stats),
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
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
		authorizations: 0
	};
}

/** @param {string} scope */
function scopeText(scope) {
	return (
		{
			openid: 'know who you are',
			email: 'read your email address',
			profile: 'read your name',
			offline_access: 'stay signed in when you are away (refresh tokens)'
		}[scope] ?? `use “${scope}”`
	);
}

/**
 * @param {string} title
 * @param {string} body
 */
function page(title, body) {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#eef3ee;color:#1b1f24;margin:0;padding:2rem 1rem}
main{max-width:26rem;margin:0 auto;background:#fff;border:1px solid #b9c7b9;border-radius:10px;padding:1.5rem}
h1{font-size:1.4rem;margin-top:0}.note{background:#fff6d6;padding:.5rem .75rem;border-radius:6px}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{font:inherit;width:100%;padding:.45rem;box-sizing:border-box}
button{font:inherit;margin-top:.75rem;padding:.5rem 1rem;border-radius:6px;border:1px solid #276b2f;background:#276b2f;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#276b2f}
</style></head><body><main><p><strong>Demo OpenID provider</strong> (local, for trying the app)</p>${body}</main></body></html>`;
}
