// @ts-check
/**
 * "Sign in with your email address" (docs/zero-registration.md), in Chromium against the HTTPS
 * test domains of server/zero-domains.js: the requests the app sends from pressing Sign in to the
 * provider's page opening, for a server that takes the app's Client ID Metadata Document and for
 * one where it registers itself; then the same domain again (no discovery at all).
 *
 * "Requests" are the app's own: what it asks `fetch` for. A redirect that `fetch` follows
 * (`/.well-known/jmap` to the session resource) and a CORS preflight are the browser's doing
 * within one of them; the HTTP exchanges the servers saw are given beside.
 */
import { chromium } from '@playwright/test';
import { buildApp } from '../server/build.js';
import { startStaticHost } from '../server/static-host.js';
import { startZeroDomains } from '../server/zero-domains.js';
import { CHROMIUM_PATH, chromiumArgs } from './browser.js';

const APP = 'https://app.zero.test';
const TARGET = 4;

export async function zeroRegistration() {
	const host = await startStaticHost({ root: 'build-bench-zero', port: 0 });
	await buildApp({ outDir: 'build-bench-zero', publicOrigin: APP, quiet: true });
	const zero = await startZeroDomains({
		appOrigin: APP,
		appServedAt: host.origin,
		domains: [
			{ domain: 'zero.test', cimd: true, registration: true },
			{ domain: 'dcr.test', cimd: false, registration: true }
		]
	});
	const browser = await chromium.launch({
		...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
		args: [...chromiumArgs(zero.hostRules), `--ignore-certificate-errors-spki-list=${zero.spki}`]
	});
	/** @type {{ figure: string, value: string, target: string, ok: boolean, note: string }[]} */
	const rows = [];
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		/** @type {string[]} */
		let asked = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			// The app's own requests: not its pages and chunks, not a hop of a redirect it follows.
			if (url.origin === APP || r.redirectedFrom()) return;
			if (r.resourceType() !== 'fetch' && r.resourceType() !== 'xhr') return;
			asked.push(`${r.method()} ${url.host}${url.pathname}`);
		});
		await page.goto(`${APP}/accounts`);
		const form = page.getByRole('region', { name: 'Sign in with your email address' });

		/** Sign in with `email` until the provider's page opens; the requests sent meanwhile. */
		async function untilProvider(/** @type {string} */ email, /** @type {string} */ issuerHost, direct = false) {
			asked = [];
			const before = zero.counts();
			await form.getByRole('textbox', { name: 'Email address' }).fill(email);
			const popupPromise = page.waitForEvent('popup');
			await form.getByRole('button', { name: 'Sign in', exact: true }).click();
			if (!direct) await form.getByRole('button', { name: `Sign in at ${issuerHost}` }).click();
			const popup = await popupPromise;
			await popup.waitForURL((url) => url.host === issuerHost);
			const after = zero.counts();
			const exchanges = Object.entries(after)
				.filter(([h]) => h !== new URL(APP).host)
				.reduce((n, [h, c]) => n + c - (before[h] ?? 0), 0);
			const requests = asked.filter(
				(a) => !a.includes('/interaction/') && !a.startsWith('GET ' + issuerHost + '/auth')
			);
			// Signed in, so that the next round starts from a connected account.
			const signIn = popup.getByRole('button', { name: 'Sign in' });
			if (await signIn.isVisible()) await signIn.click();
			await popup.getByRole('button', { name: 'Allow' }).click();
			await popup.getByRole('heading', { name: /Welcome/ }).waitFor();
			await popup.close();
			return { requests, exchanges };
		}

		const cimd = await untilProvider('ada@zero.test', 'id.zero.test');
		rows.push({
			figure: 'Sign in → provider page, metadata document (requests)',
			value: String(cimd.requests.length),
			target: `≤ ${TARGET}`,
			ok: cimd.requests.length <= TARGET,
			note: `${cimd.requests.join(', ')} (${cimd.exchanges} HTTP exchanges in all: the redirect, and the sign-in window's own)`
		});
		const dcr = await untilProvider('ada@dcr.test', 'id.dcr.test');
		rows.push({
			figure: 'Sign in → provider page, registration (requests)',
			value: String(dcr.requests.length),
			target: `≤ ${TARGET}`,
			ok: dcr.requests.length <= TARGET,
			note: `${dcr.requests.join(', ')} (${dcr.exchanges} HTTP exchanges in all: the redirect, the preflight, the sign-in window's own)`
		});
		await context.clearCookies();
		const again = await untilProvider('grace@zero.test', 'id.zero.test', true);
		const discovery = again.requests.length;
		rows.push({
			figure: 'Same domain again: discovery requests',
			value: String(discovery),
			target: '0',
			ok: discovery === 0,
			note: discovery === 0 ? 'straight to the sign-in window' : again.requests.join(', ')
		});
	} finally {
		await browser.close();
		await zero.close();
		await host.close();
	}
	return rows;
}
