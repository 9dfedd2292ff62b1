import { buildApp, DEMO_CLIENT_ID } from '../../server/build.js';
import { startDemoProvider } from '../../server/demo-provider.js';
import { startStaticHost } from '../../server/static-host.js';

export const SUB_PATH = '/tools/oauth2';

/**
 * Builds the app twice (at the root and under a sub-path), serves both builds as a static host
 * would, and starts the demo provider the demo build points at. Addresses reach the tests through
 * the environment (see fixtures.ts).
 */
export default async function globalSetup() {
	const root = await startStaticHost({ root: 'build-test', port: 0 });
	const sub = await startStaticHost({ root: 'build-test-sub', base: SUB_PATH, port: 0 });
	const demo = await startDemoProvider({
		port: 0,
		controls: true,
		clients: [
			{
				clientId: DEMO_CLIENT_ID,
				redirectUris: [`${root.origin}/callback`, `${sub.origin}${SUB_PATH}/callback`]
			}
		]
	});
	// The demo issuer (with its port) is baked into the build, so every run builds afresh.
	await buildApp({ outDir: 'build-test', demoIssuer: demo.issuer, quiet: true });
	await buildApp({ outDir: 'build-test-sub', basePath: SUB_PATH, demoIssuer: demo.issuer, quiet: true });
	process.env.E2E_APP_ORIGIN = root.origin;
	process.env.E2E_SUB_ORIGIN = sub.origin;
	process.env.E2E_SUB_PATH = SUB_PATH;
	process.env.E2E_DEMO_ISSUER = demo.issuer;

	return async () => {
		await Promise.all([root.close(), sub.close(), demo.close()]);
	};
}
