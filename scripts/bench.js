#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench [-- name…]`: measures what the issues set targets for and prints the figures.
 * Tests never time anything; this does, and says whether each figure meets its target.
 */
import { jsSize } from '../bench/js-size.js';
import { signIn } from '../bench/signin.js';
import { multiTab } from '../bench/multitab.js';
import { transports } from '../bench/transports.js';
import { lighthouseScores } from '../bench/lighthouse.js';
import { zeroRegistration } from '../bench/zero.js';

/** @type {Record<string, () => Promise<{ figure: string, value: string, target: string, ok: boolean, note: string }[]>>} */
const BENCHES = {
	size: jsSize,
	signin: signIn,
	multitab: multiTab,
	transports,
	zero: zeroRegistration,
	lighthouse: lighthouseScores
};

/** No benchmark takes this long when it works (the longest, multitab, takes about 2 minutes). */
const LIMIT_MS = 10 * 60_000;

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
let failed = false;
for (const name of names) {
	const run = BENCHES[name];
	if (!run) {
		console.error(`Unknown benchmark “${name}”. Known: ${Object.keys(BENCHES).join(', ')}`);
		process.exit(2);
	}
	console.log(`\n== ${name}`);
	const started = Date.now();
	// A benchmark that stops making progress says so instead of hanging the run.
	const watchdog = setTimeout(() => {
		console.error(`“${name}” has not finished after ${LIMIT_MS / 60_000} minutes: stopping. Run it again on its own.`);
		process.exit(3);
	}, LIMIT_MS);
	const rows = await run();
	clearTimeout(watchdog);
	console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
	const width = Math.max(...rows.map((r) => r.figure.length));
	for (const r of rows) {
		if (!r.ok) failed = true;
		console.log(
			`${r.figure.padEnd(width)}  ${r.value.padStart(10)}  ${r.target.padEnd(12)} ${r.ok ? 'ok' : 'OVER TARGET'}  ${r.note}`
		);
	}
}
console.log(failed ? '\nSome figures miss their target.' : '\nEvery figure meets its target.');
process.exitCode = failed ? 1 : 0;
