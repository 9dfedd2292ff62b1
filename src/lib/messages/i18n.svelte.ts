import type { Params } from '$lib/config';
import type { Area, AreaKeys } from './areas';
import { render, type Entry } from './format';

/**
 * The app's languages, and the words of the one in use. Each catalog is a file per language and
 * area (`<locale>/<area>.ts`), loaded when the page first needs it, for the language in use only:
 * a page never downloads another language's words, and switching loads the new language's words
 * of the current page and nothing else. What reads them (`t`, in a template or a `$derived`)
 * renders again when they change.
 *
 * Our own code rather than a library: see docs/architecture.md, "Languages".
 */
export const LOCALES = ['en', 'nl', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's own name for itself: what a person looks for in the list, whatever the page's language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
	en: 'English',
	nl: 'Nederlands',
	de: 'Deutsch',
	fr: 'Français'
};

/** Where the language choice of Settings is kept (this browser, this origin). */
export const LANGUAGE_KEY = 'oauth2-client:language';

type Dict = Readonly<Record<string, Entry>>;

// One lazily loaded chunk per language and area, found through a small map per language: a page
// loads the map of the language in use only, never the others'.
type Loaders = Readonly<Record<string, () => Promise<Dict>>>;
const maps = import.meta.glob<Loaders>('./catalogs-*.ts', { import: 'default' });

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our languages for a list of language tags, in order: an exact match, then the
 * language without its region (`nl-BE` → `nl`).
 */
export function bestLocale(tags: readonly (string | null | undefined)[]): Locale | undefined {
	for (const tag of tags) {
		if (!tag) continue;
		const lower = tag.toLowerCase();
		if (isLocale(lower)) return lower;
		const base = lower.split('-')[0];
		if (isLocale(base)) return base;
	}
	return undefined;
}

/** Where the language came from: a portal's `?lang=`, the person's choice in Settings, or the browser. */
export type LocaleSource = 'url' | 'setting' | 'browser';

function storedChoice(): Locale | undefined {
	try {
		const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
		return isLocale(value) ? value : undefined;
	} catch {
		// Storage refused (a third-party frame with storage blocked): no stored choice.
		return undefined;
	}
}

/**
 * The language to start with: a portal's `?lang=` on the frame's address, else the choice made in
 * Settings, else the best match of the browser's languages (`navigator.languages`), else English.
 */
export function initialLocale(
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
	url: URL | undefined = globalThis.location ? new URL(globalThis.location.href) : undefined,
	languages: readonly string[] = globalThis.navigator?.languages ?? []
): { locale: Locale; source: LocaleSource } {
	const fromUrl = bestLocale([url?.searchParams.get('lang')]);
	if (fromUrl) return { locale: fromUrl, source: 'url' };
	const stored = storedChoice();
	if (stored) return { locale: stored, source: 'setting' };
	return { locale: bestLocale(languages) ?? DEFAULT_LOCALE, source: 'browser' };
}

const start = initialLocale();
const current = $state<{ locale: Locale; source: LocaleSource }>(start);
/** The catalogs of the language in use, by area; replaced whole on a switch. */
let dicts = $state.raw<Partial<Record<Area, Dict>>>({});
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of loads, not state
const loading = new Map<string, Promise<Dict>>();
/** The areas the current page uses: what a switch of language loads. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of the page, not state
const inUse = new Set<Area>();

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of loads, not state
const mapsLoaded = new Map<Locale, Promise<Loaders>>();

function loadersOf(locale: Locale): Promise<Loaders> {
	let pending = mapsLoaded.get(locale);
	if (!pending) {
		const load = maps[`./catalogs-${locale}.ts`];
		if (!load) return Promise.reject(new Error(`No catalog for ${locale}`));
		pending = load();
		pending.catch(() => mapsLoaded.delete(locale));
		mapsLoaded.set(locale, pending);
	}
	return pending;
}

function fetchArea(locale: Locale, area: Area): Promise<Dict> {
	const id = `./${locale}/${area}.ts`;
	let pending = loading.get(id);
	if (!pending) {
		pending = loadersOf(locale).then((loaders) => {
			const load = loaders[id];
			if (!load) throw new Error(`No catalog ${id}`);
			return load();
		});
		// A failed load (the network, during an update) may be tried again.
		pending.catch(() => loading.delete(id));
		loading.set(id, pending);
	}
	return pending;
}

/** The language in use (reactive). */
export function locale(): Locale {
	return current.locale;
}

/** Where the language in use came from (reactive). */
export function localeSource(): LocaleSource {
	return current.source;
}

/** Whether an area's words are here, in the language in use (reactive). */
export function ready(...areas: Area[]): boolean {
	return areas.every((area) => dicts[area] !== undefined);
}

/** Loads the words of these areas in the language in use, and notes that the page uses them. */
export async function need(...areas: Area[]): Promise<void> {
	for (const area of areas) inUse.add(area);
	const wanted = current.locale;
	const missing = areas.filter((area) => dicts[area] === undefined);
	if (missing.length === 0) return;
	const loaded = await Promise.all(missing.map((area) => fetchArea(wanted, area)));
	// Switched meanwhile: the new language's words are what the page needs now.
	if (wanted !== current.locale) return need(...areas);
	const next = { ...dicts };
	missing.forEach((area, i) => (next[area] = loaded[i]));
	dicts = next;
}

/**
 * A new page: the areas it uses from now on (the layout's are kept). What the previous page used
 * is not loaded again on a switch of language.
 */
export function pageUses(...areas: Area[]): void {
	inUse.clear();
	for (const area of ['common', ...areas] as Area[]) inUse.add(area);
	void need(...areas, 'common');
}

/**
 * Switches the language at once, without a reload: loads the new language's words of the areas
 * the current page uses (and only those), then shows them everywhere. `remember`: keep the choice
 * for the next visits (Settings); a portal's `?lang=` is not remembered.
 */
export async function setLocale(next: Locale, options: { remember?: boolean } = {}): Promise<void> {
	const areas = [...inUse];
	const loaded = await Promise.all(areas.map((area) => fetchArea(next, area)));
	const fresh: Partial<Record<Area, Dict>> = {};
	areas.forEach((area, i) => (fresh[area] = loaded[i]));
	dicts = fresh;
	current.locale = next;
	current.source = options.remember ? 'setting' : current.source;
	if (globalThis.document) globalThis.document.documentElement.lang = next;
	if (options.remember) {
		try {
			globalThis.localStorage?.setItem(LANGUAGE_KEY, next);
		} catch {
			// Storage refused: the choice holds for this visit.
		}
	}
}

/** Back to the browser's languages: forgets the choice made in Settings. */
export async function followBrowser(): Promise<void> {
	try {
		globalThis.localStorage?.removeItem(LANGUAGE_KEY);
	} catch {
		// Nothing stored, then.
	}
	await setLocale(bestLocale(globalThis.navigator?.languages ?? []) ?? DEFAULT_LOCALE);
	current.source = 'browser';
}

/**
 * A message in the language in use. Until its area has loaded it is empty (and starts loading);
 * whatever read it renders again then.
 */
export function t<A extends Area>(area: A, key: AreaKeys[A], params?: Params): string {
	const dict = dicts[area];
	if (!dict) {
		void need(area);
		return '';
	}
	const entry = dict[key];
	return entry === undefined ? key : render(entry, params, current.locale);
}

/** A piece of a message: text, or the place of an element the page puts there (a link, a button name). */
export type Part =
	{ readonly text: string; readonly slot?: undefined } | { readonly slot: string; readonly text?: undefined };

/**
 * A message with elements in it, as parts: `{name}` placeholders given in `params` are filled; the
 * others are slots where the page puts an element (`{link}`: a link whose words are their own
 * message). The language decides where in the sentence each element goes.
 */
export function parts<A extends Area>(area: A, key: AreaKeys[A], params: Params = {}): Part[] {
	const dict = dicts[area];
	if (!dict) {
		void need(area);
		return [];
	}
	const entry = dict[key];
	if (entry === undefined) return [{ text: key }];
	const template =
		typeof entry === 'string'
			? entry
			: typeof entry === 'function'
				? entry(params)
				: render(entry, params, current.locale);
	const out: Part[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const name = match[1]!;
		const before = template.slice(last, match.index);
		if (name in params) {
			out.push({ text: before + String(params[name] ?? '') });
		} else {
			if (before) out.push({ text: before });
			out.push({ slot: name });
		}
		last = match.index + match[0].length;
	}
	if (last < template.length) out.push({ text: template.slice(last) });
	return out;
}

/** Whether a key exists in an area (a code from a newer version may not). */
export function has<A extends Area>(area: A, key: string): key is AreaKeys[A] & string {
	return dicts[area]?.[key] !== undefined;
}

/** Numbers, dates and times in the language in use. */
export function formatDate(at: number | Date, options: Intl.DateTimeFormatOptions): string {
	return new Intl.DateTimeFormat(current.locale, options).format(at);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(current.locale, options).format(value);
}

/** "in 3 minutes", "in 40 seconds", "now", as the language says it (`Intl.RelativeTimeFormat`). */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
	return new Intl.RelativeTimeFormat(current.locale, { numeric: 'auto' }).format(value, unit);
}

/**
 * A list of names or addresses as the language writes it (`Intl.ListFormat`). By default the short
 * unit style: "a, b, c" in English (what the English sentences always said), "a, b und c" in German.
 */
export function formatList(
	items: readonly string[],
	options: Intl.ListFormatOptions = { type: 'unit', style: 'short' }
): string {
	return new Intl.ListFormat(current.locale, options).format(items);
}

if (globalThis.document) {
	globalThis.document.documentElement.lang = start.locale;
	// The map of the language in use is needed at once: ask for it now.
	void loadersOf(start.locale).catch(() => undefined);
}
