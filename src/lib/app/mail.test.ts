import { afterEach, describe, expect, it } from 'vitest';
import type { Fetch } from '$lib/auth';
import { CUSTOM_CONNECTION } from '$lib/auth/testing/fakes';
import { GMAIL_API, USERINFO } from '$lib/transports/gmail/transport';
import { jmapSession } from '$lib/transports/testing';
import { sendMessage, testConnection, transportFor } from './mail';
import { account, connection, dropStorages, signedIn, testContext } from './testing';

afterEach(dropStorages);

interface Seen {
	readonly method: string;
	readonly url: string;
	readonly authorization: string | null;
	readonly body: string | undefined;
}

/** A server that answers by `METHOD url`, recording every request (the token endpoint's too). */
function server(routes: Record<string, Array<(seen: Seen) => Response>>) {
	const calls: Seen[] = [];
	const fetch: Fetch = async (input, init) => {
		const seen: Seen = {
			method: init?.method ?? 'GET',
			url: String(input),
			authorization: new Headers(init?.headers).get('authorization'),
			body: typeof init?.body === 'string' ? init.body : init?.body ? String(init.body) : undefined
		};
		calls.push(seen);
		const answers = routes[`${seen.method} ${seen.url}`];
		// The last answer of a route repeats.
		const answer = answers && answers.length > 1 ? answers.shift() : answers?.[0];
		if (!answer) throw new Error(`unexpected ${seen.method} ${seen.url}`);
		return answer(seen);
	};
	return { fetch, calls };
}

const reply = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const SESSION_URL = 'https://mail.example.com/jmap/session';
const API_URL = 'https://mail.example.com/jmap/';

const session = () => reply(jmapSession());

/** A JMAP API that answers Identity/get and Mailbox/get, in one request or apart. */
const api = (seen: Seen) => {
	const body = JSON.parse(seen.body!) as { methodCalls: [string, unknown, string][] };
	return reply({
		sessionState: 's1',
		methodResponses: body.methodCalls.map(([name, , id]) =>
			name === 'Identity/get'
				? ['Identity/get', { accountId: 'A1', list: [{ id: 'i1', email: 'ada@example.com', name: 'Ada' }] }, id]
				: [
						'Mailbox/get',
						{
							accountId: 'A1',
							state: 'm',
							list: [
								{ id: 'm2', name: 'Sent', role: 'sent', totalEmails: 1, unreadEmails: 0 },
								{ id: 'm1', name: 'INBOX', role: 'inbox', totalEmails: 3, unreadEmails: 2 }
							]
						},
						id
					]
		)
	});
};

/** Ada on a custom OAuth2 connection, using JMAP at `sessionUrl`, signed in (at-1, rt-1). */
async function jmapAccount(fetch: Fetch, sessionUrl = SESSION_URL) {
	const { ctx, storage, clock } = testContext({ fetch });
	const connectionId = await connection(storage, CUSTOM_CONNECTION);
	const accountId = await account(storage, {
		connectionId,
		email: 'ada@example.com',
		name: 'Ada',
		transport: 'jmap',
		servers: { jmap: { sessionUrl } }
	});
	await signedIn(storage, accountId, { now: clock.now() });
	return { ctx, storage, clock, connectionId, accountId };
}

/** The transport made, or the test fails. */
async function made(result: ReturnType<typeof transportFor>) {
	const t = await result;
	if (!t.ok) throw new Error(`no transport: ${JSON.stringify(t.error)}`);
	return t.transport;
}

describe('transportFor', () => {
	it('keeps one transport per account while nothing that shapes it changes; a changed server makes a new one', async () => {
		const { fetch } = server({});
		const { ctx, storage, connectionId, accountId } = await jmapAccount(fetch);
		const first = await made(transportFor(ctx, accountId));
		expect(first.kind).toBe('jmap');
		expect(await made(transportFor(ctx, accountId))).toBe(first);

		await storage.accounts.save({
			id: accountId,
			name: 'Ada',
			email: 'ada@example.com',
			connectionId,
			transport: 'jmap',
			servers: { jmap: { sessionUrl: 'https://other.example.com/jmap/session' } }
		});
		const moved = await made(transportFor(ctx, accountId));
		expect(moved.kind).toBe('jmap');
		expect(moved).not.toBe(first);
		// And that one is kept in turn.
		expect(await made(transportFor(ctx, accountId))).toBe(moved);
	});

	it('keeps transports per context', async () => {
		const { fetch } = server({});
		const { ctx, accountId } = await jmapAccount(fetch);
		const one = await made(transportFor(ctx, accountId));
		expect(await made(transportFor({ ...ctx }, accountId))).not.toBe(one);
		expect(await made(transportFor(ctx, accountId))).toBe(one);
	});

	it('says what is missing in the configuration instead of making a transport', async () => {
		const { ctx, storage } = testContext();
		const connectionId = await connection(storage, CUSTOM_CONNECTION);
		const accountId = await account(storage, { connectionId, email: 'ada@example.com', transport: 'jmap' });
		expect(await transportFor(ctx, accountId)).toEqual({
			ok: false,
			kind: 'jmap',
			error: { code: 'configuration', reason: 'jmap-session-url-missing' }
		});
	});

	it('says account-missing for an account that is gone', async () => {
		const { fetch, calls } = server({});
		const { ctx } = testContext({ fetch });
		const error = { code: 'configuration', reason: 'account-missing' };
		expect(await transportFor(ctx, 'gone')).toEqual({ ok: false, kind: 'host', error });
		expect(await testConnection(ctx, 'gone')).toEqual({ transport: 'host', error, renewed: false });
		expect(await sendMessage(ctx, 'gone', { to: ['bob@example.com'], subject: 'Hi', body: 'Hello' })).toEqual({
			ok: false,
			error,
			renewed: false
		});
		expect(calls).toEqual([]);
	});
});

describe('testConnection', () => {
	it('asks a JMAP server who the account is and for its mailboxes in one request, with the account’s token', async () => {
		const { fetch, calls } = server({ [`GET ${SESSION_URL}`]: [session], [`POST ${API_URL}`]: [api] });
		const { ctx, accountId } = await jmapAccount(fetch);
		expect(await testConnection(ctx, accountId)).toEqual({
			transport: 'jmap',
			identity: { email: 'ada@example.com', name: 'Ada' },
			mailboxes: [
				{ id: 'm1', name: 'INBOX', role: 'inbox', total: 3, unread: 2 },
				{ id: 'm2', name: 'Sent', role: 'sent', total: 1, unread: 0 }
			],
			renewed: false
		});
		expect(calls.map((c) => [c.method, c.url, c.authorization])).toEqual([
			['GET', SESSION_URL, 'Bearer at-1'],
			['POST', API_URL, 'Bearer at-1']
		]);
		const body = JSON.parse(calls[1]!.body!) as { methodCalls: [string][] };
		expect(body.methodCalls.map(([name]) => name).sort()).toEqual(['Identity/get', 'Mailbox/get']);
	});

	it('renews the token once when the server refuses it, through the account’s one token function', async () => {
		const { fetch, calls } = server({
			[`GET ${SESSION_URL}`]: [() => reply({}, 401), session],
			[`POST ${CUSTOM_CONNECTION.tokenEndpoint}`]: [
				() => reply({ access_token: 'at-2', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-2' })
			],
			[`POST ${API_URL}`]: [api]
		});
		const { ctx, storage, accountId } = await jmapAccount(fetch);
		const check = await testConnection(ctx, accountId);
		expect(check).toMatchObject({ transport: 'jmap', identity: { email: 'ada@example.com' }, renewed: true });
		expect(calls.map((c) => [c.method, c.url, c.authorization])).toEqual([
			['GET', SESSION_URL, 'Bearer at-1'],
			['POST', CUSTOM_CONNECTION.tokenEndpoint, null],
			['GET', SESSION_URL, 'Bearer at-2'],
			['POST', API_URL, 'Bearer at-2']
		]);
		expect(new URLSearchParams(calls[1]!.body).get('refresh_token')).toBe('rt-1');
		expect((await storage.grants.secrets(accountId)).refreshToken).toBe('rt-2');
	});

	it('says why there is no token for an account that is not signed in', async () => {
		const { fetch, calls } = server({});
		const { ctx, storage } = testContext({ fetch });
		const connectionId = await connection(storage, CUSTOM_CONNECTION);
		const accountId = await account(storage, {
			connectionId,
			email: 'ada@example.com',
			transport: 'jmap',
			servers: { jmap: { sessionUrl: SESSION_URL } }
		});
		expect(await testConnection(ctx, accountId)).toEqual({
			transport: 'jmap',
			error: { code: 'not-signed-in', reason: 'token-unavailable', cause: { code: 'not-signed-in' } },
			renewed: false
		});
		expect(calls).toEqual([]);
	});

	it('checks only that a token can be had for a portal’s account (host)', async () => {
		const { fetch, calls } = server({});
		const { ctx, storage, clock } = testContext({ fetch });
		const connectionId = await connection(storage, CUSTOM_CONNECTION);
		const accountId = await account(storage, { connectionId, email: 'ada@example.com', name: 'Ada' });
		await signedIn(storage, accountId, { now: clock.now() });
		expect(await testConnection(ctx, accountId)).toEqual({
			transport: 'host',
			identity: { email: 'ada@example.com', name: 'Ada' },
			renewed: false
		});
		expect(calls).toEqual([]);
	});
});

describe('sendMessage', () => {
	it('sends through the Gmail API with the account’s token; the kept transport remembers the address', async () => {
		const { fetch, calls } = server({
			[`GET ${USERINFO}`]: [() => reply({ sub: '1', email: 'ada@example.com', name: 'Ada' })],
			[`POST ${GMAIL_API}/messages/send`]: [() => reply({ id: 'M1', threadId: 'T1', labelIds: ['SENT'] })]
		});
		const { ctx, storage, clock } = testContext({ fetch });
		const connectionId = await connection(storage, { name: 'Google', provider: 'google', clientId: 'g' });
		const accountId = await account(storage, { connectionId, email: 'ada@example.com', name: 'Ada' });
		await signedIn(storage, accountId, { now: clock.now() });
		const message = { to: ['bob@example.com'], subject: 'Test', body: 'Hello' };
		expect(await sendMessage(ctx, accountId, message)).toEqual({ ok: true, value: { id: 'M1' }, renewed: false });
		expect(await sendMessage(ctx, accountId, message)).toEqual({ ok: true, value: { id: 'M1' }, renewed: false });
		expect(calls.map((c) => [c.method, c.url, c.authorization])).toEqual([
			['GET', USERINFO, 'Bearer at-1'],
			['POST', `${GMAIL_API}/messages/send`, 'Bearer at-1'],
			['POST', `${GMAIL_API}/messages/send`, 'Bearer at-1']
		]);
		const raw = (JSON.parse(calls[1]!.body!) as { raw: string }).raw;
		const text = Buffer.from(raw, 'base64url').toString('utf8');
		expect(text).toContain('From: ada@example.com');
		expect(text).toContain('To: bob@example.com');
	});
});
