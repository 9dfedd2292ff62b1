import { refreshDueAt } from '$lib/auth';
import type { SignInValidity } from '$lib/app';
import type { Grant, StatusWord } from '$lib/config';
import { problemTextNow } from './words.svelte';

/**
 * What to tell the person next to the status word. A grant's problem is worded once the catalog
 * of problems is here (`problemWords`); until then the status's general advice stands in.
 */
export function statusDetail(grant: Grant | undefined, status: StatusWord, now: number): string {
	const problem = grant?.problem ? problemTextNow(grant.problem) : undefined;
	switch (status) {
		case 'Not signed in':
			return 'Open the account and press Refresh token to sign in.';
		case 'Sign-in required':
			return problem ?? 'Sign in again.';
		case 'Configuration error':
			return problem ?? 'Check the connection.';
		case 'Offline':
			return 'The browser is offline. Tokens are renewed when the network is back.';
		case 'Refreshing':
			return 'Renewing the access token…';
		case 'Retrying':
			return `${problem ?? 'The provider could not be reached.'}${grant?.retry ? ` Next try ${relative(grant.retry.nextAt, now)}.` : ''}`;
		case 'Connected':
			if (!grant?.hasRefreshToken) return problem ?? 'No refresh token: sign in again when the access token expires.';
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
