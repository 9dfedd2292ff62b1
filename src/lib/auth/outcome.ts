import { emailKey, type Person, type Problem } from '$lib/config';
import type { AuthCode } from './problems';

export type SignInFailure =
	| 'unknown-state'
	| 'denied'
	| 'provider-error'
	| 'issuer-mismatch'
	| 'issuer-not-configured'
	| 'wrong-redirect'
	| 'shared-redirect'
	| 'account-gone'
	| 'token-error'
	| 'id-token-invalid';

export type SignInOutcome =
	| {
			readonly kind: 'signed-in';
			readonly accountId: string;
			readonly accountName: string;
			readonly accountEmail: string;
			readonly person: Person;
			/** The person signed in with another address than the account's. */
			readonly emailMismatch: boolean;
			readonly refreshToken: boolean;
			readonly returnTo?: string;
	  }
	| {
			readonly kind: 'failed';
			/** What kind of failure, for decisions. */
			readonly code: SignInFailure;
			/** What to tell the person: the UI words it (`$lib/messages`). */
			readonly problem: Problem<AuthCode>;
			readonly accountId?: string;
			readonly returnTo?: string;
			/** `provider-error`: the provider's own code (`login_required` for a silent sign-in, say). */
			readonly oauthError?: string;
	  };

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
