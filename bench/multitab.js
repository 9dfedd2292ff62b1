// @ts-check
/**
 * Many tabs over several refresh cycles, against a provider that rotates refresh tokens and
 * issues 10-second access tokens: refresh requests with 6 tabs divided by those with 1 tab over
 * the same time, and the invalid_grant errors — for the app, and for the baseline (plain
 * oidc-client-ts with automaticSilentRenew and a localStorage user store shared by the tabs).
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApp, DEMO_CLIENT_ID, ROOT } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { startStaticHost } from '../server/static-host.js';
import { launchChromium, signedInDemoAccount } from './browser.js';

const TTL_S = 10;
/** Five refresh periods (80 % of 10 s) and a half: starting just after a refresh, 5 fit, never 6. */
const WINDOW_MS = 44_000;
const TABS = 6;

/** @param {string} issuer */
async function stats(issuer) {
	const s = await (await fetch(`${issuer}/__control/stats`)).json();
	// Every refresh request: those the provider granted and those it refused (invalid_grant).
	return {
		refresh: (s.grants.refresh_token ?? 0) + (s.failedGrants?.refresh_token ?? 0),
		invalidGrant: s.errors.invalid_grant ?? 0
	};
}

/**
 * Opens `count` pages at `url`, waits `WINDOW_MS`, closes them; what the provider saw meanwhile.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {number} count
 * @param {string} issuer
 */
async function window(context, url, count, issuer) {
	const pages = [];
	for (let i = 0; i < count; i++) {
		const page = await context.newPage();
		await page.goto(url);
		pages.push(page);
	}
	// Start counting right after a refresh, so that both windows see the same phase.
	const first = await stats(issuer);
	for (let i = 0; i < 200; i++) {
		if ((await stats(issuer)).refresh > first.refresh) break;
		await new Promise((ok) => setTimeout(ok, 50));
	}
	const before = await stats(issuer);
	await new Promise((ok) => setTimeout(ok, WINDOW_MS));
	const after = await stats(issuer);
	for (const page of pages) await page.close();
	return { refresh: after.refresh - before.refresh, invalidGrant: after.invalidGrant - before.invalidGrant };
}

export async function multiTab() {
	const baselineDir = join(ROOT, 'build-bench-baseline');
	await mkdir(baselineDir, { recursive: true });
	for (const file of await readdir(join(ROOT, 'bench/baseline'))) {
		await copyFile(join(ROOT, 'bench/baseline', file), join(baselineDir, file));
	}
	await copyFile(
		join(ROOT, 'node_modules/oidc-client-ts/dist/browser/oidc-client-ts.min.js'),
		join(baselineDir, 'oidc-client-ts.min.js')
	);

	const app = await startStaticHost({ root: 'build-bench-demo', port: 0 });
	const baseline = await startStaticHost({ root: 'build-bench-baseline', port: 0 });
	const provider = await startDemoProvider({
		port: 0,
		controls: true,
		accessTokenTtl: TTL_S,
		clients: [
			{ clientId: DEMO_CLIENT_ID, redirectUris: [`${app.origin}/callback`] },
			{ clientId: 'baseline-client', redirectUris: [`${baseline.origin}/callback.html`], name: 'Baseline' }
		]
	});
	await buildApp({ outDir: 'build-bench-demo', demoIssuer: provider.issuer, quiet: true });
	const browser = await launchChromium();
	try {
		// The app: one account signed in through the UI.
		const ours = await browser.newContext();
		const page = await ours.newPage();
		await signedInDemoAccount(page, app.origin, 'Bench');
		await page.close();
		const ours1 = await window(ours, `${app.origin}/accounts`, 1, provider.issuer);
		const ours6 = await window(ours, `${app.origin}/accounts`, TABS, provider.issuer);

		// The baseline: signed in once, then the same windows.
		const theirs = await browser.newContext();
		const login = await theirs.newPage();
		await login.goto(`${baseline.origin}/index.html?login&issuer=${encodeURIComponent(provider.issuer)}`);
		await login.getByRole('textbox', { name: 'Email' }).fill('grace@demo.test');
		await login.getByRole('button', { name: 'Sign in' }).click();
		await login.getByRole('button', { name: 'Allow' }).click();
		await login.waitForURL(`${baseline.origin}/index.html`);
		await login.getByText('signed in').waitFor();
		await login.close();
		const base1 = await window(theirs, `${baseline.origin}/index.html`, 1, provider.issuer);
		const base6 = await window(theirs, `${baseline.origin}/index.html`, TABS, provider.issuer);

		const ratio = (/** @type {{refresh: number}} */ six, /** @type {{refresh: number}} */ one) =>
			one.refresh === 0 ? NaN : six.refresh / one.refresh;
		const window_s = `${WINDOW_MS / 1000} s, ${TTL_S} s tokens`;
		return [
			{
				figure: `App: refresh requests, ${TABS} tabs ÷ 1 tab (${window_s})`,
				value: ratio(ours6, ours1).toFixed(2),
				target: '≤ 1.2',
				ok: ratio(ours6, ours1) <= 1.2,
				note: `${ours6.refresh} vs ${ours1.refresh}`
			},
			{
				figure: `App: invalid_grant with ${TABS} tabs`,
				value: String(ours6.invalidGrant + ours1.invalidGrant),
				target: '0',
				ok: ours6.invalidGrant + ours1.invalidGrant === 0,
				note: ''
			},
			{
				figure: `Baseline (oidc-client-ts automaticSilentRenew): ${TABS} tabs ÷ 1 tab`,
				value: ratio(base6, base1).toFixed(2),
				target: '(for comparison)',
				ok: true,
				note: `${base6.refresh} vs ${base1.refresh} refresh requests`
			},
			{
				figure: `Baseline: invalid_grant with ${TABS} tabs`,
				value: String(base6.invalidGrant + base1.invalidGrant),
				target: '(for comparison)',
				ok: true,
				note: ''
			}
		];
	} finally {
		await browser.close();
		await Promise.all([app.close(), baseline.close(), provider.close()]);
	}
}
