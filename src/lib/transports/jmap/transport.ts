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
import { isObject } from '../http';
import { JmapClient, MAIL, methodResult, SUBMISSION, type Invocation, type JmapResult } from './client';

/** Order people expect: inbox first, then the well-known roles, then the rest by name. */
const ROLE_ORDER = ['inbox', 'drafts', 'sent', 'archive', 'junk', 'trash'];

export function sortMailboxes(list: readonly Mailbox[]): Mailbox[] {
	const rank = (m: Mailbox) => (m.role && ROLE_ORDER.includes(m.role) ? ROLE_ORDER.indexOf(m.role) : ROLE_ORDER.length);
	return [...list].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * JMAP for mail (RFC 8621): identity, mailboxes with counts, and sending by creating the email as
 * a draft and submitting it, moving it to Sent on success.
 */
export class JmapTransport implements MailTransport {
	readonly kind = 'jmap' as const;
	readonly client: JmapClient;

	constructor(sessionUrl: string, token: TokenSource, deps: TransportDeps = {}) {
		this.client = new JmapClient(sessionUrl, token, deps);
	}

	async verify(): Promise<TransportResult<Identity>> {
		const session = await this.client.session();
		if (!session.ok) return session;
		const accountId = this.client.accountFor(session.value, SUBMISSION) ?? this.client.accountFor(session.value, MAIL);
		if (!accountId || !session.value.capabilities[SUBMISSION]) {
			return { ok: true, value: { email: session.value.username }, renewed: session.renewed };
		}
		const answer = await this.client.call([SUBMISSION], 'Identity/get', { accountId, properties: ['email', 'name'] });
		if (!answer.ok) return answer;
		const first = listOf(answer.value)[0];
		const email = typeof first?.email === 'string' && first.email !== '' ? first.email : session.value.username;
		const name = typeof first?.name === 'string' && first.name !== '' ? first.name : undefined;
		return { ok: true, value: { email, ...(name ? { name } : {}) }, renewed: answer.renewed || session.renewed };
	}

	async listMailboxes(): Promise<TransportResult<readonly Mailbox[]>> {
		const session = await this.client.session();
		if (!session.ok) return session;
		const accountId = this.client.accountFor(session.value, MAIL);
		if (!accountId) return noMail(session.renewed);
		const answer = await this.client.call([MAIL], 'Mailbox/get', {
			accountId,
			properties: ['id', 'name', 'role', 'totalEmails', 'unreadEmails']
		});
		if (!answer.ok) return answer;
		const mailboxes = listOf(answer.value).map((m) => ({
			id: String(m.id),
			name: typeof m.name === 'string' ? m.name : String(m.id),
			...(typeof m.role === 'string' ? { role: m.role } : {}),
			...(typeof m.totalEmails === 'number' ? { total: m.totalEmails } : {}),
			...(typeof m.unreadEmails === 'number' ? { unread: m.unreadEmails } : {})
		}));
		return { ok: true, value: sortMailboxes(mailboxes), renewed: answer.renewed || session.renewed };
	}

	/**
	 * Creates the email in Drafts and submits it; on success the server moves it to Sent.
	 * @see https://www.rfc-editor.org/rfc/rfc8621#section-7.5 (EmailSubmission/set)
	 */
	async send(message: OutgoingMessage): Promise<TransportResult<SentReceipt>> {
		const session = await this.client.session();
		if (!session.ok) return session;
		const accountId = this.client.accountFor(session.value, MAIL);
		if (!accountId || !session.value.capabilities[SUBMISSION]) {
			return {
				ok: false,
				renewed: session.renewed,
				error: { code: 'not-supported', reason: 'jmap-no-submission' }
			};
		}
		// Who sends and where drafts and sent mail go: one request.
		const [identities, mailboxes] = await Promise.all([
			this.client.call([SUBMISSION], 'Identity/get', { accountId }),
			this.client.call([MAIL], 'Mailbox/get', { accountId, properties: ['id', 'role'] })
		]);
		if (!identities.ok) return identities;
		if (!mailboxes.ok) return mailboxes;
		const identity = listOf(identities.value)[0];
		const boxes = listOf(mailboxes.value);
		const drafts = boxes.find((m) => m.role === 'drafts')?.id;
		const sent = boxes.find((m) => m.role === 'sent')?.id;
		if (!identity || typeof identity.id !== 'string' || typeof drafts !== 'string') {
			return {
				ok: false,
				renewed: identities.renewed,
				error: { code: 'configuration', reason: !identity ? 'jmap-no-identity' : 'jmap-no-drafts' }
			};
		}
		const onSuccess: Record<string, unknown> = { [`mailboxIds/${drafts}`]: null, 'keywords/$draft': null };
		if (typeof sent === 'string') onSuccess[`mailboxIds/${sent}`] = true;
		const calls: Invocation[] = [
			[
				'Email/set',
				{
					accountId,
					create: {
						draft: {
							mailboxIds: { [drafts]: true },
							keywords: { $draft: true, $seen: true },
							from: [{ email: identity.email, ...(identity.name ? { name: identity.name } : {}) }],
							to: message.to.map((email) => ({ email })),
							subject: message.subject,
							bodyValues: { body: { value: message.body } },
							textBody: [{ partId: 'body', type: 'text/plain' }]
						}
					}
				},
				'c0'
			],
			[
				'EmailSubmission/set',
				{
					accountId,
					create: { send: { emailId: '#draft', identityId: identity.id } },
					onSuccessUpdateEmail: { '#send': onSuccess }
				},
				'c1'
			]
		];
		const answer = await this.client.request([MAIL, SUBMISSION], calls);
		if (!answer.ok) return answer;
		const renewed = answer.renewed || identities.renewed;
		for (const [id, key, unanswered, refused] of [
			['c0', 'draft', 'jmap-no-answer-create', 'jmap-create-refused'],
			['c1', 'send', 'jmap-no-answer-send', 'jmap-send-refused']
		] as const) {
			const response = answer.value.get(id);
			if (!response) return { ok: false, renewed, error: { code: 'bad-response', reason: unanswered } };
			const checked = methodResult(response, renewed);
			if (!checked.ok) return checked;
			const failure = setError(response[1], key, refused);
			if (failure) return { ok: false, renewed, error: failure };
		}
		const created = answer.value.get('c1')?.[1].created;
		const id =
			isObject(created) && isObject(created.send) && typeof created.send.id === 'string' ? created.send.id : undefined;
		return { ok: true, value: id ? { id } : {}, renewed };
	}
}

function listOf(response: Invocation): Record<string, unknown>[] {
	const list = response[1].list;
	return Array.isArray(list) ? (list.filter(isObject) as Record<string, unknown>[]) : [];
}

/** A SetError for our create, with its type (`forbiddenFrom`, `invalidEmail`, `tooManyRecipients`, …). */
function setError(
	args: Record<string, unknown>,
	key: string,
	reason: 'jmap-create-refused' | 'jmap-send-refused'
): TransportError | undefined {
	const notCreated = args.notCreated;
	if (!isObject(notCreated) || !isObject(notCreated[key])) return undefined;
	const error = notCreated[key] as Record<string, unknown>;
	const type = typeof error.type === 'string' ? error.type : 'unknown';
	const description = typeof error.description === 'string' ? error.description : undefined;
	return { code: 'refused', reason, type, ...(description !== undefined ? { params: { description } } : {}) };
}

function noMail(renewed: boolean): JmapResult<never> {
	return {
		ok: false,
		renewed,
		error: { code: 'not-supported', reason: 'jmap-no-mail' }
	};
}
