import type { ConnectionCheck } from '$lib/app/mail';
import type { OutgoingMessage, SentReceipt, TransportResult } from '$lib/transports';
import { appContext } from './app';

export type { ConnectionCheck };

/** Test connection, for the account dialog (loaded on first use: transports are not small). */
export async function testConnection(accountId: string): Promise<ConnectionCheck> {
	const mail = await import('$lib/app/mail');
	return mail.testConnection(appContext(), accountId);
}

/** Send test message. */
export async function sendMessage(accountId: string, message: OutgoingMessage): Promise<TransportResult<SentReceipt>> {
	const mail = await import('$lib/app/mail');
	return mail.sendMessage(appContext(), accountId, message);
}
