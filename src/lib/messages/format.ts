import type { Params } from '$lib/config';

/**
 * One message of the catalog: a template whose `{name}` placeholders are filled from the
 * problem's params (an absent one leaves nothing), or, where the sentence itself depends on the
 * data, a function of them.
 */
export type Entry = string | ((params: Params) => string);

/** A catalog of one area: every code of that area has its message (the type checker sees to it). */
export type Catalog<C extends string> = Readonly<Record<C, Entry>>;

export function render(entry: Entry, params: Params = {}): string {
	if (typeof entry === 'function') return entry(params);
	return entry.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		return value === undefined ? '' : String(value);
	});
}

/** ` (what the server said)`, or nothing: how a provider's or server's own words join a sentence. */
export function aside(text: string | number | undefined): string {
	return text === undefined || text === '' ? '' : ` (${text})`;
}
