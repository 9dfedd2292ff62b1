// @ts-check
/**
 * Fails `vite build` (and `vite dev`'s start) when a language's message catalog lacks a key of the
 * English one, has one English does not, or fills other placeholders: the rule of
 * `src/lib/messages/completeness.ts`, which a unit test checks too.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const DIR = resolve('src/lib/messages');
const LOCALES = ['en', 'nl', 'de', 'fr'];

/** @returns {import('vite').Plugin} */
export function checkMessages() {
	/** @param {string} file */
	const load = async (file) => (await runnerImport(file, { configFile: false, logLevel: 'silent' })).module;
	return {
		name: 'check-messages',
		async buildStart() {
			/** @type {Record<string, Record<string, Record<string, unknown>>>} */
			const catalogs = {};
			for (const locale of LOCALES) {
				catalogs[locale] = {};
				/** @type {string[]} */
				let files = [];
				try {
					files = readdirSync(join(DIR, locale)).filter((f) => f.endsWith('.ts'));
				} catch {
					// No catalog at all for this language: every area is reported missing.
				}
				for (const file of files) {
					const module = /** @type {{ default: Record<string, unknown> }} */ (await load(join(DIR, locale, file)));
					catalogs[locale][file.slice(0, -3)] = module.default;
				}
			}
			const { completenessProblems } = /** @type {typeof import('../src/lib/messages/completeness')} */ (
				await load(join(DIR, 'completeness.ts'))
			);
			const problems = completenessProblems(catalogs);
			if (problems.length > 0) {
				this.error(
					`The message catalogs are not complete (src/lib/messages/<language>/<area>.ts):\n  ${problems.join('\n  ')}`
				);
			}
		}
	};
}
