// @ts-check
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists (as in the tests), else Playwright's own. */
export function launchChromium(extraArgs = /** @type {string[]} */ ([])) {
	const executablePath =
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--host-resolver-rules=MAP fonts.googleapis.com ~NOTFOUND, MAP fonts.gstatic.com ~NOTFOUND',
			...extraArgs
		]
	});
}
