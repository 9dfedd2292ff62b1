// @ts-check
/**
 * How a JMAP server lets a client with nothing but an email address find where to sign in
 * (docs/zero-registration.md):
 * - RFC 8620 §2.2: `/.well-known/jmap` redirects to the JMAP Session resource, without credentials;
 * - RFC 9728 §5.1: a request without a token gets `401` with
 *   `WWW-Authenticate: Bearer resource_metadata="…"`;
 * - RFC 9728 §3: the Protected Resource Metadata at `/.well-known/oauth-protected-resource<path>`,
 *   whose `resource` is the session URL and `authorization_servers` the issuer.
 * Shared by the demo's JMAP front (Cyrus) and the test domains of the end-to-end tests.
 */
import { createServer } from 'node:http';

/**
 * @param {string} sessionUrl e.g. `https://mail.zero.test/jmap/session`
 * @returns {string} where its Protected Resource Metadata is (RFC 9728 §3.1)
 */
export function resourceMetadataUrl(sessionUrl) {
	const url = new URL(sessionUrl);
	const path = url.pathname === '/' ? '' : url.pathname;
	return `${url.origin}/.well-known/oauth-protected-resource${path}`;
}

/**
 * The `WWW-Authenticate` parameter that points at the metadata (RFC 9728 §5.1).
 * @param {string} sessionUrl
 */
export function resourceMetadataParam(sessionUrl) {
	return `resource_metadata="${resourceMetadataUrl(sessionUrl)}"`;
}

/**
 * Answers the discovery requests of a JMAP server, or returns false for others.
 * @param {{
 *   sessionUrl: string,
 *   issuer: string,
 *   scopes: string[],
 *   cors: (req: import('node:http').IncomingMessage) => Record<string, string>,
 * }} options
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} whether it answered
 */
export function answerDiscovery(options, req, res) {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	const session = new URL(options.sessionUrl);
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	if (path === '/.well-known/jmap') {
		req.resume();
		res.writeHead(307, { ...options.cors(req), location: options.sessionUrl, 'cache-control': 'no-store' });
		res.end();
		return true;
	}
	if (path === new URL(resourceMetadataUrl(options.sessionUrl)).pathname) {
		req.resume();
		res.writeHead(200, { ...options.cors(req), 'content-type': 'application/json', 'cache-control': 'max-age=3600' });
		res.end(
			JSON.stringify({
				resource: `${session.origin}${session.pathname}`,
				authorization_servers: [options.issuer],
				scopes_supported: options.scopes,
				bearer_methods_supported: ['header'],
				resource_name: 'JMAP mail'
			})
		);
		return true;
	}
	return false;
}

/**
 * The answer of the session resource to a request without a token (RFC 6750 §3, RFC 9728 §5.1).
 * @param {import('node:http').ServerResponse} res
 * @param {string} sessionUrl
 * @param {Record<string, string>} cors
 */
export function challenge(res, sessionUrl, cors) {
	res.writeHead(401, {
		...cors,
		'content-type': 'application/json',
		'cache-control': 'no-store',
		'www-authenticate': `Bearer realm="jmap", ${resourceMetadataParam(sessionUrl)}`
	});
	res.end(JSON.stringify({ error: 'invalid_request', error_description: 'no access token' }));
}

/**
 * Where Cyrus cannot run (`npm start` without root): a stand-in that answers only discovery, so
 * that "Sign in with your email address" still finds the demo provider for `demo.test`. Mail
 * requests get 503, saying why.
 * @param {{ port: number, host?: string, issuer: string, scopes: string[], allowedOrigins: string[], why: string }} options
 */
export async function startDiscoveryOnly(options) {
	const host = options.host ?? '127.0.0.1';
	let sessionUrl = '';
	const server = createServer((req, res) => {
		const origin = req.headers.origin;
		/** @type {Record<string, string>} */
		const cors =
			origin && options.allowedOrigins.includes(origin)
				? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'WWW-Authenticate', vary: 'Origin' }
				: {};
		if (answerDiscovery({ sessionUrl, issuer: options.issuer, scopes: options.scopes, cors: () => cors }, req, res))
			return;
		req.resume();
		if (req.method === 'OPTIONS') {
			res.writeHead(204, {
				...cors,
				'access-control-allow-methods': 'GET, POST',
				'access-control-allow-headers': 'Authorization, Content-Type, Accept'
			});
			res.end();
			return;
		}
		if (!req.headers.authorization) return challenge(res, sessionUrl, cors);
		res.writeHead(503, { ...cors, 'content-type': 'application/json' });
		res.end(JSON.stringify({ error: 'temporarily_unavailable', error_description: `no mail here: ${options.why}` }));
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port, host, () => ok(undefined));
	});
	const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	const url = `http://${host}:${port}`;
	sessionUrl = `${url}/jmap/`;
	return {
		url,
		sessionUrl,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}
