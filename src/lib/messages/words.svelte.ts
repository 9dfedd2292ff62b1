import type { Problem } from '$lib/config';
import type { TransportError } from '$lib/transports';

/**
 * The catalogs of problems are loaded when a problem is first to be worded, not with the page:
 * most pages, most of the time, have none to show. Until one has loaded, the `…Now` functions
 * answer `undefined` and start loading it; whatever read them (a component, a `$derived`) runs
 * again once it is here.
 */
let problems = $state<typeof import('./problems') | undefined>();
let transports = $state<typeof import('./transports') | undefined>();
let loadingProblems: Promise<typeof import('./problems')> | undefined;
let loadingTransports: Promise<typeof import('./transports')> | undefined;

/** The problems' catalog (`problemText`, `failureText`, `discoveryText`), loaded once. */
export function problemWords(): Promise<typeof import('./problems')> {
	loadingProblems ??= import('./problems').then((module) => (problems = module));
	return loadingProblems;
}

/** The transports' catalog (`transportText`), loaded once. */
export function transportWords(): Promise<typeof import('./transports')> {
	loadingTransports ??= import('./transports').then((module) => (transports = module));
	return loadingTransports;
}

/** A problem in words, once its catalog is here. */
export function problemTextNow(problem: Problem): string | undefined {
	if (!problems) {
		void problemWords();
		return undefined;
	}
	return problems.problemText(problem);
}

/** Why discovery failed, in words, once the catalog is here. */
export function discoveryTextNow(failure: {
	readonly code: string;
	readonly params?: Problem['params'];
}): string | undefined {
	if (!problems) {
		void problemWords();
		return undefined;
	}
	return problems.discoveryText(failure);
}

/** A transport error in words, once its catalog is here. */
export function transportTextNow(error: TransportError): string | undefined {
	if (!transports) {
		void transportWords();
		return undefined;
	}
	return transports.transportText(error);
}

let loadingFields: Promise<typeof import('./fields')> | undefined;

/** The catalog of field problems (`fieldText`, `errorsByField`, `storageText`…), loaded once. */
export function fieldWords(): Promise<typeof import('./fields')> {
	loadingFields ??= import('./fields');
	return loadingFields;
}
