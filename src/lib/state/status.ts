import { refreshDueAt } from '$lib/auth';
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

/** What to tell the person next to the status word. */
export function statusDetail(grant: Grant | undefined, status: StatusWord, now: number): string {
	switch (status) {
		case 'Not signed in':
			return 'Open the account and press Refresh token to sign in.';
		case 'Sign-in required':
			return grant?.problem?.message ?? 'Sign in again.';
		case 'Configuration error':
			return grant?.problem?.message ?? 'Check the connection.';
		case 'Offline':
			return 'The browser is offline. Tokens are renewed when the network is back.';
		case 'Refreshing':
			return 'Renewing the access token…';
		case 'Retrying':
			return `${grant?.problem?.message ?? 'The provider could not be reached.'}${grant?.retry ? ` Next try ${relative(grant.retry.nextAt, now)}.` : ''}`;
		case 'Connected':
			if (!grant?.hasRefreshToken)
				return grant?.problem?.message ?? 'No refresh token: sign in again when the access token expires.';
			if (!grant.expiresAt) return 'Renewed automatically.';
			return `Access token valid ${until(grant.expiresAt, now)}; next refresh ${relative(refreshDueAt(grant) ?? grant.expiresAt, now)}.`;
	}
}

/** "in 3 min", "in 40 s", "now". */
export function relative(at: number, now: number): string {
	const s = Math.round((at - now) / 1000);
	if (s <= 0) return 'now';
	if (s < 90) return `in ${s} s`;
	const m = Math.round(s / 60);
	if (m < 90) return `in ${m} min`;
	return `at ${new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

function until(at: number, now: number): string {
	const r = relative(at, now);
	return r === 'now' ? 'until now' : r.startsWith('at') ? `until ${r.slice(3)}` : `for ${r.slice(3)} more`;
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

/** "Sign-in valid until Tue 09:14 (in 3 h)": when a sign-in that ends by itself ends. */
export function validityText(validity: SignInValidity, now: number): string {
	if (validity.over) return 'Sign-in ended: renew it to keep the account connected.';
	const sameDay = new Date(validity.until).toDateString() === new Date(now).toDateString();
	const at = new Intl.DateTimeFormat(undefined, {
		...(sameDay ? {} : { weekday: 'short' }),
		hour: '2-digit',
		minute: '2-digit'
	}).format(validity.until);
	const left = validity.until - now;
	const span =
		left < 90_000
			? `${Math.max(1, Math.round(left / 1000))} s`
			: left < 90 * 60_000
				? `${Math.round(left / 60_000)} min`
				: `${Math.round(left / 3_600_000)} h`;
	return `Sign-in valid until ${at} (in ${span}).`;
}
