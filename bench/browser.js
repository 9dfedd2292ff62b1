// @ts-check
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/**
 * Playwright starts Chromium with third-party storage partitioning switched off, so that a
 * cross-site frame shares the first-party storage: nothing like a real browser (and IndexedDB
 * then refuses the frame). Tests with portals switch it back on: drop Playwright's
 * `--disable-features=…` and pass the same list without it. The list is read from Playwright
 * itself, so that an upgrade cannot silently change it.
 * @param {string[]} args the other flags
 */
export function partitionedLaunch(args) {
	const require = createRequire(import.meta.url);
	const bundle = readFileSync(
		join(dirname(require.resolve('playwright-core/package.json')), 'lib/coreBundle.js'),
		'utf8'
	);
	const block = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
	if (!block)
		throw new Error(
			'bench/browser.js: cannot find Playwright’s disabled Chromium features to re-enable storage partitioning.'
		);
	const features = [...block.replace(/\/\/[^\n]*/g, '').matchAll(/"([^"]+)"/g)].map(
		(m) => /** @type {string} */ (m[1])
	);
	if (!features.includes('ThirdPartyStoragePartitioning')) {
		throw new Error('bench/browser.js: Playwright no longer disables ThirdPartyStoragePartitioning; simplify this.');
	}
	return {
		ignoreDefaultArgs: [`--disable-features=${features.join(',')}`],
		args: [...args, `--disable-features=${features.filter((f) => f !== 'ThirdPartyStoragePartitioning').join(',')}`]
	};
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
