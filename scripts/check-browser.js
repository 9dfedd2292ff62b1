#!/usr/bin/env node
// Before the end-to-end tests: say plainly how to get a browser if there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @type {string[]} */
const candidates = [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium'].filter((p) => p !== '');
const found =
	candidates.find((p) => existsSync(p)) ??
	(existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
if (!found) {
	console.error(`No Chromium found for the end-to-end tests.
Install one of:
  sudo apt-get install chromium          (Debian, Ubuntu: what CI uses)
  npx playwright install chromium        (elsewhere)
or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
	process.exit(1);
}
