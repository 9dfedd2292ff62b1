import type { Params, Problem, UrlProblem } from '$lib/config';
import type { ProblemsKey } from './areas';
import { urlProblemText } from './fields';
import { has, t } from './i18n.svelte';

/**
 * The sentence for a problem, in the language in use. A code this version does not know (a grant
 * stored by a newer one, say) still gets a sentence that says what to do. Empty until the
 * problems' words have loaded (`need('problems')`).
 */
export function problemText(problem: Problem): string {
	if (!has('problems', problem.code)) return t('problems', 'unknown-problem', { code: problem.code });
	return t('problems', problem.code as ProblemsKey, withReason(problem.params));
}

/** A URL's problem inside another sentence (discovery), worded in the same language. */
function withReason(params: Params | undefined): Params | undefined {
	const nested = params?.problem;
	return typeof nested === 'string' ? { ...params, reason: urlProblemText(nested as UrlProblem) } : params;
}

/** An account whose tokens the provider could not be told to revoke: `ada@example.com: why`. */
export function failureText(failure: { readonly email: string; readonly problem: Problem }): string {
	return failure.email ? `${failure.email}: ${problemText(failure.problem)}` : problemText(failure.problem);
}

/** Why discovering an OpenID provider failed. */
export function discoveryText(failure: { readonly code: string; readonly params?: Problem['params'] }): string {
	return problemText({ code: `discovery-${failure.code}`, ...(failure.params ? { params: failure.params } : {}) });
}
