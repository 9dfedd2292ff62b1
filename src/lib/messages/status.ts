import { refreshDueAt } from '$lib/auth';
import type { SignInValidity } from '$lib/app';
import type { Grant, StatusWord } from '$lib/config';
import { formatDate, formatRelative, t } from './i18n.svelte';
import { problemText } from './problems';

/** A status word as people read it, in the language in use (the word itself is the contract's, in English). */
export function statusText(status: StatusWord): string {
	return t('status', status);
}

/**
 * What to tell the person next to the status word. A grant's problem is worded once the catalog
 * of problems is here; until then the status's general advice stands in.
 */
export function statusDetail(grant: Grant | undefined, status: StatusWord, now: number): string {
	const problem = grant?.problem ? problemText(grant.problem) : '';
	switch (status) {
		case 'Not signed in':
			return t('status', 'detail-not-signed-in');
		case 'Sign-in required':
			return problem || t('status', 'detail-sign-in-again');
		case 'Configuration error':
			return problem || t('status', 'detail-check-connection');
		case 'Offline':
			return t('status', 'detail-offline');
		case 'Refreshing':
			return t('status', 'detail-refreshing');
		case 'Retrying': {
			const why = problem || t('status', 'detail-unreachable');
			return grant?.retry
				? t('status', 'detail-next-try', { problem: why, when: relative(grant.retry.nextAt, now) })
				: why;
		}
		case 'Connected':
			if (!grant?.hasRefreshToken) return problem || t('status', 'detail-no-refresh-token');
			if (!grant.expiresAt) return t('status', 'detail-renewed-automatically');
			return t('status', 'detail-valid', {
				until: formatDate(grant.expiresAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
				next: relative(refreshDueAt(grant) ?? grant.expiresAt, now)
			});
	}
}

/** "in 3 minutes", "in 40 seconds", "now"; beyond an hour and a half, "at 14:05". */
export function relative(at: number, now: number): string {
	const s = Math.round((at - now) / 1000);
	if (s <= 0) return formatRelative(0, 'second');
	if (s < 90) return formatRelative(s, 'second');
	const m = Math.round(s / 60);
	if (m < 90) return formatRelative(m, 'minute');
	return t('status', 'at-time', { time: formatDate(at, { hour: '2-digit', minute: '2-digit' }) });
}

/** "Sign-in valid until Tue 09:14 (in 3 hours)": when a sign-in that ends by itself ends. */
export function validityText(validity: SignInValidity, now: number): string {
	if (validity.over) return t('status', 'validity-ended');
	const sameDay = new Date(validity.until).toDateString() === new Date(now).toDateString();
	const at = formatDate(validity.until, {
		...(sameDay ? {} : { weekday: 'short' }),
		hour: '2-digit',
		minute: '2-digit'
	});
	const left = validity.until - now;
	const span =
		left < 90_000
			? formatRelative(Math.max(1, Math.round(left / 1000)), 'second')
			: left < 90 * 60_000
				? formatRelative(Math.round(left / 60_000), 'minute')
				: formatRelative(Math.round(left / 3_600_000), 'hour');
	return t('status', 'validity-until', { at, left: span });
}
