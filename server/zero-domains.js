// @ts-check
/**
 * Mail domains for the zero-registration tests (docs/zero-registration.md), reached in the browser
 * under their own names over HTTPS with a test certificate (server/https-hosts.js). Each domain D:
 * - `https://D/.well-known/jmap` redirects to its JMAP Session resource (RFC 8620 §2.2);
 * - `https://mail.D/jmap/session` answers 401 with `resource_metadata` (RFC 9728 §5.1), and its
 *   Protected Resource Metadata names the issuer;
 * - `https://id.D` is the demo OpenID provider (oidc-provider), with Client ID Metadata Documents
 *   and Dynamic Client Registration switched on or off per domain.
 * And the app itself, served at `appOrigin` (a build with `PUBLIC_ORIGIN`), whose
 * `oauth-client.json` the providers fetch.
 */
import { request } from 'node:http';
import { createDemoProvider } from './demo-provider.js';
import { startHttpsHosts } from './https-hosts.js';
import { answerDiscovery, challenge } from './jmap/discovery.js';

export const JMAP_SCOPES = ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'];

/**
 * @typedef {{ domain: string, cimd: boolean, registration: boolean }} ZeroDomain
 * @param {{ appOrigin: string, appServedAt: string, domains: ZeroDomain[] }} options
 *   `appServedAt`: the static host on loopback that serves the app's build
 */
export async function startZeroDomains(options) {
	const app = new URL(options.appOrigin);
	const served = new URL(options.appServedAt);
	/** @type {Map<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void | Promise<void>>} */
	const handlers = new Map();
	/** @type {Record<string, ReturnType<typeof createDemoProvider>>} */
	const providers = {};
	/** @type {Record<string, number>} requests per host, for the tests' counts */
	const counts = {};

	/**
	 * Discovery is public and asked without credentials: any origin may read it. It must be `*`:
	 * after `/.well-known/jmap` redirects to another host, the browser sends `Origin: null`.
	 */
	const cors = () => ({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'WWW-Authenticate' });

	for (const d of options.domains) {
		const issuer = `https://id.${d.domain}`;
		const sessionUrl = `https://mail.${d.domain}/jmap/session`;
		const provider = createDemoProvider({
			issuer,
			clients: [],
			appOrigins: [app.origin],
			registration: d.registration,
			clientIdMetadataDocuments: d.cimd,
			documentHosts: { [app.origin]: served.origin },
			// Tokens for the mail server carry its scopes and audience (RFC 8707), as a JMAP server wants.
			resources: { [`https://mail.${d.domain}`]: { scope: JMAP_SCOPES.join(' ') } }
		});
		providers[d.domain] = provider;
		handlers.set(`id.${d.domain}`, provider.handle);
		handlers.set(d.domain, (req, res) => {
			if (!answerDiscovery({ sessionUrl, issuer, scopes: JMAP_SCOPES, cors }, req, res)) {
				res.writeHead(404, cors()).end();
			}
		});
		handlers.set(`mail.${d.domain}`, (req, res) => {
			if (answerDiscovery({ sessionUrl, issuer, scopes: JMAP_SCOPES, cors }, req, res)) return;
			if (req.method === 'OPTIONS') {
				res
					.writeHead(204, {
						...cors(),
						'access-control-allow-methods': 'GET, POST',
						'access-control-allow-headers': 'Authorization, Content-Type, Accept'
					})
					.end();
				return;
			}
			req.resume();
			challenge(res, sessionUrl, cors());
		});
	}
	// The app, as its static host serves it.
	handlers.set(app.hostname, (req, res) => {
		const upstream = request(
			{
				hostname: served.hostname,
				port: served.port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host: served.host }
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502).end();
		});
		req.pipe(upstream);
	});

	const server = await startHttpsHosts([...handlers.keys()], (req, res, name) => {
		counts[name] = (counts[name] ?? 0) + 1;
		const handler = /** @type {NonNullable<ReturnType<typeof handlers.get>>} */ (handlers.get(name));
		Promise.resolve(handler(req, res)).catch((error) => {
			console.error(`zero domains (${name}):`, error);
			if (!res.headersSent) res.writeHead(500).end();
		});
	});
	return {
		...server,
		providers,
		/** Requests each host has answered. */
		counts: () => ({ ...counts }),
		resetCounts: () => {
			for (const k of Object.keys(counts)) delete counts[k];
		}
	};
}
