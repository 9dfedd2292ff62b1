import { tokenProblem } from '../http';
import type { Identity, Mailbox, MailTransport, SentReceipt, TokenSource, TransportResult } from '../types';

/**
 * The portal that embeds the app: it uses the token for IMAP and SMTP (XOAUTH2) on its own back
 * end, which a browser cannot do. Here: whether a token can be had, and nothing more.
 */
export class HostTransport implements MailTransport {
	readonly kind = 'host' as const;

	constructor(
		private readonly token: TokenSource,
		private readonly account: { readonly email: string; readonly name?: string }
	) {}

	async verify(): Promise<TransportResult<Identity>> {
		const answer = await this.token({});
		if (!answer.ok) return { ok: false, renewed: false, error: tokenProblem(answer) };
		return {
			ok: true,
			value: { email: this.account.email, ...(this.account.name ? { name: this.account.name } : {}) },
			renewed: answer.value.refreshed === true
		};
	}

	async listMailboxes(): Promise<TransportResult<readonly Mailbox[]>> {
		return notHere();
	}

	async send(): Promise<TransportResult<SentReceipt>> {
		return notHere();
	}
}

function notHere(): TransportResult<never> {
	return { ok: false, renewed: false, error: { code: 'not-supported', reason: 'host-portal-only' } };
}
