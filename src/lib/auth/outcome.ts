import { emailKey, type Person } from '$lib/config';
import type { SignInOutcome } from './signin';

/** Sign-ins that have not come back in this time are forgotten (their stored state too). */
export const SIGN_IN_MAX_AGE_MS = 15 * 60 * 1000;

/**
 * The outcome of a sign-in that stored a grant, wherever it finished: in the window that
 * started it, in the sign-in window itself, or seen from the dialog that watched it happen.
 */
export function signedInOutcome(
	account: { readonly id: string; readonly name: string; readonly email: string },
	person: Person,
	refreshToken: boolean,
	returnTo?: string
): Extract<SignInOutcome, { kind: 'signed-in' }> {
	return {
		kind: 'signed-in',
		accountId: account.id,
		accountName: account.name,
		accountEmail: account.email,
		person,
		// A shared mailbox is legitimate; a wrong account usually is not: the welcome says so.
		emailMismatch: person.email !== undefined && emailKey(person.email) !== emailKey(account.email),
		refreshToken,
		...(returnTo ? { returnTo } : {})
	};
}
