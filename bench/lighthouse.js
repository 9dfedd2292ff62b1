// @ts-check
/**
 * Lighthouse 12 with its desktop preset, against Debian's Chromium, on the main pages of the
 * production build served as a static host serves it. Each page is measured three times and
 * the median performance score kept (Lighthouse's own advice for a noisy figure); accessibility
 * does not vary between runs, the lowest is kept.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildApp } from '../server/build.js';
import { startStaticHost } from '../server/static-host.js';

const PAGES = ['/', '/accounts', '/connections', '/settings'];
const RUNS = 3;
const TARGET = { performance: 95, accessibility: 100 };

export async function lighthouseScores() {
	const chromePath =
		process.env.CHROMIUM_PATH ??
		process.env.CHROME_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	if (!chromePath) {
		throw new Error('Lighthouse needs Chromium: install Debian’s `chromium` or set CHROME_PATH to a Chrome binary.');
	}
	const dir = await buildApp({ outDir: 'build-bench', quiet: true });
	const host = await startStaticHost({ root: dir, port: 0 });
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking'
		]
	});
	/** @type {{ figure: string, value: string, target: string, ok: boolean, note: string }[]} */
	const rows = [];
	try {
		for (const path of PAGES) {
			/** @type {number[]} */
			const performance = [];
			/** @type {number[]} */
			const accessibility = [];
			/** @type {string[]} */
			const failing = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await lighthouse(
					`${host.origin}${path}`,
					{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
					desktopConfig
				);
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}.`);
				if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
				performance.push(Math.round((lhr.categories['performance']?.score ?? 0) * 100));
				accessibility.push(Math.round((lhr.categories['accessibility']?.score ?? 0) * 100));
				for (const ref of lhr.categories['accessibility']?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && !failing.includes(ref.id)) {
						failing.push(ref.id);
					}
				}
			}
			const perf = median(performance);
			const a11y = Math.min(...accessibility);
			rows.push({
				figure: `${path} performance (desktop, median of ${RUNS})`,
				value: String(perf),
				target: `≥ ${TARGET.performance}`,
				ok: perf >= TARGET.performance,
				note: `runs ${performance.join(', ')}`
			});
			rows.push({
				figure: `${path} accessibility`,
				value: String(a11y),
				target: `= ${TARGET.accessibility}`,
				ok: a11y >= TARGET.accessibility,
				note: failing.length > 0 ? `failing audits: ${failing.join(', ')}` : ''
			});
		}
	} finally {
		chrome.kill();
		await host.close();
	}
	return rows;
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
