import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from './bench/browser.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * End-to-end tests run the built static app (served as a static host serves it) against a real
 * OpenID provider on loopback, in Chromium. `tests/e2e/global-setup.ts` builds and starts both.
 */
const executablePath = CHROMIUM_PATH;

// insecure.test: this machine under a name that is not a secure context (see resilience.e2e.ts).
const args = chromiumArgs(['MAP insecure.test 127.0.0.1']);

/**
 * Playwright starts Chromium with third-party storage partitioning switched off, so that a
 * cross-site frame shares the first-party storage: nothing like a real browser. The portal tests
 * switch it back on: drop Playwright's `--disable-features=…` and pass the same list without it.
 * The list is read from Playwright itself, so that an upgrade cannot silently change it.
 */
function partitionedLaunch() {
	const require = createRequire(import.meta.url);
	const bundle = readFileSync(
		join(dirname(require.resolve('playwright-core/package.json')), 'lib/coreBundle.js'),
		'utf8'
	);
	const block = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
	if (!block)
		throw new Error(
			'playwright.config.ts: cannot find Playwright’s disabled Chromium features to re-enable storage partitioning.'
		);
	const features = [...block.replace(/\/\/[^\n]*/g, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
	if (!features.includes('ThirdPartyStoragePartitioning')) {
		throw new Error(
			'playwright.config.ts: Playwright no longer disables ThirdPartyStoragePartitioning; simplify this.'
		);
	}
	return {
		ignoreDefaultArgs: [`--disable-features=${features.join(',')}`],
		args: [...args, `--disable-features=${features.filter((f) => f !== 'ThirdPartyStoragePartitioning').join(',')}`]
	};
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		browserName: 'chromium',
		headless: true,
		trace: 'retain-on-failure',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args }
	},
	projects: [
		{ name: 'chromium', testIgnore: '**/portal.e2e.ts' },
		{
			name: 'partitioned',
			testMatch: '**/portal.e2e.ts',
			use: { launchOptions: { ...(executablePath ? { executablePath } : {}), ...partitionedLaunch() } }
		}
	]
});
