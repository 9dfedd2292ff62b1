import type { AuthProblem, PendingSignIn, SignInDeps, SignInOutcome } from '$lib/auth';
import * as signin from '$lib/auth/signin';
import { err, type Result } from '$lib/config';
import { domainDeps, type AppContext } from './context';
import { accountSession } from './session';

function signInDeps(ctx: AppContext): SignInDeps {
	return {
		...domainDeps(ctx),
		callbackBase: ctx.callbackBase,
		...(ctx.dayMs !== undefined ? { dayMs: ctx.dayMs } : {})
	};
}

/**
 * The sign-in steps, loaded with this module: only when someone signs in (oidc-client-ts comes
 * with them).
 */

/**
 * The authorization request for an account's sign-in (the URL to open at the provider), and what
 * the window that started it keeps to redeem the answer.
 */
export async function prepareSignIn(
	ctx: AppContext,
	accountId: string,
	options: { returnTo?: string; extraScopes?: readonly string[]; prompt?: 'none' } = {}
): Promise<Result<{ url: string; pending: PendingSignIn }, AuthProblem>> {
	const session = await accountSession(ctx, accountId, 'sign-in');
	if (!session.ok) return err({ class: 'configuration', code: 'account-gone' });
	return signin.prepareSignIn(signInDeps(ctx), session.value, options);
}

/** Checks and redeems a sign-in's answer, and stores the grant (`completeSignIn` of `$lib/auth`). */
export async function completeSignIn(
	ctx: AppContext,
	url: string,
	pending?: PendingSignIn,
	options: { consumeFirst?: boolean } = {}
): Promise<SignInOutcome> {
	return signin.completeSignIn(signInDeps(ctx), url, pending, options);
}
