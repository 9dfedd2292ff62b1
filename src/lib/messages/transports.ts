import type { TransportError } from '$lib/transports';
import { t } from './i18n.svelte';
import { problemText } from './problems';

/**
 * What a person reads when a transport call failed: the message of its `reason`, filled with the
 * error's data (`status`, `type`, `scope` and its `params`).
 * No token (`token-unavailable`): why, as the token keeper says it (`cause`).
 */
export function transportText(error: TransportError): string {
	if (error.reason === 'token-unavailable' && error.cause) return problemText(error.cause);
	const { status, type, scope } = error;
	return t('transports', error.reason, { status, type, scope, ...error.params });
}
