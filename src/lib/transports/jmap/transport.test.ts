import { describe, expect, it } from 'vitest';
import { transportText } from '$lib/messages/transports';
import { fakeServer, jmapSession, respond, tokens } from '../testing';
import { JmapTransport } from './transport';

const SESSION_URL = 'https://mail.example.com/jmap/session';

const MAILBOXES = [
	{ id: 'm2', name: 'Sent', role: 'sent', totalEmails: 1, unreadEmails: 0 },
	{ id: 'm9', name: 'Projects', role: null, totalEmails: 4, unreadEmails: 2 },
	{ id: 'm1', name: 'INBOX', role: 'inbox', totalEmails: 3, unreadEmails: 3 },
	{ id: 'm3', name: 'Drafts', role: 'drafts', totalEmails: 0, unreadEmails: 0 }
];

type Body = { using: string[]; methodCalls: [string, Record<string, unknown>, string][] };

function api(answer: (body: Body) => unknown, sessionState = 's1') {
	return (body: Body) => respond({ body: { methodResponses: answer(body), sessionState } });
}

function server(handle: (body: Body) => Response) {
	let last: Body | undefined;
	const fake = fakeServer([
		[(u) => u === SESSION_URL, () => respond({ body: jmapSession() })],
		[(u, m) => u === 'https://mail.example.com/jmap/' && m === 'POST', () => handle(last!)]
	]);
	return {
		calls: fake.calls,
		fetch: async (input: string | URL | Request, init?: RequestInit) => {
			if (init?.body) last = JSON.parse(String(init.body)) as Body;
			return fake.fetch(input, init);
		}
	};
}

describe('JmapTransport', () => {
	it('resolves the relative apiUrl against the session and batches verify + listMailboxes in one request', async () => {
		const { fetch, calls } = server(
			api((body) =>
				body.methodCalls.map(([name, , id]) =>
					name === 'Identity/get'
						? ['Identity/get', { accountId: 'A1', list: [{ id: 'i1', email: 'ada@example.com', name: 'Ada' }] }, id]
						: ['Mailbox/get', { accountId: 'A1', list: MAILBOXES, state: 'x' }, id]
				)
			)
		);
		const t = new JmapTransport(SESSION_URL, tokens().source, { fetch });
		const [identity, mailboxes] = await Promise.all([t.verify(), t.listMailboxes()]);
		expect(identity).toEqual({ ok: true, value: { email: 'ada@example.com', name: 'Ada' }, renewed: false });
		expect(mailboxes.ok && mailboxes.value.map((m) => [m.name, m.role, m.total, m.unread])).toEqual([
			['INBOX', 'inbox', 3, 3],
			['Drafts', 'drafts', 0, 0],
			['Sent', 'sent', 1, 0],
			['Projects', undefined, 4, 2]
		]);
		expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
			`GET ${SESSION_URL}`,
			'POST https://mail.example.com/jmap/'
		]);
		const body = calls[1]!.body as Body;
		expect(body.using).toEqual(
			expect.arrayContaining([
				'urn:ietf:params:jmap:core',
				'urn:ietf:params:jmap:mail',
				'urn:ietf:params:jmap:submission'
			])
		);
		expect(body.methodCalls.map((c) => c[0])).toEqual(['Identity/get', 'Mailbox/get']);
		// The session is kept: a second check is one more API request, no session request.
		await t.listMailboxes();
		expect(calls.filter((c) => c.url === SESSION_URL)).toHaveLength(1);
		expect(t.client.requests).toBe(3);
	});

	it('sends with Email/set + EmailSubmission/set, keeping the first response of a call id', async () => {
		const { fetch, calls } = server((body) => {
			const names = body.methodCalls.map((c) => c[0]);
			if (names.includes('EmailSubmission/set')) {
				return respond({
					body: {
						methodResponses: [
							[
								'Email/set',
								{ accountId: 'A1', created: { draft: { id: 'e1', blobId: 'b1', threadId: 't1', size: 100 } } },
								'c0'
							],
							['EmailSubmission/set', { accountId: 'A1', created: { send: { id: 's1' } } }, 'c1'],
							// The implicit Email/set of onSuccessUpdateEmail, same call id.
							['Email/set', { accountId: 'A1', updated: { e1: null } }, 'c1']
						],
						sessionState: 's1'
					}
				});
			}
			return api((b) =>
				b.methodCalls.map(([name, , id]) =>
					name === 'Identity/get'
						? ['Identity/get', { accountId: 'A1', list: [{ id: 'i1', email: 'ada@example.com', name: 'Ada' }] }, id]
						: ['Mailbox/get', { accountId: 'A1', list: MAILBOXES }, id]
				)
			)(body);
		});
		const result = await new JmapTransport(SESSION_URL, tokens().source, { fetch }).send({
			to: ['bob@example.com'],
			subject: 'Hello',
			body: 'Hi Bob'
		});
		expect(result).toEqual({ ok: true, value: { id: 's1' }, renewed: false });
		const sendCall = (calls.at(-1)!.body as Body).methodCalls;
		expect(sendCall[0]![1]).toMatchObject({
			create: {
				draft: {
					mailboxIds: { m3: true },
					from: [{ email: 'ada@example.com', name: 'Ada' }],
					to: [{ email: 'bob@example.com' }],
					subject: 'Hello'
				}
			}
		});
		expect(sendCall[1]![1]).toEqual({
			accountId: 'A1',
			create: { send: { emailId: '#draft', identityId: 'i1' } },
			onSuccessUpdateEmail: { '#send': { 'mailboxIds/m3': null, 'keywords/$draft': null, 'mailboxIds/m2': true } }
		});
	});

	it('surfaces SetErrors and method errors with their type', async () => {
		const { fetch } = server((body) => {
			if (body.methodCalls.some((c) => c[0] === 'EmailSubmission/set')) {
				return respond({
					body: {
						methodResponses: [
							['Email/set', { accountId: 'A1', created: { draft: { id: 'e1' } } }, 'c0'],
							[
								'EmailSubmission/set',
								{ accountId: 'A1', notCreated: { send: { type: 'forbiddenFrom', description: 'Not your address' } } },
								'c1'
							]
						]
					}
				});
			}
			return api((b) =>
				b.methodCalls.map(([name, , id]) =>
					name === 'Identity/get'
						? ['Identity/get', { list: [{ id: 'i1', email: 'x@example.com' }] }, id]
						: ['Mailbox/get', { list: MAILBOXES }, id]
				)
			)(body);
		});
		const t = new JmapTransport(SESSION_URL, tokens().source, { fetch });
		const refused = await t.send({ to: ['b@example.com'], subject: 's', body: 'b' });
		expect(refused).toEqual({
			ok: false,
			renewed: false,
			error: {
				code: 'refused',
				reason: 'jmap-send-refused',
				type: 'forbiddenFrom',
				params: { description: 'Not your address' }
			}
		});
		expect(refused.ok || transportText(refused.error)).toBe(
			'The JMAP server would not send the message (forbiddenFrom: Not your address).'
		);

		const failing = server(api((b) => b.methodCalls.map(([, , id]) => ['error', { type: 'accountNotFound' }, id])));
		const listed = await new JmapTransport(SESSION_URL, tokens().source, { fetch: failing.fetch }).listMailboxes();
		expect(listed).toEqual({
			ok: false,
			renewed: false,
			error: { code: 'refused', reason: 'jmap-method-refused', type: 'accountNotFound' }
		});
		expect(listed.ok || transportText(listed.error)).toBe('The JMAP server refused the request: accountNotFound.');
	});

	it('renews once on 401 and refuses a token for another server with the reason', async () => {
		let attempts = 0;
		const { fetch } = fakeServer([
			[
				(u) => u === SESSION_URL,
				() => {
					attempts++;
					return new Response(JSON.stringify({ error: 'invalid_token' }), {
						status: 401,
						headers: {
							'www-authenticate': 'Bearer error="invalid_token", error_description="the token is for another audience"'
						}
					});
				}
			]
		]);
		const result = await new JmapTransport(SESSION_URL, tokens().source, { fetch }).verify();
		expect(attempts).toBe(2);
		expect(result).toEqual({
			ok: false,
			renewed: true,
			error: {
				code: 'unauthorized',
				reason: 'jmap-token-refused',
				status: 401,
				type: 'invalid_token',
				params: { host: 'mail.example.com', description: 'the token is for another audience' }
			}
		});
		expect(result.ok || transportText(result.error)).toBe(
			'The JMAP server at mail.example.com refused the access token even after it was renewed (the token is for another audience). Check that the account signs in at the provider this server trusts, then press Refresh token.'
		);
	});

	it('names the missing scope on 403 insufficient_scope', async () => {
		const { fetch } = fakeServer([
			[
				() => true,
				() =>
					new Response('{}', {
						status: 403,
						headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="urn:ietf:params:jmap:mail"' }
					})
			]
		]);
		const result = await new JmapTransport(SESSION_URL, tokens().source, { fetch }).verify();
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'scope-missing', reason: 'jmap-scope-missing', scope: 'urn:ietf:params:jmap:mail' }
		});
		expect(result.ok || transportText(result.error)).toBe(
			'The JMAP server at mail.example.com needs a permission the token does not carry: urn:ietf:params:jmap:mail. Sign in again and allow it.'
		);
	});

	it('finds the session at /.well-known/jmap when given a bare origin, and follows a new session state', async () => {
		let state = 's1';
		const { fetch, calls } = fakeServer([
			[(u) => u === 'https://mail.example.com/.well-known/jmap', () => respond({ body: jmapSession(state) })],
			[
				(u) => u === 'https://mail.example.com/jmap/',
				() => respond({ body: { methodResponses: [['Mailbox/get', { list: [] }, 'c0']], sessionState: 's2' } })
			]
		]);
		const t = new JmapTransport('https://mail.example.com', tokens().source, { fetch });
		await t.listMailboxes();
		state = 's2';
		await t.listMailboxes();
		// The well-known address is looked up once, without the token (it may redirect); the token
		// goes only to the session's address, on each fetch of the session.
		const wellKnown = calls.filter((c) => c.url.endsWith('/.well-known/jmap'));
		expect(wellKnown.map((c) => c.authorization)).toEqual([undefined, 'Bearer at-1', 'Bearer at-1']);
	});
});
