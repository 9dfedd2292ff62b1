import { buildApp, DEMO_CLIENT_ID } from '../../server/build.js';
import { startDemoProvider } from '../../server/demo-provider.js';
import { startStaticHost } from '../../server/static-host.js';

export const SUB_PATH = '/tools/oauth2';
/**
 * Where the zero-registration tests reach the app (tests/e2e/zero.e2e.ts): an https origin of its
 * own, as a deployment with `PUBLIC_ORIGIN` is, so that servers can fetch its Client ID Metadata
 * Document.
 */
export const ZERO_APP_ORIGIN = 'https://app.zero.test';
/**
 * How long a day lasts for the provider twins and the test build (seconds): Microsoft's 24-hour
 * sign-in lasts this long in the tests (see tests/e2e/twins.ts).
 */
export const DAY_SECONDS = 30;

/**
 * Builds the app (with the demo at the root, twice for the update test; plain under a sub-path),
 * serves the builds as a static host would, and starts the demo provider the demo build points at. Addresses reach the tests through
 * the environment (see fixtures.ts).
 */
export default async function globalSetup() {
	// The example portal, on another site than the app (localhost vs 127.0.0.1).
	// A second portal on the same site (another port): same storage partition, another origin.
	const portal = await startStaticHost({ root: 'examples/portal', port: 0 });
	const portal2 = await startStaticHost({ root: 'examples/portal', port: 0 });
	const portalOrigin = `http://localhost:${portal.port}`;
	const portal2Origin = `http://localhost:${portal2.port}`;
	// The host lets those portals frame the app (frame-ancestors comes from the host's headers).
	const root = await startStaticHost({
		root: 'build-test',
		port: 0,
		extraHeaders: { 'content-security-policy': `frame-ancestors 'self' ${portalOrigin} ${portal2Origin}` }
	});
	const sub = await startStaticHost({ root: 'build-test-sub', base: SUB_PATH, port: 0 });
	const zero = await startStaticHost({ root: 'build-test-zero', port: 0 });
	const demo = await startDemoProvider({
		port: 0,
		controls: true,
		clients: [
			{
				clientId: DEMO_CLIENT_ID,
				redirectUris: [`${root.origin}/callback`]
			}
		]
	});
	// The demo issuer (with its port) is baked into the build, so every run builds afresh.
	// New versions are looked for every 2 s (not 5 min), so that the update test sees one at once.
	await buildApp({
		outDir: 'build-test',
		demoIssuer: demo.issuer,
		daySeconds: DAY_SECONDS,
		quiet: true,
		versionPollMs: 2000
	});
	// The same app built again: another version, for the update test to deploy over the first.
	await buildApp({
		outDir: 'build-test-next',
		demoIssuer: demo.issuer,
		daySeconds: DAY_SECONDS,
		quiet: true,
		versionPollMs: 2000
	});
	// What `BASE_PATH=/tools/oauth2 npm run build` makes: a plain build, no demo in it.
	await buildApp({ outDir: 'build-test-sub', basePath: SUB_PATH, quiet: true });
	// What `PUBLIC_ORIGIN=https://app.zero.test npm run build` makes: a plain build that publishes
	// its Client ID Metadata Document.
	await buildApp({ outDir: 'build-test-zero', publicOrigin: ZERO_APP_ORIGIN, quiet: true });
	process.env.E2E_APP_ORIGIN = root.origin;
	process.env.E2E_SUB_ORIGIN = sub.origin;
	process.env.E2E_ZERO_SERVED = zero.origin;
	process.env.E2E_SUB_PATH = SUB_PATH;
	process.env.E2E_DEMO_ISSUER = demo.issuer;
	process.env.E2E_PORTAL_ORIGIN = portalOrigin;
	process.env.E2E_PORTAL2_ORIGIN = portal2Origin;

	return async () => {
		await Promise.all([root.close(), sub.close(), zero.close(), demo.close(), portal.close(), portal2.close()]);
	};
}
