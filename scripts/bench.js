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

/** @type {Record<string, () => Promise<{ figure: string, value: string, target: string, ok: boolean, note: string }[]>>} */
const BENCHES = { size: jsSize, signin: signIn, multitab: multiTab, transports, lighthouse: lighthouseScores };

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
	const rows = await run();
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
