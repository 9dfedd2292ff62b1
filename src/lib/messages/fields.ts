import { urlProblemCode, type FieldError, type Problem, type UrlProblem } from '$lib/config';
import type { StorageCode } from '$lib/storage';
import { t } from './i18n.svelte';

/** The sentence for one problem with a field: `not an https URL: enter an address that starts with https://`. */
export function fieldText(error: Pick<FieldError, 'code' | 'params'>): string {
	return t('fields', error.code, error.params);
}

/** The sentence for a URL that the app would send tokens, codes or secrets to (`checkEndpointUrl`). */
export function urlProblemText(problem: UrlProblem): string {
	return fieldText({ code: urlProblemCode(problem) });
}

/** The sentence for what storage tells about an import (a client secret not kept). */
export function storageText(problem: Problem<StorageCode>): string {
	return t('fields', problem.code, problem.params);
}

/** Groups errors by path for a form: the first sentence per field. */
export function errorsByField(errors: readonly FieldError[]): Record<string, string> {
	// Paths may name keys from input: a map without a prototype keeps `__proto__` an ordinary key.
	const out: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const error of errors) out[error.path] ??= fieldText(error);
	return out;
}

/** Problems the way the import lists them: `path: sentence` (the sentence alone for the whole file). */
export function describeProblems(errors: readonly FieldError[]): string[] {
	return errors.map((e) => (e.path ? `${e.path}: ${fieldText(e)}` : fieldText(e)));
}
