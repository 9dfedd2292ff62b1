// @ts-check
/**
 * JavaScript the browser downloads, gzipped as a static host would serve it (level 6, the
 * common default): for the first page with an empty database, for every page visited in turn,
 * and for the whole build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../server/build.js';
import { startStaticHost } from '../server/static-host.js';
import { launchChromium } from './browser.js';

const KB = 1024;
const PAGES = ['/', '/accounts', '/connections', '/settings', '/callback'];

/** @param {Buffer} body */
const gz = (body) => gzipSync(body, { level: 6 }).length;

export async function jsSize() {
	const dir = await buildApp({ outDir: 'build-bench', quiet: true });
	const host = await startStaticHost({ root: dir, port: 0 });
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		/** @type {Map<string, number>} */
		const loaded = new Map();
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			loaded.set(response.url(), gz(await response.body()));
		});
		const settle = async () => {
			await page.waitForLoadState('networkidle');
			await page.getByRole('heading', { level: 1 }).waitFor();
		};
		await page.goto(host.url);
		await settle();
		const first = sum(loaded);
		const firstFiles = loaded.size;
		for (const path of PAGES.slice(1)) {
			await page
				.getByRole('link', { name: label(path) })
				.first()
				.click()
				.catch(() => page.goto(`${host.origin}${path}`));
			await page.waitForURL(`**${path}`);
			await settle();
		}
		// The connection editor loads with the dialog: open it too.
		await page.goto(`${host.origin}/connections`);
		await settle();
		await page.getByRole('button', { name: 'Add connection' }).click();
		await page.getByRole('dialog').waitFor();
		await page.waitForLoadState('networkidle');
		const allPages = sum(loaded);

		let whole = 0;
		for (const file of await listJs(join(dir, '_app'))) whole += gz(await readFile(file));

		return [
			{
				figure: 'First page (/), empty database: JS gzipped',
				value: kb(first),
				target: '≤ 75 KB',
				ok: first <= 75 * KB,
				note: `${firstFiles} files`
			},
			{
				figure: 'All pages visited (incl. connection editor): JS gzipped',
				value: kb(allPages),
				target: '≤ 120 KB',
				ok: allPages <= 120 * KB,
				note: `${loaded.size} files`
			},
			{ figure: 'Whole build: every JS chunk gzipped', value: kb(whole), target: '(for scale)', ok: true, note: '' }
		];
	} finally {
		await browser.close();
		await host.close();
	}
}

/** @param {string} path */
function label(path) {
	return { '/accounts': 'Accounts', '/connections': 'Connections', '/settings': 'Settings' }[path] ?? '__none__';
}

/** @param {Map<string, number>} map */
function sum(map) {
	let total = 0;
	for (const v of map.values()) total += v;
	return total;
}

/** @param {number} bytes */
function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

/** @param {string} dir @returns {Promise<string[]>} */
async function listJs(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await listJs(path)));
		else if (entry.name.endsWith('.js')) out.push(path);
	}
	return out;
}
