#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: builds the app with the local demo switched on, then serves it and the demo
 * OpenID provider on 127.0.0.1 and prints both addresses.
 *
 *   APP_PORT=8173 PROVIDER_PORT=8174 BASE_PATH=/tools/oauth2 npm start
 */
import { buildApp, DEMO_CLIENT_ID } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { startStaticHost } from '../server/static-host.js';

const appPort = Number(process.env.APP_PORT ?? 8173);
const providerPort = Number(process.env.PROVIDER_PORT ?? 8174);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const outDir = 'build-demo';

/**
 * Fixed ports keep the app's origin, and with it the browser's stored data, the same from one
 * run to the next. If one is taken, say so and use a free one.
 * @template T
 * @param {string} what
 * @param {number} port
 * @param {(port: number) => Promise<T>} start
 */
async function onPort(what, port, start) {
	try {
		return await start(port);
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
		console.warn(
			`Port ${port} for the ${what} is taken; using a free one. Set ${what === 'app' ? 'APP_PORT' : 'PROVIDER_PORT'} to choose.`
		);
		return start(0);
	}
}

const host = await onPort('app', appPort, (port) => startStaticHost({ root: outDir, base: basePath, port }));
const provider = await onPort('provider', providerPort, (port) =>
	startDemoProvider({
		port,
		clients: [{ clientId: DEMO_CLIENT_ID, redirectUris: [`${host.origin}${basePath}/callback`] }],
		// Short enough to watch the app refresh the token by itself.
		accessTokenTtl: Number(process.env.DEMO_ACCESS_TOKEN_TTL ?? 120)
	})
);

console.log('Building the app with the local demo switched on…');
await buildApp({ outDir, basePath, demoIssuer: provider.issuer, demoClientId: DEMO_CLIENT_ID });

console.log(`
  OAuth2 Client (with the local demo):  ${host.url}
  Demo OpenID provider:                 ${provider.issuer}

  Open the app, go to Connections and press “Add the local demo connection”.
  At the demo provider any email address signs in (try ada@demo.test).
  Press Ctrl+C to stop.
`);

const stop = async () => {
	await Promise.all([host.close(), provider.close()]);
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
