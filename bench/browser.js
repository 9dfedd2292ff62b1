// @ts-check
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists, else Playwright's own (`CHROMIUM_PATH` chooses another). */
export const CHROMIUM_PATH =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The flags every Chromium of the tests, benches and scripts starts with: as root, without a GPU,
 * and without reaching out on its own (this machine's network is closed; nothing may reach the
 * internet, so fonts fail fast instead of waiting on DNS). `hostRules`: more resolver rules.
 * @param {string[]} hostRules
 */
export function chromiumArgs(hostRules = []) {
	return [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		`--host-resolver-rules=${['MAP fonts.googleapis.com ~NOTFOUND', 'MAP fonts.gstatic.com ~NOTFOUND', ...hostRules].join(', ')}`
	];
}

/** Debian's Chromium where it exists (as in the tests), else Playwright's own. */
export function launchChromium(extraArgs = /** @type {string[]} */ ([])) {
	return chromium.launch({
		...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
		args: [...chromiumArgs(), ...extraArgs]
	});
}

/**
 * In the demo build at `origin`: adds the local demo connection and an account `name`
 * (ada@demo.test), signs it in through the popup, and answers the account's dialog, still open.
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 * @param {string} name
 */
export async function signedInDemoAccount(page, origin, name) {
	await page.goto(`${origin}/connections`);
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await page.getByRole('article', { name: 'Local demo' }).waitFor();
	await page.goto(`${origin}/accounts`);
	await page.getByRole('button', { name: 'Add account' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add account' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
	await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@demo.test');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	const account = page.getByRole('dialog', { name: `Account “${name}”` });
	const popupPromise = page.waitForEvent('popup');
	await account.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	await popup.getByRole('button', { name: 'Sign in' }).click();
	await popup.getByRole('button', { name: 'Allow' }).click();
	await popup.getByRole('heading', { name: /Welcome/ }).waitFor();
	await popup.close();
	return account;
}
