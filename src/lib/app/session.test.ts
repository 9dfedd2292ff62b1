import { afterEach, describe, expect, it } from 'vitest';
import { ASSUMED_LIFETIME_MS } from '$lib/auth/keeper';
import { CUSTOM_CONNECTION, json, scriptedFetch } from '$lib/auth/testing/fakes';
import type { Storage } from '$lib/storage';
import { accountSession } from './session';
import { account, connection, dropStorages, signedIn, testContext } from './testing';

afterEach(dropStorages);

const GOOGLE = { name: 'Google', provider: 'google', clientId: 'g-client' };
const MICROSOFT = { name: 'Microsoft', provider: 'microsoft', clientId: 'm-client' };
const GRAPH = ['User.Read', 'Mail.ReadBasic', 'Mail.Send'].map((s) => `https://graph.microsoft.com/${s}`);
const OUTLOOK = ['IMAP.AccessAsUser.All', 'SMTP.Send'].map((s) => `https://outlook.office.com/${s}`);

async function on(storage: Storage, settings: Record<string, unknown>, accountSettings: Record<string, unknown> = {}) {
	const connectionId = await connection(storage, settings);
	const accountId = await account(storage, { connectionId, email: 'ada@example.com', name: 'Ada', ...accountSettings });
	return { connectionId, accountId };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
	if (!result.ok) throw new Error(`expected a session, got ${JSON.stringify(result.error)}`);
	return result.value;
}

describe('accountSession for mail', () => {
	it('is the account’s own transport, resource and servers, with the token function bound to them', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { accountId } = await on(storage, MICROSOFT);
		await signedIn(storage, accountId, { now: clock.now(), scopes: GRAPH });
		const session = value(await accountSession(ctx, accountId, 'mail'));
		expect(session.account.email).toBe('ada@example.com');
		expect(session.connection.provider).toBe('microsoft');
		expect(session.grant?.accountId).toBe(accountId);
		expect(session.transport).toBe('graph');
		// Microsoft: a renewal names its resource by the scopes.
		expect(session.resource).toEqual({ key: '', scopes: [...GRAPH, 'offline_access'] });
		expect(session.graphRoot).toBe('https://graph.microsoft.com');
		// The provider's servers, as they are (user names only for portals).
		expect(session.servers.imap).toEqual({
			host: 'outlook.office365.com',
			port: 993,
			security: 'ssl',
			username: ''
		});
		expect(await session.token()).toMatchObject({ ok: true, value: { accessToken: 'at-1', refreshed: false } });
		expect(http.calls).toEqual([]);
	});

	it('answers Microsoft Graph on the connection’s national cloud', async () => {
		const { ctx, storage } = testContext();
		const { accountId } = await on(storage, { ...MICROSOFT, cloud: 'usgov' });
		const session = value(await accountSession(ctx, accountId, 'mail'));
		expect(session.graphRoot).toBe('https://graph.microsoft.us');
		expect(session.transport).toBe('graph');
	});

	it('has no Graph root for another provider, and passes force and the refused token on to the keeper', async () => {
		const http = scriptedFetch([json({ access_token: 'at-2', token_type: 'Bearer', expires_in: 3600 })]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { accountId } = await on(storage, CUSTOM_CONNECTION);
		await signedIn(storage, accountId, { now: clock.now() });
		const session = value(await accountSession(ctx, accountId, 'mail'));
		expect(session.graphRoot).toBeUndefined();
		expect(session.transport).toBe('host');
		expect(session.resource).toEqual({ key: '' });
		expect(await session.token({ force: true, rejected: 'at-1' })).toMatchObject({
			ok: true,
			value: { accessToken: 'at-2', refreshed: true }
		});
		expect(http.calls.map((c) => [c.url, c.body.get('grant_type'), c.body.get('refresh_token')])).toEqual([
			[CUSTOM_CONNECTION.tokenEndpoint, 'refresh_token', 'rt-1']
		]);
	});

	it('hands out a token without an expiry as it is (mail needs none)', async () => {
		const { ctx, storage, clock } = testContext();
		const { accountId } = await on(storage, CUSTOM_CONNECTION);
		await signedIn(storage, accountId, { now: clock.now(), lifetimeMs: null });
		const answer = await value(await accountSession(ctx, accountId, 'mail')).token();
		expect(answer.ok && answer.value.accessToken).toBe('at-1');
		expect(answer.ok && answer.value.expiresAt).toBeUndefined();
	});
});

describe('accountSession for a portal', () => {
	it('refuses Google accounts whose transport is not the portal: the IMAP scope is restricted', async () => {
		const { ctx, storage } = testContext();
		const { accountId } = await on(storage, GOOGLE);
		expect(await accountSession(ctx, accountId, 'portal')).toEqual({
			ok: false,
			error: { code: 'restricted-scope', params: { provider: 'Google' } }
		});
		const own = await on(storage, { ...GOOGLE, name: 'Google 2' }, { email: 'bob@example.com', transport: 'gmail' });
		expect(await accountSession(ctx, own.accountId, 'portal')).toMatchObject({
			ok: false,
			error: { code: 'restricted-scope' }
		});
	});

	it('gives a Google account whose transport is the portal its main token, once it carries the scope', async () => {
		const { ctx, storage, clock } = testContext();
		const { accountId } = await on(storage, GOOGLE, { transport: 'host' });
		await signedIn(storage, accountId, { now: clock.now(), scopes: ['openid', 'email'] });
		expect(await accountSession(ctx, accountId, 'portal')).toEqual({
			ok: false,
			error: { code: 'scopes-missing', params: { provider: 'Google', missing: 'https://mail.google.com/' } }
		});
		await signedIn(storage, accountId, { now: clock.now(), scopes: ['openid', 'email', 'https://mail.google.com/'] });
		const session = value(await accountSession(ctx, accountId, 'portal'));
		expect(session.transport).toBe('host');
		expect(session.resource).toEqual({ key: '' });
		// Google's servers, each with the account's address as user name (XOAUTH2).
		expect(session.servers).toEqual({
			imap: { host: 'imap.gmail.com', port: 993, security: 'ssl', username: 'ada@example.com' },
			smtp: { host: 'smtp.gmail.com', port: 465, security: 'ssl', username: 'ada@example.com' }
		});
	});

	it('refuses a Microsoft national cloud: IMAP and SMTP are not offered there', async () => {
		const { ctx, storage } = testContext();
		const { accountId } = await on(storage, { ...MICROSOFT, cloud: 'china' });
		expect(await accountSession(ctx, accountId, 'portal')).toEqual({
			ok: false,
			error: { code: 'not-offered', params: { provider: 'Microsoft' } }
		});
		// Its own mail still works.
		expect((await accountSession(ctx, accountId, 'mail')).ok).toBe(true);
	});

	it('mints Outlook’s own token for a Microsoft account that uses Graph, with an expiry even where none was given', async () => {
		const http = scriptedFetch([json({ access_token: 'outlook-1', token_type: 'Bearer', scope: OUTLOOK.join(' ') })]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { accountId } = await on(storage, MICROSOFT);
		await signedIn(storage, accountId, { now: clock.now(), scopes: GRAPH });
		const session = value(await accountSession(ctx, accountId, 'portal'));
		expect(session.transport).toBe('host');
		expect(session.resource).toEqual({ key: 'https://outlook.office.com', scopes: [...OUTLOOK, 'offline_access'] });
		expect(session.servers.smtp).toEqual({
			host: 'smtp.office365.com',
			port: 587,
			security: 'starttls',
			username: 'ada@example.com'
		});
		const answer = await session.token();
		expect(answer).toMatchObject({
			ok: true,
			value: { accessToken: 'outlook-1', expiresAt: clock.now() + ASSUMED_LIFETIME_MS }
		});
		expect(http.calls[0]?.body.get('scope')).toBe([...OUTLOOK, 'offline_access'].join(' '));
	});

	it('names the account’s address as user name where its servers name none, and keeps one that is set', async () => {
		const { ctx, storage } = testContext();
		const servers = {
			imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: '' },
			smtp: { host: 'smtp.example.com', port: 587, security: 'starttls', username: 'relay' }
		};
		const { accountId } = await on(storage, CUSTOM_CONNECTION, { servers });
		const portal = value(await accountSession(ctx, accountId, 'portal'));
		expect(portal.servers).toEqual({
			imap: { ...servers.imap, username: 'ada@example.com' },
			smtp: servers.smtp
		});
		// The account's own settings are not changed, nor what other uses see.
		expect(value(await accountSession(ctx, accountId, 'mail')).servers).toEqual(servers);
		expect((await storage.accounts.get(accountId))?.servers?.imap?.username).toBe('');
	});

	it('asks the keeper for a token with an expiry (needExpiry): assumed from its issue where the provider gave none', async () => {
		const { ctx, storage, clock } = testContext();
		const { accountId } = await on(storage, CUSTOM_CONNECTION);
		const issuedAt = clock.now();
		await signedIn(storage, accountId, { now: issuedAt, lifetimeMs: null });
		clock.advance(10_000);
		const answer = await value(await accountSession(ctx, accountId, 'portal')).token();
		expect(answer).toMatchObject({
			ok: true,
			value: { accessToken: 'at-1', expiresAt: issuedAt + ASSUMED_LIFETIME_MS }
		});
	});
});

describe('accountSession for a sign-in', () => {
	it('is the account’s own transport and resource, whatever a portal could have', async () => {
		const { ctx, storage } = testContext();
		const { accountId } = await on(storage, GOOGLE);
		const session = value(await accountSession(ctx, accountId, 'sign-in'));
		expect(session.transport).toBe('gmail');
		expect(session.resource).toEqual({ key: '' });
		expect(session.grant).toBeUndefined();
		expect(session.servers.imap?.username).toBe('');
		expect(await session.token()).toMatchObject({ ok: false, error: { status: 'not-signed-in' } });
	});
});

describe('accountSession when things went away', () => {
	it('says the account was removed', async () => {
		const { ctx } = testContext();
		expect(await accountSession(ctx, 'nobody', 'mail')).toEqual({ ok: false, error: { code: 'account-removed' } });
	});

	it('says the connection was removed', async () => {
		const { ctx, storage } = testContext();
		const { accountId, connectionId } = await on(storage, CUSTOM_CONNECTION);
		await storage.db.connections.delete(connectionId);
		for (const purpose of ['mail', 'portal', 'sign-in'] as const) {
			expect(await accountSession(ctx, accountId, purpose)).toEqual({
				ok: false,
				error: { code: 'connection-removed' }
			});
		}
	});
});
