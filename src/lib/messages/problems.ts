import type { Problem } from '$lib/config';
import { app, portal, session } from './en/app';
import { auth } from './en/auth';
import { render, type Entry } from './format';

/**
 * Every problem code the domain and the application layer report, with its message. The areas
 * use distinct codes (a unit test checks that no code is in two of them).
 */
export const PROBLEM_CATALOGS = { auth, app, session, portal } as const;

const all: Readonly<Record<string, Entry>> = Object.assign(
	Object.create(null) as Record<string, Entry>,
	auth,
	app,
	session,
	portal
);

/**
 * The sentence for a problem. A code this version does not know (a grant stored by a newer one,
 * say) still gets a sentence that says what to do.
 */
export function problemText(problem: Problem): string {
	const entry = all[problem.code];
	return entry === undefined ? `Something went wrong (${problem.code}). Sign in again.` : render(entry, problem.params);
}

/** An account whose tokens the provider could not be told to revoke: `ada@example.com: why`. */
export function failureText(failure: { readonly email: string; readonly problem: Problem }): string {
	return failure.email ? `${failure.email}: ${problemText(failure.problem)}` : problemText(failure.problem);
}

/** Why discovering an OpenID provider failed. */
export function discoveryText(failure: { readonly code: string; readonly params?: Problem['params'] }): string {
	return problemText({ code: `discovery-${failure.code}`, ...(failure.params ? { params: failure.params } : {}) });
}
