import type { Params } from '$lib/config';

/** A message that depends on a count: one form per plural category (`Intl.PluralRules`) of its language. */
export type PluralForms = { readonly [K in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/**
 * One message of a catalog: a template whose `{name}` placeholders are filled from the params (an
 * absent one leaves nothing); forms by plural category, chosen by `params.count`; or, where the
 * sentence itself depends on the data, a function of it (`p`), each written whole.
 */
export type Entry = string | PluralForms | ((params: Params) => string);

/** A catalog of one area in one language: every key of the area has its message (the type checker sees to it). */
export type Catalog<K extends string> = Readonly<Record<K, Entry>>;

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in a language. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	return rule.select(count);
}

export function render(entry: Entry, params: Params = {}, locale = 'en'): string {
	if (typeof entry === 'function') return entry(params);
	const template =
		typeof entry === 'string' ? entry : (entry[pluralCategory(locale, Number(params.count))] ?? entry.other);
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		return value === undefined ? '' : String(value);
	});
}

/** ` (what the server said)`, or nothing: how a provider's or server's own words join a sentence. */
export function aside(text: string | number | undefined): string {
	return text === undefined || text === '' ? '' : ` (${text})`;
}
