import { need } from './i18n.svelte';

/**
 * The catalogs of problems load when a problem is first to be worded, not with the page: most
 * pages, most of the time, have none to show. Code that words a problem after an `await` (a
 * failed save, a sign-in that failed) waits for its catalog here first; a template that words
 * one renders again when it arrives.
 */

/** The problems' words (`problemText`, `failureText`, `discoveryText`), once loaded. */
export async function problemWords(): Promise<typeof import('./problems')> {
	const [module] = await Promise.all([import('./problems'), need('problems', 'fields')]);
	return module;
}

/** The words of field problems (`fieldText`, `errorsByField`, `storageText`…), once loaded. */
export async function fieldWords(): Promise<typeof import('./fields')> {
	const [module] = await Promise.all([import('./fields'), need('fields')]);
	return module;
}
