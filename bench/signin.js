// @ts-check
/**
 * Sign-in and refresh against the demo provider in Chromium:
 * - the requests the app itself sends to the provider for one sign-in (discovery cached) and for
 *   one automatic refresh;
 * - with 100 ms of latency at the token endpoint, the time from the callback page loading to the
 *   grant being stored, divided by the time of the bare token request within it.
 */
import { buildApp, DEMO_CLIENT_ID } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { startStaticHost } from '../server/static-host.js';
import { launchChromium } from './browser.js';

const LATENCY_MS = 100;
const ROUNDS = 9;

export async function signIn() {
	const host = await startStaticHost({ root: 'build-bench-demo', port: 0 });
	const provider = await startDemoProvider({
		port: 0,
		controls: true,
		accessTokenTtl: 10,
		clients: [{ clientId: DEMO_CLIENT_ID, redirectUris: [`${host.origin}/callback`] }]
	});
	await buildApp({ outDir: 'build-bench-demo', demoIssuer: provider.issuer, quiet: true });
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		/** @type {string[]} */
		let appRequests = [];
		context.on('request', (r) => {
			const type = r.resourceType();
			if ((type === 'fetch' || type === 'xhr') && r.url().startsWith(provider.issuer)) {
				appRequests.push(`${r.method()} ${new URL(r.url()).pathname}`);
			}
		});

		// A connection to the demo provider (the editor's check fills the discovery cache).
		await page.goto(`${host.origin}/connections`);
		await page.getByRole('button', { name: 'Add the local demo connection' }).click();
		await page.getByRole('article', { name: 'Local demo' }).waitFor();
		await page.getByRole('button', { name: 'Edit Local demo' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Check issuer' }).click();
		await page.getByRole('dialog').getByText('Provider found').waitFor();
		await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

		await page.goto(`${host.origin}/accounts`);
		await page.getByRole('button', { name: 'Add account' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add account' });
		await dialog.getByRole('textbox', { name: 'Name' }).fill('Bench');
		await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@demo.test');
		await dialog.getByRole('button', { name: 'Apply' }).click();
		const account = page.getByRole('dialog', { name: 'Account “Bench”' });
		await account.waitFor();

		await fetch(`${provider.issuer}/__control/delay-token?ms=${LATENCY_MS}`, { method: 'POST' });
		/** @type {number[]} */
		const ratios = [];
		/** @type {string[]} */
		let signInRequests = [];
		for (let round = 0; round < ROUNDS; round++) {
			appRequests = [];
			await page.evaluate(() => performance.clearMarks('oauth2-client:grant-stored'));
			await page.evaluate(() => performance.clearResourceTimings());
			const popupPromise = page.waitForEvent('popup');
			await account.getByRole('button', { name: 'Refresh token' }).click();
			const popup = await popupPromise;
			const signInButton = popup.getByRole('button', { name: 'Sign in' });
			const allow = popup.getByRole('button', { name: 'Allow' });
			await signInButton.or(allow).waitFor();
			if (await signInButton.isVisible()) await signInButton.click();
			await allow.click();
			await popup.getByRole('heading', { name: /Welcome/ }).waitFor();
			const callbackStart = await popup.evaluate(() => {
				const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
				return performance.timeOrigin + nav.fetchStart;
			});
			const { stored, token } = await page.evaluate((issuer) => {
				const mark = performance.getEntriesByName('oauth2-client:grant-stored')[0];
				const request = performance.getEntriesByType('resource').find((e) => e.name === `${issuer}/token`);
				return {
					stored: mark ? performance.timeOrigin + mark.startTime : NaN,
					token: request ? request.duration : NaN
				};
			}, provider.issuer);
			ratios.push((stored - callbackStart) / token);
			signInRequests = appRequests;
			await popup.close();
		}

		// One automatic refresh, nothing else: wait for it with the dialog closed.
		await fetch(`${provider.issuer}/__control/delay-token?ms=0`, { method: 'POST' });
		await account.getByRole('button', { name: 'Ok', exact: true }).click();
		appRequests = [];
		const before = (await (await fetch(`${provider.issuer}/__control/stats`)).json()).grants.refresh_token ?? 0;
		for (let i = 0; i < 300; i++) {
			const now = (await (await fetch(`${provider.issuer}/__control/stats`)).json()).grants.refresh_token ?? 0;
			if (now > before) break;
			await new Promise((ok) => setTimeout(ok, 100));
		}
		await new Promise((ok) => setTimeout(ok, 500));
		const refreshRequests = appRequests;

		ratios.sort((a, b) => a - b);
		const median = ratios[Math.floor(ratios.length / 2)] ?? NaN;
		const tokenCount = (/** @type {string[]} */ list) => list.filter((r) => r === 'POST /token').length;
		return [
			{
				figure: 'Sign-in: app requests to the provider (discovery cached)',
				value: String(signInRequests.length),
				target: '1 token',
				ok: signInRequests.length === 1 && tokenCount(signInRequests) === 1,
				note: signInRequests.join(', ')
			},
			{
				figure: 'Refresh: app requests to the provider',
				value: String(refreshRequests.length),
				target: '1 token',
				ok: refreshRequests.length === 1 && tokenCount(refreshRequests) === 1,
				note: refreshRequests.join(', ')
			},
			{
				figure: `Callback page load → grant stored ÷ bare token request (${LATENCY_MS} ms latency, median of ${ROUNDS})`,
				value: median.toFixed(2),
				target: '≤ 1.5',
				ok: median <= 1.5,
				note: `all: ${ratios.map((r) => r.toFixed(2)).join(' ')}`
			}
		];
	} finally {
		await browser.close();
		await Promise.all([host.close(), provider.close()]);
	}
}
