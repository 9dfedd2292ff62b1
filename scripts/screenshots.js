#!/usr/bin/env node
// @ts-check
/**
 * `npm run docs:screenshots`: the README's walk-through pictures, taken from the real app and
 * the demo provider, so they never drift from what people see.
 */
import { buildApp, DEMO_CLIENT_ID } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { startStaticHost } from '../server/static-host.js';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs, launchChromium } from '../bench/browser.js';
import { startZeroDomains } from '../server/zero-domains.js';

const host = await startStaticHost({ root: 'build-docs', port: 0 });
const provider = await startDemoProvider({
	port: 0,
	accessTokenTtl: 120,
	clients: [{ clientId: DEMO_CLIENT_ID, redirectUris: [`${host.origin}/callback`] }]
});
await buildApp({ outDir: 'build-docs', demoIssuer: provider.issuer, quiet: true });
const browser = await launchChromium();
try {
	const context = await browser.newContext({ viewport: { width: 1000, height: 760 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.goto(`${host.origin}/connections`);
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await page.getByRole('article', { name: 'Local demo' }).waitFor();
	await page.screenshot({ path: 'docs/images/1-connection.png' });

	await page.goto(`${host.origin}/accounts`);
	await page.getByRole('button', { name: 'Add account' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add account' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Work mail');
	await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@demo.test');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	const account = page.getByRole('dialog', { name: 'Account “Work mail”' });
	await account.waitFor();
	const popupPromise = page.waitForEvent('popup');
	await account.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	await popup.setViewportSize({ width: 520, height: 560 });
	await popup.getByRole('button', { name: 'Sign in' }).waitFor();
	await popup.screenshot({ path: 'docs/images/2-provider.png' });
	await popup.getByRole('button', { name: 'Sign in' }).click();
	await popup.getByRole('button', { name: 'Allow' }).click();
	await popup.getByRole('heading', { name: /Welcome/ }).waitFor();
	await popup.screenshot({ path: 'docs/images/3-welcome.png' });
	await account.getByText('Connected', { exact: true }).waitFor();
	await page.screenshot({ path: 'docs/images/4-connected.png' });
	await popup.close();
	await account.getByRole('button', { name: 'Ok', exact: true }).click();
	await page.goto(`${host.origin}/`);
	await page.getByRole('article', { name: 'Work mail' }).waitFor();
	await page.screenshot({ path: 'docs/images/5-overview.png' });
	console.log('Wrote docs/images/1-connection.png … 5-overview.png');
} finally {
	await browser.close();
	await Promise.all([host.close(), provider.close()]);
}

// "Sign in with your email address" (docs/zero-registration.md), against the HTTPS test domains.
const ZERO_APP = 'https://app.zero.test';
const zeroHost = await startStaticHost({ root: 'build-docs-zero', port: 0 });
await buildApp({ outDir: 'build-docs-zero', publicOrigin: ZERO_APP, quiet: true });
const zero = await startZeroDomains({
	appOrigin: ZERO_APP,
	appServedAt: zeroHost.origin,
	domains: [{ domain: 'example.test', cimd: true, registration: true }]
});
const zeroBrowser = await chromium.launch({
	...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
	args: [...chromiumArgs(zero.hostRules), `--ignore-certificate-errors-spki-list=${zero.spki}`]
});
try {
	const context = await zeroBrowser.newContext({ viewport: { width: 1000, height: 760 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.goto(`${ZERO_APP}/accounts`);
	const form = page.getByRole('region', { name: 'Sign in with your email address' });
	await form.getByRole('textbox', { name: 'Email address' }).fill('ada@example.test');
	await form.getByRole('button', { name: 'Sign in', exact: true }).click();
	await form.getByRole('button', { name: 'Sign in at id.example.test' }).waitFor();
	await form.screenshot({ path: 'docs/images/6-email.png' });
	console.log('Wrote docs/images/6-email.png');
} finally {
	await zeroBrowser.close();
	await Promise.all([zeroHost.close(), zero.close()]);
}
