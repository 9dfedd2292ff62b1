#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: builds the app with the local demo switched on, then serves it and the demo
 * OpenID provider on 127.0.0.1 and prints both addresses. Where Cyrus IMAP is installed and this
 * runs as root (Cyrus drops to its own user), it also starts a JMAP mail server that trusts the
 * demo provider, so that the demo account can list its mailboxes and send.
 *
 * It also starts the provider twins (server/twins): local imitations of Microsoft, Google and
 * Fastmail that behave as those providers document, with time scaled down (a day lasts
 * DEMO_DAY_SECONDS, 10 minutes by default: Microsoft's 24-hour sign-in then lasts 10 minutes).
 *
 *   APP_PORT=8173 PROVIDER_PORT=8174 JMAP_PORT=8175 TWIN_PORT=8177 BASE_PATH=/tools/oauth2 npm start
 */
import { buildApp, DEMO_CLIENT_ID } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { cyrusAvailable, DEFAULT_JMAP_SCOPES, startJmapStack } from '../server/jmap/stack.js';
import { startDiscoveryOnly } from '../server/jmap/discovery.js';
import { startStaticHost } from '../server/static-host.js';
import { startTwinsHttp, TWIN_CLIENTS } from '../server/twins/index.js';

const appPort = Number(process.env.APP_PORT ?? 8173);
const providerPort = Number(process.env.PROVIDER_PORT ?? 8174);
const jmapPort = Number(process.env.JMAP_PORT ?? 8175);
const portalPort = Number(process.env.PORTAL_PORT ?? 8176);
/** The twins take four ports from here: Microsoft, Google, Fastmail, Yahoo. */
const twinPort = Number(process.env.TWIN_PORT ?? 8177);
const daySeconds = Number(process.env.DEMO_DAY_SECONDS ?? 600);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const outDir = 'build-demo';
const DEMO_USERS = ['ada@demo.test', 'grace@demo.test'];

/**
 * Fixed ports keep the app's origin, and with it the browser's stored data, the same from one
 * run to the next. If one is taken, say so and use a free one.
 * @template T
 * @param {string} what
 * @param {string} variable
 * @param {number} port
 * @param {(port: number) => Promise<T>} start
 */
async function onPort(what, variable, port, start) {
	try {
		return await start(port);
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
		console.warn(`Port ${port} for the ${what} is taken; using a free one. Set ${variable} to choose.`);
		return start(0);
	}
}

// The example portal, on another site than the app (localhost, not 127.0.0.1), as portals are.
const portal = await onPort('example portal', 'PORTAL_PORT', portalPort, (port) =>
	startStaticHost({ root: 'examples/portal', port })
);
const portalOrigin = `http://localhost:${portal.port}`;
const host = await onPort('app', 'APP_PORT', appPort, (port) =>
	startStaticHost({
		root: outDir,
		base: basePath,
		port,
		// Lets the example portal embed the app; a real host lists its portals the same way.
		extraHeaders: { 'content-security-policy': `frame-ancestors 'self' ${portalOrigin}` }
	})
);
const mail = cyrusAvailable();
const jmapAudience = `http://127.0.0.1:${jmapPort}`;
const provider = await onPort('provider', 'PROVIDER_PORT', providerPort, (port) =>
	startDemoProvider({
		port,
		clients: [{ clientId: DEMO_CLIENT_ID, redirectUris: [`${host.origin}${basePath}/callback`] }],
		// Short enough to watch the app refresh the token by itself.
		accessTokenTtl: Number(process.env.DEMO_ACCESS_TOKEN_TTL ?? 120),
		resources: {
			[jmapAudience]: {
				scope: 'urn:ietf:params:jmap:core urn:ietf:params:jmap:mail urn:ietf:params:jmap:submission'
			}
		},
		// "Sign in with your email address" with no account anywhere: the app registers itself
		// (RFC 7591), or, deployed with PUBLIC_ORIGIN, is known by its metadata document.
		registration: true,
		clientIdMetadataDocuments: true,
		appOrigins: [host.origin]
	})
);

// One port each, so that the app's origin-to-twin map stays the same from run to run.
const twins = await onPort('provider twins', 'TWIN_PORT', twinPort, (port) =>
	startTwinsHttp({
		redirectUris: [`${host.origin}${basePath}/callback`],
		daySeconds,
		accessTokenTtl: Number(process.env.DEMO_ACCESS_TOKEN_TTL ?? 120),
		ports: port ? { microsoft: port, google: port + 1, fastmail: port + 2, yahoo: port + 3 } : {}
	})
);

/** @type {Awaited<ReturnType<typeof startJmapStack>> | undefined} */
let jmap;
let mailNote = mail.ok ? '' : mail.reason;
if (mail.ok) {
	try {
		jmap = await startJmapStack({
			issuer: provider.issuer,
			port: jmapPort,
			allowedOrigins: [host.origin],
			users: DEMO_USERS.map((email) => ({ email, password: 'demo' })),
			requiredScopes: DEFAULT_JMAP_SCOPES
		});
	} catch (error) {
		mailNote = `the JMAP server did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (is port ${jmapPort} free? set JMAP_PORT)`;
	}
}

// Without Cyrus, a stand-in answers discovery for demo.test, so that signing in by email address works.
/** @type {Awaited<ReturnType<typeof startDiscoveryOnly>> | undefined} */
let standIn;
if (!jmap) {
	standIn = await onPort('JMAP discovery stand-in', 'JMAP_PORT', jmapPort, (port) =>
		startDiscoveryOnly({
			port,
			issuer: provider.issuer,
			scopes: DEFAULT_JMAP_SCOPES,
			allowedOrigins: [host.origin],
			why: mailNote
		})
	);
}
/** Where the demo build sends https://demo.test: the JMAP server's own address (RFC 8620 autodiscovery). */
const demoDomain = jmap?.frontUrl ?? standIn?.url;

console.log('Building the app with the local demo switched on…');
await buildApp({
	outDir,
	basePath,
	demoIssuer: provider.issuer,
	demoClientId: DEMO_CLIENT_ID,
	...(jmap ? { demoJmapUrl: jmap.sessionUrl } : {}),
	daySeconds,
	twins: {
		origins: { ...twins.origins, ...(demoDomain ? { 'https://demo.test': demoDomain } : {}) },
		clients: { microsoft: TWIN_CLIENTS.microsoft, google: TWIN_CLIENTS.google, fastmail: TWIN_CLIENTS.fastmail }
	}
});

console.log(`
  OAuth2 Client (with the local demo):  ${host.url}
  Demo OpenID provider:                 ${provider.issuer}
  ${jmap ? `Demo JMAP mail server (Cyrus):        ${jmap.sessionUrl}  (mailboxes for ${DEMO_USERS.join(', ')}; sent mail is caught, not delivered)` : `Mail part off: ${mailNote}`}
  Sign in with an email address:        type ada@demo.test on the Accounts page: the app finds the demo provider
                                        (demo.test → ${demoDomain}) and registers itself there

  Example portal (embeds the app):      ${portalOrigin}/?app=${encodeURIComponent(host.url)}
  Provider twins (Microsoft, Google, Fastmail, Yahoo-like): ${twins.origins['https://login.microsoftonline.com']}, ${twins.origins['https://accounts.google.com']}, ${twins.origins['https://api.fastmail.com']}, ${twins.origins['https://api.login.yahoo.com']}
    A day lasts ${daySeconds} s there (DEMO_DAY_SECONDS): Microsoft's 24-hour sign-in lasts as long.

  Open the app, go to Connections and press “Add the local demo connection”, or
  “Add the Microsoft twin” (try ada@contoso.test), “Add the Google twin” or “Add the Fastmail twin”.
  At the demo provider and the twins any email address signs in (try ada@demo.test).
  Press Ctrl+C to stop.
`);

const stop = async () => {
	await Promise.all([host.close(), provider.close(), portal.close(), twins.close(), jmap?.stop(), standIn?.close()]);
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
