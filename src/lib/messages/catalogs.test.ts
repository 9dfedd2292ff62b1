import { describe, expect, it } from 'vitest';
import { completenessProblems, placeholders, type Catalogs } from './completeness';
import { LOCALES } from './i18n.svelte';

const files = import.meta.glob<Record<string, unknown>>(['./en/*.ts', './nl/*.ts', './de/*.ts', './fr/*.ts'], {
	import: 'default',
	eager: true
});

/** language → area → messages, from the files as they are. */
const catalogs: Catalogs = Object.fromEntries(
	LOCALES.map((locale) => [
		locale,
		Object.fromEntries(
			Object.entries(files)
				.filter(([path]) => path.startsWith(`./${locale}/`))
				.map(([path, messages]) => [path.slice(locale.length + 3, -3), messages])
		)
	])
);

describe('the message catalogs', () => {
	it('has every language complete: every key of English, with the same placeholders, and nothing else', () => {
		expect(Object.keys(catalogs.en ?? {}).length).toBeGreaterThan(8);
		expect(completenessProblems(catalogs)).toEqual([]);
	});

	it('would catch a missing key, an unknown one, and a placeholder that differs', () => {
		const broken: Catalogs = {
			en: { a: { one: 'Hello {name}', two: (p: { who?: string }) => `Hi ${p.who}`, three: 'x' } },
			nl: { a: { one: 'Hallo {naam}', two: (p: { wie?: string }) => `Hoi ${p.wie}`, four: 'y' } },
			de: {}
		};
		expect(completenessProblems(broken)).toEqual([
			'nl/a: "one" has {naam}, en has {name}',
			'nl/a: "two" has {wie}, en has {who}',
			'nl/a: missing "three"',
			'nl/a: unknown "four"',
			'de/a: missing file'
		]);
	});

	it('reads placeholders of templates, plural forms and functions alike', () => {
		expect(placeholders('{count} of {total}')).toEqual(['count', 'total']);
		expect(placeholders({ one: '{count} account', other: '{count} accounts' })).toEqual(['count']);
		expect(placeholders((p: { host?: string }) => `at ${p.host}`)).toEqual(['host']);
	});
});
