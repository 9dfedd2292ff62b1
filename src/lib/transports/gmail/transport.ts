import { isObject, jsonOf, refusedToken, sendAuthorized } from '../http';
import { base64url, rfc5322 } from '../mime';
import type {
	Identity,
	Mailbox,
	MailTransport,
	OutgoingMessage,
	SentReceipt,
	TokenSource,
	TransportDeps,
	TransportError,
	TransportResult
} from '../types';

export const GMAIL_API = 'https://gmail.googleapis.com/gmail/v1/users/me';
/**
 * Who the token belongs to: Google's OpenID Connect userinfo, open to the `email` scope every
 * Google sign-in asks for. (The Gmail API's own profile needs a restricted read scope.)
 */
export const USERINFO = 'https://openidconnect.googleapis.com/v1/userinfo';
/** Lists labels and reads each one's counts (`users.labels.list`, `users.labels.get`); not restricted. */
export const LABELS_SCOPE = 'https://www.googleapis.com/auth/gmail.labels';
export const SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
export const EMAIL_SCOPE = 'email';

/** Gmail's system labels and the roles they play. */
const ROLES: Record<string, string> = {
	INBOX: 'inbox',
	DRAFT: 'drafts',
	SENT: 'sent',
	SPAM: 'junk',
	TRASH: 'trash',
	STARRED: 'flagged',
	IMPORTANT: 'important'
};
/** Labels whose counts are fetched: the system ones people know, and the first user labels. */
const MAX_USER_LABELS = 10;

/**
 * The Gmail API: profile, labels with counts, and sending a base64url-encoded RFC 5322 message.
 * @see https://developers.google.com/gmail/api/reference/rest
 */
export class GmailTransport implements MailTransport {
	readonly kind = 'gmail' as const;
	#email: string | undefined;

	constructor(
		private readonly token: TokenSource,
		private readonly deps: TransportDeps = {}
	) {}

	async #call(path: string, scope: string, init: RequestInit = {}): Promise<TransportResult<unknown>> {
		const sent = await sendAuthorized(
			this.token,
			path.startsWith('https:') ? path : `${GMAIL_API}${path}`,
			init,
			this.deps
		);
		if (!sent.ok) return sent;
		const { response, renewed } = sent;
		const body = await jsonOf(response);
		if (response.ok) return { ok: true, value: body, renewed };
		return { ok: false, renewed, error: googleError(response, body, scope) };
	}

	/** Google's userinfo: the address the token belongs to. */
	async verify(): Promise<TransportResult<Identity>> {
		const answer = await this.#call(USERINFO, EMAIL_SCOPE);
		if (!answer.ok) return answer;
		const email = isObject(answer.value) && typeof answer.value.email === 'string' ? answer.value.email : undefined;
		if (!email)
			return {
				ok: false,
				renewed: answer.renewed,
				error: { code: 'bad-response', reason: 'gmail-no-address' }
			};
		this.#email = email;
		const name = isObject(answer.value) && typeof answer.value.name === 'string' ? answer.value.name : undefined;
		return { ok: true, value: { email, ...(name ? { name } : {}) }, renewed: answer.renewed };
	}

	/** GET users/me/labels, then each shown label for its counts (the list has none). */
	async listMailboxes(): Promise<TransportResult<readonly Mailbox[]>> {
		const list = await this.#call('/labels', LABELS_SCOPE);
		if (!list.ok) return list;
		const labels = isObject(list.value) && Array.isArray(list.value.labels) ? list.value.labels.filter(isObject) : [];
		const shown = [
			...labels.filter((l) => l.type === 'system' && typeof l.id === 'string' && ROLES[l.id]),
			...labels.filter((l) => l.type === 'user').slice(0, MAX_USER_LABELS)
		];
		const details = await Promise.all(
			shown.map((l) => this.#call(`/labels/${encodeURIComponent(String(l.id))}`, LABELS_SCOPE))
		);
		const failed = details.find((d) => !d.ok);
		if (failed && !failed.ok) return failed;
		const mailboxes = details.map((d, i) => {
			const label = d.ok && isObject(d.value) ? d.value : shown[i]!;
			const id = String(label.id);
			return {
				id,
				name: typeof label.name === 'string' ? label.name : id,
				...(ROLES[id] ? { role: ROLES[id] } : {}),
				...(typeof label.messagesTotal === 'number' ? { total: label.messagesTotal } : {}),
				...(typeof label.messagesUnread === 'number' ? { unread: label.messagesUnread } : {})
			};
		});
		return { ok: true, value: mailboxes, renewed: list.renewed || details.some((d) => d.renewed) };
	}

	/** POST users/me/messages/send with the message as base64url `raw`. */
	async send(message: OutgoingMessage): Promise<TransportResult<SentReceipt>> {
		let from = this.#email;
		if (!from) {
			const me = await this.verify();
			// Sending needs only gmail.send; without the address Gmail fills in the sender itself.
			from = me.ok ? me.value.email : 'me';
		}
		const raw = base64url(new TextEncoder().encode(rfc5322(message, from)));
		const answer = await this.#call('/messages/send', SEND_SCOPE, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ raw })
		});
		if (!answer.ok) return answer;
		const id = isObject(answer.value) && typeof answer.value.id === 'string' ? answer.value.id : undefined;
		return { ok: true, value: id ? { id } : {}, renewed: answer.renewed };
	}
}

/**
 * Google's error format: `{ error: { code, message, status, errors: [{ reason }], details } }`.
 * A 403 for a token without the scope says PERMISSION_DENIED and `insufficientPermissions` /
 * `ACCESS_TOKEN_SCOPE_INSUFFICIENT`.
 * @see https://cloud.google.com/apis/design/errors
 */
export function googleError(response: Response, body: unknown, scope: string): TransportError {
	// Every 401 (with the server's reason), and a 403 whose challenge names the missing scope.
	const token = refusedToken(response, 'gmail', { scope });
	if (token) return token;
	const error = isObject(body) && isObject(body.error) ? body.error : {};
	const message = typeof error.message === 'string' ? error.message : '';
	const status = typeof error.status === 'string' ? error.status : undefined;
	// Google's own words, which the message quotes.
	const params = message ? { message } : undefined;
	const reasons = [
		...(Array.isArray(error.errors) ? error.errors.filter(isObject).map((e) => e.reason) : []),
		...(Array.isArray(error.details) ? error.details.filter(isObject).map((d) => d.reason) : [])
	];
	if (
		response.status === 403 &&
		(reasons.includes('insufficientPermissions') ||
			reasons.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT') ||
			/scope/i.test(message))
	) {
		return {
			code: 'scope-missing',
			reason: 'gmail-scope-missing',
			status: 403,
			scope,
			type: status ?? 'PERMISSION_DENIED'
		};
	}
	if (response.status >= 500 || response.status === 429) {
		return {
			code: 'server-error',
			reason: 'gmail-server-error',
			status: response.status,
			...(params ? { params } : {})
		};
	}
	return {
		code: 'refused',
		// A 403 for another reason: most often the Gmail API is not enabled in the project.
		reason: response.status === 403 ? 'gmail-forbidden' : 'gmail-refused',
		status: response.status,
		...(status ? { type: status } : {}),
		...(params ? { params } : {})
	};
}
