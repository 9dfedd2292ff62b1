// @ts-check
/**
 * The JMAP front: a small HTTP server on loopback between the browser and Cyrus. It plays the part
 * that Fastmail's or Stalwart's own token check plays in production, which Cyrus 3.6 cannot:
 *
 * - CORS: it answers preflights itself (Cyrus 3.6 answers a preflight with 401 before looking at
 *   CORS) and adds the CORS headers to every response for the allowed origins;
 * - OAuth2: it accepts `Authorization: Bearer <JWT access token>` (RFC 9068, as `oidc-provider`
 *   issues for a resource indicator), checks signature (the issuer's JWKS), issuer, audience,
 *   expiry and scope, and says plainly which check failed (RFC 6750 `WWW-Authenticate`);
 * - it maps the token's `sub` (an email address) to that user's Cyrus credential and forwards the
 *   request to Cyrus, with the front's own Host, so that the absolute URLs Cyrus builds (the
 *   `/.well-known/jmap` redirect) point back at the front.
 */
import { createServer, request as httpRequest } from 'node:http';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import { answerDiscovery, resourceMetadataParam } from './discovery.js';

/**
 * @typedef {{ method: string, path: string, status: number, sub?: string, error?: string }} FrontRequest
 * @typedef {{
 *   url: string,
 *   port: number,
 *   sessionUrl: string,
 *   requests: FrontRequest[],
 *   expireTokensIssuedBefore: (when: number) => void,
 *   close: () => Promise<void>,
 * }} JmapFront
 * @typedef {{ status: number, error: string, description: string, scope?: string, noToken?: boolean }} Refusal
 */

/** Headers that describe one hop, not the message: never forwarded in either direction. */
const HOP_BY_HOP = new Set([
	'connection',
	'keep-alive',
	'proxy-authenticate',
	'proxy-authorization',
	'proxy-connection',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
	'http2-settings'
]);

/**
 * @param {{
 *   cyrusUrl: string,
 *   issuer: string,
 *   audience: string,
 *   requiredScopes: string[],
 *   allowedOrigins: string[],
 *   credentialFor: (email: string) => string | undefined,
 *   host?: string,
 *   port?: number,
 *   jwksUrl?: string,
 *   clockToleranceSeconds?: number,
 * }} options `jwksUrl` defaults to `issuer + '/jwks'` (oidc-provider's route); the clock
 *   tolerance to 5 s.
 * @returns {Promise<JmapFront>}
 */
export async function startJmapFront(options) {
	const host = options.host ?? '127.0.0.1';
	const cyrus = new URL(options.cyrusUrl);
	const origins = new Set(options.allowedOrigins.map((o) => new URL(o).origin));
	const issuer = options.issuer.replace(/\/$/, '');
	const jwks = createRemoteJWKSet(new URL(options.jwksUrl ?? `${issuer}/jwks`), { timeoutDuration: 5000 });
	const clockTolerance = options.clockToleranceSeconds ?? 5;
	/** Tokens issued before this (epoch ms) are refused as expired; see `expireTokensIssuedBefore`. */
	let notBefore = 0;
	/** @type {FrontRequest[]} */
	const requests = [];
	// Known once the server listens.
	let port = 0;
	let sessionUrl = '';

	const server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			console.error('JMAP front:', error);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('JMAP front error\n');
			requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status: 500, error: String(error) });
		});
	});

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function handle(req, res) {
		const method = req.method ?? 'GET';
		const path = req.url ?? '/';
		const origin = req.headers.origin;
		const allowed = origin !== undefined && origins.has(origin);
		/** @param {Omit<FrontRequest, 'method' | 'path'>} entry */
		const record = (entry) => requests.push({ method, path, ...entry });

		// CORS headers for every answer to an allowed origin; none for others (the browser then
		// refuses to hand the response to the page, as with a real server).
		/** @type {Record<string, string>} */
		const cors = allowed
			? {
					'access-control-allow-origin': /** @type {string} */ (origin),
					'access-control-expose-headers': 'WWW-Authenticate',
					vary: 'Origin'
				}
			: origin !== undefined
				? { vary: 'Origin' }
				: {};

		if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
			req.resume();
			if (!allowed) {
				res.writeHead(403, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
				res.end(`origin ${origin ?? '(none)'} is not allowed\n`);
				return record({ status: 403, error: `preflight from origin ${origin ?? '(none)'} not allowed` });
			}
			res.writeHead(204, {
				...cors,
				'access-control-allow-methods': 'GET, POST',
				'access-control-allow-headers': 'Authorization, Content-Type, Accept',
				'access-control-max-age': '600'
			});
			res.end();
			return record({ status: 204 });
		}

		// Autodiscovery (RFC 8620 §2.2) and the resource's metadata (RFC 9728): no token needed.
		if (answerDiscovery({ sessionUrl, issuer, scopes: options.requiredScopes, cors: () => cors }, req, res)) {
			return record({ status: path === '/.well-known/jmap' ? 307 : 200 });
		}

		/** @param {Refusal} refusal */
		const refuse = (refusal) => {
			req.resume();
			/** @type {Record<string, string>} */
			const headers = { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' };
			if (refusal.status === 401 || refusal.status === 403)
				headers['www-authenticate'] = wwwAuthenticate(refusal, sessionUrl);
			res.writeHead(refusal.status, headers);
			res.end(JSON.stringify({ error: refusal.error, error_description: refusal.description }));
			record({ status: refusal.status, error: `${refusal.error}: ${refusal.description}` });
		};

		const checked = await checkToken(req.headers.authorization);
		if ('status' in checked) return refuse(checked);
		const { sub } = checked;
		const credential = options.credentialFor(sub);
		if (!credential) {
			return refuse({
				status: 403,
				error: 'access_denied',
				description: `the token is valid, but its subject "${sub}" has no mailbox on this JMAP server`
			});
		}

		// Forward to Cyrus: same method, path, query and body; our Host; Cyrus's credential.
		/** @type {import('node:http').OutgoingHttpHeaders} */
		const headers = {};
		for (const [name, value] of Object.entries(req.headers)) {
			if (HOP_BY_HOP.has(name) || name === 'host' || name === 'authorization' || name === 'origin') continue;
			if (name.startsWith('access-control-')) continue;
			headers[name] = value;
		}
		headers.host = `${host}:${port}`;
		headers.authorization = credential;
		const upstream = httpRequest(
			{ hostname: cyrus.hostname, port: cyrus.port, method, path, headers, agent: false },
			(cyrusRes) => {
				const status = cyrusRes.statusCode ?? 502;
				if (status === 401) {
					// Cyrus refused our own credential: a misconfiguration, never the person's fault. Do not
					// pass on its "WWW-Authenticate: Basic" (a browser would pop up a password dialog).
					cyrusRes.resume();
					return refuse({
						status: 502,
						error: 'server_error',
						description: `Cyrus refused the front's credential for ${sub} (check the user's password)`
					});
				}
				/** @type {import('node:http').OutgoingHttpHeaders} */
				const out = {};
				for (const [name, value] of Object.entries(cyrusRes.headers)) {
					// alt-svc advertises h2c on Cyrus's own port: meaningless behind the front.
					if (HOP_BY_HOP.has(name) || name === 'alt-svc' || name.startsWith('access-control-')) continue;
					if (value !== undefined) out[name] = value;
				}
				const merged = { ...out, ...cors };
				if (out.vary && cors.vary) merged.vary = `${out.vary}, Origin`;
				res.writeHead(status, merged);
				cyrusRes.pipe(res);
				record({ status, sub });
			}
		);
		upstream.on('error', (error) => {
			if (res.headersSent) return res.destroy(error);
			refuse({ status: 502, error: 'server_error', description: `Cyrus did not answer: ${error.message}` });
		});
		// A client that goes away (an EventSource closed by the page) ends the request to Cyrus too.
		res.on('close', () => {
			if (!res.writableFinished) upstream.destroy();
		});
		req.pipe(upstream);
	}

	/**
	 * Verifies the bearer token; on failure says which check failed.
	 * @param {string | undefined} authorization
	 * @returns {Promise<{ sub: string } | Refusal>}
	 */
	async function checkToken(authorization) {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
		if (!match?.[1]) {
			return {
				status: 401,
				error: 'invalid_request',
				noToken: true,
				description: authorization
					? `no bearer token: the Authorization header is "${authorization.split(' ')[0]} ...", not "Bearer <token>"`
					: 'no access token: send "Authorization: Bearer <token>"'
			};
		}
		/** @type {import('jose').JWTPayload} */
		let payload;
		try {
			({ payload } = await jwtVerify(match[1], jwks, {
				issuer,
				audience: options.audience,
				typ: 'at+jwt',
				clockTolerance
			}));
		} catch (error) {
			return tokenRefusal(error, options.audience, issuer);
		}
		// `iat` counts whole seconds: compare in whole seconds.
		if (typeof payload.iat === 'number' && payload.iat < Math.ceil(notBefore / 1000)) {
			// A test's way to make a token the client still trusts stale at the server.
			return { status: 401, error: 'invalid_token', description: 'expired: this server no longer accepts the token' };
		}
		const granted = new Set(typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []);
		const missing = options.requiredScopes.filter((s) => !granted.has(s));
		if (missing.length) {
			return {
				status: 403,
				error: 'insufficient_scope',
				scope: options.requiredScopes.join(' '),
				description: `scope: the token lacks ${missing.join(', ')} (it has "${[...granted].join(' ')}")`
			};
		}
		if (typeof payload.sub !== 'string' || !payload.sub) {
			return { status: 401, error: 'invalid_token', description: 'the token has no subject (sub claim)' };
		}
		return { sub: payload.sub };
	}

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('JMAP front: no address');
	port = address.port;
	const url = `http://${host}:${port}`;
	sessionUrl = `${url}/jmap/`;
	return {
		url,
		port,
		// Cyrus serves the session resource at /jmap/ (its /.well-known/jmap redirects there).
		sessionUrl,
		/**
		 * Refuses, as expired, every token issued before the second after `when` (epoch ms; `iat`
		 * has whole seconds): the server's view of a
		 * token changes while the client still holds it, as when a server expires tokens early.
		 * @param {number} when
		 */
		expireTokensIssuedBefore(when) {
			notBefore = when;
		},
		requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}

/**
 * Turns a jose verification error into a 401 that names the failed check.
 * @param {unknown} error
 * @param {string} audience
 * @param {string} issuer
 * @returns {Refusal}
 */
function tokenRefusal(error, audience, issuer) {
	/** @param {string} description */
	const invalid = (description) => ({ status: 401, error: 'invalid_token', description });
	if (error instanceof joseErrors.JWTExpired) {
		const exp = typeof error.payload.exp === 'number' ? new Date(error.payload.exp * 1000).toISOString() : '?';
		return invalid(`expired: the access token expired at ${exp} (now ${new Date().toISOString()})`);
	}
	if (error instanceof joseErrors.JWTClaimValidationFailed) {
		const p = error.payload;
		switch (error.claim) {
			case 'aud':
				return invalid(
					`audience: the token is for ${[p.aud ?? 'nobody'].flat().join(', ')}, this server is ${audience}`
				);
			case 'iss':
				return invalid(`issuer: the token is from ${p.iss ?? 'nobody'}, this server trusts ${issuer}`);
			case 'nbf':
				return invalid('not yet valid: the nbf claim of the token is in the future');
			case 'typ':
				return invalid('type: not a JWT access token (the header typ must be "at+jwt"; an ID token is not one)');
			default:
				return invalid(`claim ${error.claim}: ${error.message}`);
		}
	}
	if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
		return invalid(`signature: the token's signature does not verify with the issuer's key`);
	}
	if (error instanceof joseErrors.JWKSNoMatchingKey) {
		return invalid(`signature: no key in ${issuer}/jwks matches the token's kid/alg`);
	}
	if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) {
		return invalid(`malformed: the token is not a valid signed JWT (${error.message})`);
	}
	if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) {
		return invalid(`signature: ${error.message}`);
	}
	// The JWKS could not be fetched or parsed: our problem, not the token's.
	const message = error instanceof Error ? error.message : String(error);
	return {
		status: 503,
		error: 'temporarily_unavailable',
		description: `cannot check tokens: JWKS of ${issuer}: ${message}`
	};
}

/**
 * RFC 6750 section 3: no error code when the request carried no token at all. Header values must
 * be ASCII: the descriptions are.
 * The metadata's address rides along (RFC 9728 §5.1), so that a client can find the issuer.
 * @param {Refusal} refusal
 * @param {string} sessionUrl
 */
function wwwAuthenticate(refusal, sessionUrl) {
	const quote = (/** @type {string} */ s) => `"${s.replace(/["\\]/g, '\\$&')}"`;
	const parts = ['realm="jmap"', resourceMetadataParam(sessionUrl)];
	if (!refusal.noToken) {
		parts.push(`error=${quote(refusal.error)}`, `error_description=${quote(refusal.description)}`);
		if (refusal.scope) parts.push(`scope=${quote(refusal.scope)}`);
	}
	return `Bearer ${parts.join(', ')}`;
}
