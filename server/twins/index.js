// @ts-check
/**
 * The provider twins: local imitations of Microsoft, Google, Fastmail and a Yahoo-like provider,
 * each built on `oidc-provider` and behaving as its provider documents (docs/providers.md).
 *
 * Two ways to reach them:
 * - `https`: one HTTPS server on loopback that answers under the providers' real host names, with
 *   a test certificate. A browser started with `hostRules` and `spki` (Chromium's
 *   `--host-resolver-rules` and `--ignore-certificate-errors-spki-list`) reaches them at
 *   https://login.microsoftonline.com and the rest, so the app's presets are used exactly as
 *   people get them. The end-to-end tests use this.
 * - `http`: one plain HTTP port per twin on 127.0.0.1, for `npm start`, whose demo build sends
 *   the providers' requests there (`origins`), since an ordinary browser cannot be pointed at them.
 */
import { createServer as createHttpServer } from 'node:http';
import { startHttpsHosts } from '../https-hosts.js';
import { createFastmailTwin } from './fastmail.js';
import { createGoogleTwin } from './google.js';
import { createMicrosoftTwin } from './microsoft.js';
import { createYahooTwin } from './yahoo.js';

/** The clients the twins register for the app (made up, shaped like each provider's). */
export const TWIN_CLIENTS = {
	microsoft: { clientId: '3f1d7a52-9b0c-4e8f-a6d2-5c4b3a291e07' },
	google: { clientId: '409781234567-twin0app.apps.googleusercontent.com', clientSecret: 'GOCSPX-twin-web-app-secret' },
	fastmail: { clientId: 'twin-fastmail-client' },
	yahoo: { clientId: 'dj0yJmk9VHdpbkFwcCZkPVlXaz0', clientSecret: 'twin-yahoo-consumer-secret' }
};

/**
 * @typedef {{
 *   redirectUris: string[],
 *   daySeconds?: number,
 *   accessTokenTtl?: number,
 *   googleTesting?: boolean,
 *   host?: string,
 *   ports?: Partial<Record<'microsoft' | 'google' | 'fastmail' | 'yahoo', number>>,
 * }} TwinOptions
 */

/** @param {TwinOptions} options */
function createTwins(options) {
	const redirectUris = options.redirectUris;
	const microsoft = createMicrosoftTwin({
		clients: [{ ...TWIN_CLIENTS.microsoft, redirectUris }],
		...(options.daySeconds ? { daySeconds: options.daySeconds } : {}),
		...(options.accessTokenTtl ? { accessTokenTtl: options.accessTokenTtl } : {})
	});
	const google = createGoogleTwin({
		clients: [{ ...TWIN_CLIENTS.google, redirectUris, testing: options.googleTesting ?? false }],
		...(options.daySeconds ? { daySeconds: options.daySeconds } : {}),
		...(options.accessTokenTtl ? { accessTokenTtl: options.accessTokenTtl } : {})
	});
	const fastmail = createFastmailTwin({
		clients: [{ ...TWIN_CLIENTS.fastmail, redirectUris }],
		...(options.accessTokenTtl ? { accessTokenTtl: options.accessTokenTtl } : {})
	});
	const yahoo = createYahooTwin({ clients: [{ ...TWIN_CLIENTS.yahoo, redirectUris }] });
	return { microsoft, google, fastmail, yahoo };
}

/**
 * @param {import('./common.js').Twin} twin
 * @param {import('./common.js').Req} req
 * @param {import('./common.js').Res} res
 * @param {string} origin
 */
async function serve(twin, req, res, origin) {
	try {
		await twin.handle(req, res, new URL(req.url ?? '/', origin));
	} catch (error) {
		console.error(`${twin.name} twin:`, error);
		if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
		res.end(`${twin.name} twin error`);
	}
}

/**
 * The twins behind one HTTPS server on loopback, answering under the providers' own host names.
 * @param {TwinOptions} options
 */
export async function startTwinsHttps(options) {
	const twins = createTwins(options);
	const hosts = Object.values(twins).flatMap((t) => t.hosts);
	const server = await startHttpsHosts(
		hosts,
		(req, res, name) => {
			const twin = /** @type {import('./common.js').Twin} */ (Object.values(twins).find((t) => t.hosts.includes(name)));
			void serve(twin, req, res, `https://${name}`);
		},
		options.host
	);
	return { twins, ...server };
}

/**
 * Each twin on a plain HTTP port of its own on loopback (for `npm start`).
 * @param {TwinOptions} options
 */
export async function startTwinsHttp(options) {
	const twins = createTwins(options);
	const host = options.host ?? '127.0.0.1';
	/** @type {import('node:http').Server[]} */
	const servers = [];
	/** @type {Record<string, string>} real origin → twin origin */
	const origins = {};
	for (const [name, twin] of Object.entries(twins)) {
		const server = createHttpServer((req, res) => void serve(twin, req, res, `http://${host}`));
		try {
			await listen(server, options.ports?.[/** @type {keyof typeof twins} */ (name)] ?? 0, host);
		} catch (error) {
			// A port taken: give back the ones already held, so the caller can try others.
			await Promise.all(servers.map(close));
			throw error;
		}
		const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
		servers.push(server);
		for (const h of twin.hosts) origins[`https://${h}`] = `http://${host}:${port}`;
	}
	return {
		twins,
		/** Where the demo build sends each provider's requests. */
		origins,
		close: async () => {
			await Promise.all(servers.map(close));
		}
	};
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 */
function listen(server, port, host) {
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(undefined));
	});
}

/** @param {import('node:http').Server} server */
function close(server) {
	return new Promise((ok) => {
		server.closeAllConnections();
		server.close(() => ok(undefined));
	});
}
