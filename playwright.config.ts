import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs, partitionedLaunch } from './bench/browser.js';

/**
 * End-to-end tests run the built static app (served as a static host serves it) against a real
 * OpenID provider on loopback, in Chromium. `tests/e2e/global-setup.ts` builds and starts both.
 */
const executablePath = CHROMIUM_PATH;

// insecure.test: this machine under a name that is not a secure context (see resilience.e2e.ts).
const args = chromiumArgs(['MAP insecure.test 127.0.0.1']);

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
			use: { launchOptions: { ...(executablePath ? { executablePath } : {}), ...partitionedLaunch(args) } }
		}
	]
});
