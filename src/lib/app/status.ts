import type { Grant, StatusWord } from '$lib/config';

/**
 * The status word of an account, from its grant, the browser's online flag and the time.
 * Every tab computes it from the same stored grant, so every tab shows the same word.
 * `Offline` wins over everything the network could change; a grant that needs the person
 * (sign-in, configuration) says so even offline.
 */
export function statusWord(grant: Grant | undefined, online: boolean, now: number): StatusWord {
	if (!grant) return 'Not signed in';
	if (grant.state === 'sign-in-required') return 'Sign-in required';
	if (grant.state === 'configuration-error') return 'Configuration error';
	if (!online) return 'Offline';
	// A background refresh while the token still works is invisible: the account is usable
	// throughout. "Refreshing" is for when it is not (an expired token being renewed).
	const usable = grant.expiresAt === undefined || grant.expiresAt > now;
	if (grant.busyUntil !== undefined && grant.busyUntil > now && !usable) return 'Refreshing';
	if (grant.state === 'retrying') return 'Retrying';
	return 'Connected';
}

/**
 * A sign-in that ends by itself (Microsoft: 24 hours after it began, however often it was
 * renewed): when, and whether to warn now. The warning starts once less than a third of its
 * lifetime is left (8 of Microsoft's 24 hours), so that a working day's start or end sees it.
 */
export interface SignInValidity {
	readonly until: number;
	/** Less than a third left: renew it now. */
	readonly warn: boolean;
	/** Over: the next renewal of its token will fail. */
	readonly over: boolean;
}

export function signInValidity(grant: Grant | undefined, now: number): SignInValidity | undefined {
	if (!grant?.signInExpiresAt || grant.state === 'sign-in-required') return undefined;
	const until = grant.signInExpiresAt;
	const lifetime = until - grant.obtainedAt;
	return { until, warn: until - now < lifetime / 3, over: until <= now };
}
