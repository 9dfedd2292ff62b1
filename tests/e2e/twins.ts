import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs, partitionedLaunch } from '../../bench/browser.js';
import { startTwinsHttps, TWIN_CLIENTS } from '../../server/twins/index.js';
import { expect, test as base } from './fixtures';
import { signInAtProvider } from './helpers';
import { DAY_SECONDS } from './global-setup';

export { expect };
export { TWIN_CLIENTS, DAY_SECONDS };

export type Twins = Awaited<ReturnType<typeof startTwinsHttps>>;

/**
 * Tests against the provider twins (server/twins), reached under the providers' real host names:
 * the browser of these tests maps login.microsoftonline.com, accounts.google.com and the others
 * to the twins' HTTPS server on loopback, and trusts the twins' test certificate by its key. The
 * app's presets are used exactly as people get them.
 *
 * Access tokens live 8 s (an automatic refresh within a test); a day lasts `DAY_SECONDS`, as in
 * the test build, so Microsoft's 24-hour sign-in ends within a test too.
 */
export const test = base.extend<object, { twins: Twins }>({
	twins: [
		async ({}, use) => {
			const started = await startTwinsHttps({
				redirectUris: [`${process.env.E2E_APP_ORIGIN}/callback`],
				daySeconds: DAY_SECONDS,
				accessTokenTtl: 8
			});
			await use(started);
			await started.close();
		},
		{ scope: 'worker' }
	],
	browser: [
		async ({ twins }, use) => {
			// Storage partitioned as in a real browser: a portal's frame has storage of its own.
			const browser = await chromium.launch({
				...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
				headless: true,
				...partitionedLaunch([
					...chromiumArgs(['MAP insecure.test 127.0.0.1', ...twins.hostRules]),
					`--ignore-certificate-errors-spki-list=${twins.spki}`
				])
			});
			await use(browser);
			await browser.close();
		},
		{ scope: 'worker' }
	]
});

/**
 * Presses Refresh token and signs in at the twin that answers for `host`, the provider's real
 * host name (the app's preset sends the window there); answers the sign-in window.
 * @param page the page that gets the window (the portal's, for an app in its frame)
 */
export async function refreshAtTwin(page: Page, dialog: Locator, host: string) {
	const popupPromise = page.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	await popup.waitForURL((url) => url.host === host);
	await signInAtProvider(popup);
	return popup;
}
