import { afterEach, describe, expect, it } from 'vitest';
import { ASSUMED_LIFETIME_MS } from '$lib/auth/keeper';
import { CUSTOM_CONNECTION, json, scriptedFetch } from '$lib/auth/testing/fakes';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';
import { portalAccounts, portalToken } from './portal';
import { account, connection, dropStorages, signedIn, testContext } from './testing';

afterEach(dropStorages);

const SERVERS = {
	imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: '' },
	smtp: { host: 'smtp.example.com', port: 465, security: 'ssl', username: 'relay' }
} as const;

async function portalAccount(storage: Storage, settings: Record<string, unknown> = CUSTOM_CONNECTION) {
	const connectionId = await connection(storage, settings);
	return account(storage, { connectionId, email: 'ada@example.com', name: 'Ada', servers: SERVERS });
}

const renewed = (n: number, extra: Record<string, unknown> = {}) =>
	json({ access_token: `at-${n}`, token_type: 'Bearer', ...extra });

describe('portalToken', () => {
	it('answers the token, its expiry, scopes, the end of the sign-in and the servers with their user names', async () => {
		const { ctx, storage, clock } = testContext();
		const id = await portalAccount(storage);
		const signInExpiresAt = clock.now() + 86_400_000;
		await signedIn(storage, id, { now: clock.now(), lifetimeMs: 600_000, scopes: ['mail'], signInExpiresAt });
		expect(await portalToken(ctx, id)).toEqual({
			ok: true,
			value: {
				email: 'ada@example.com',
				reply: {
					accessToken: 'at-1',
					tokenType: 'Bearer',
					expiresAt: clock.now() + 600_000,
					scopes: ['mail'],
					signInExpiresAt,
					servers: { imap: { ...SERVERS.imap, username: 'ada@example.com' }, smtp: SERVERS.smtp }
				}
			}
		});
	});

	it('always sets expiresAt: a token the provider gave no expires_in lives the assumed hour from its issue', async () => {
		const { ctx, storage, clock } = testContext();
		const id = await portalAccount(storage);
		const issuedAt = clock.now();
		await signedIn(storage, id, { now: issuedAt, lifetimeMs: null });
		clock.advance(30 * 60_000);
		const answer = await portalToken(ctx, id);
		expect(answer).toMatchObject({
			ok: true,
			value: { reply: { accessToken: 'at-1', expiresAt: issuedAt + ASSUMED_LIFETIME_MS } }
		});
		expect(answer.ok && 'signInExpiresAt' in answer.value.reply).toBe(false);
	});

	it('renews such a token near the end of its assumed lifetime, and counts the new one’s from now', async () => {
		const http = scriptedFetch([renewed(2)]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const id = await portalAccount(storage);
		await signedIn(storage, id, { now: clock.now(), lifetimeMs: null });
		clock.advance(ASSUMED_LIFETIME_MS - 30_000);
		const answer = await portalToken(ctx, id);
		expect(answer).toMatchObject({
			ok: true,
			value: { reply: { accessToken: 'at-2', expiresAt: clock.now() + ASSUMED_LIFETIME_MS } }
		});
		expect(http.calls.map((c) => [c.url, c.body.get('refresh_token')])).toEqual([
			[CUSTOM_CONNECTION.tokenEndpoint, 'rt-1']
		]);
	});

	it('asks for a sign-in when such a token cannot be renewed (no refresh token)', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const id = await portalAccount(storage);
		await signedIn(storage, id, { now: clock.now(), lifetimeMs: null, refreshToken: null });
		clock.advance(ASSUMED_LIFETIME_MS - 30_000);
		const answer = await portalToken(ctx, id);
		expect(answer).toEqual({
			ok: false,
			error: { code: 'sign-in-required', problem: { code: 'no-expiry-no-refresh', params: { minutes: 60 } } }
		});
		if (!answer.ok) expect(problemText(answer.error.problem)).not.toMatch(/^Something went wrong/);
		expect(http.calls).toEqual([]);
	});

	it('answers unknown-account for an account removed meanwhile', async () => {
		const { ctx } = testContext();
		expect(await portalToken(ctx, 'gone')).toEqual({
			ok: false,
			error: { code: 'unknown-account', problem: { code: 'account-removed' } }
		});
	});

	it('answers sign-in-required for an account not signed in, one that must sign in again, and one without the scopes', async () => {
		const { ctx, storage, clock } = testContext();
		const id = await portalAccount(storage);
		expect(await portalToken(ctx, id)).toEqual({
			ok: false,
			error: { code: 'sign-in-required', problem: { code: 'not-signed-in' } }
		});

		await signedIn(storage, id, {
			now: clock.now(),
			state: 'sign-in-required',
			problem: { code: 'invalid-grant', at: clock.now() }
		});
		expect(await portalToken(ctx, id)).toMatchObject({
			ok: false,
			error: { code: 'sign-in-required', problem: { code: 'invalid-grant' } }
		});

		const google = await connection(storage, { name: 'Google', provider: 'google', clientId: 'g' });
		const bob = await account(storage, { connectionId: google, email: 'bob@example.com', transport: 'host' });
		await signedIn(storage, bob, { now: clock.now(), scopes: ['openid', 'email'] });
		expect(await portalToken(ctx, bob)).toMatchObject({
			ok: false,
			error: { code: 'sign-in-required', problem: { code: 'scopes-missing' } }
		});
	});

	it('answers offline when the token must be renewed and the browser is offline', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch, online: () => false });
		const id = await portalAccount(storage);
		await signedIn(storage, id, { now: clock.now(), lifetimeMs: 60_000 });
		clock.advance(61_000);
		expect(await portalToken(ctx, id)).toEqual({
			ok: false,
			error: { code: 'offline', problem: { code: 'offline' } }
		});
		expect(http.calls).toEqual([]);
	});

	it('answers provider-error for what the portal cannot fix by a sign-in', async () => {
		const http = scriptedFetch([json({ error: 'invalid_client' }, 401), new Response('down', { status: 503 })]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		// The provider refuses the client: a configuration error.
		const id = await portalAccount(storage);
		await signedIn(storage, id, { now: clock.now(), lifetimeMs: 60_000 });
		clock.advance(61_000);
		expect(await portalToken(ctx, id)).toMatchObject({ ok: false, error: { code: 'provider-error' } });
		expect(await storage.grants.get(id)).toMatchObject({ state: 'configuration-error' });

		// The provider is down: retrying.
		const c2 = await connection(storage, { ...CUSTOM_CONNECTION, name: 'Second' });
		const bob = await account(storage, { connectionId: c2, email: 'bob@example.com' });
		await signedIn(storage, bob, { now: clock.now(), lifetimeMs: 60_000 });
		clock.advance(61_000);
		expect(await portalToken(ctx, bob)).toMatchObject({ ok: false, error: { code: 'provider-error' } });
		expect(await storage.grants.get(bob)).toMatchObject({ state: 'retrying' });

		// Google restricts IMAP to accounts whose transport is the portal.
		const google = await connection(storage, { name: 'Google', provider: 'google', clientId: 'g' });
		const carol = await account(storage, { connectionId: google, email: 'carol@example.com' });
		expect(await portalToken(ctx, carol)).toEqual({
			ok: false,
			error: { code: 'provider-error', problem: { code: 'restricted-scope', params: { provider: 'Google' } } }
		});
		expect(http.calls).toHaveLength(2);
	});
});

describe('portalAccounts', () => {
	it('lists every account with the status word every tab shows, and when its sign-in ends', async () => {
		const { ctx, storage, clock } = testContext();
		const c = await connection(storage, CUSTOM_CONNECTION);
		const none = await account(storage, { connectionId: c, email: 'none@example.com' });
		const ok = await account(storage, { connectionId: c, email: 'ok@example.com' });
		const again = await account(storage, { connectionId: c, email: 'again@example.com' });
		const retry = await account(storage, { connectionId: c, email: 'retry@example.com' });
		const signInExpiresAt = clock.now() + 86_400_000;
		await signedIn(storage, ok, { now: clock.now(), signInExpiresAt });
		await signedIn(storage, again, { now: clock.now(), state: 'sign-in-required' });
		await signedIn(storage, retry, { now: clock.now(), state: 'retrying' });
		const byEmail = (list: Awaited<ReturnType<typeof portalAccounts>>) =>
			Object.fromEntries(list.map((a) => [a.email, a]));

		const listed = byEmail(await portalAccounts(ctx));
		expect(listed).toEqual({
			'none@example.com': { id: none, email: 'none@example.com', status: 'Not signed in' },
			'ok@example.com': { id: ok, email: 'ok@example.com', status: 'Connected', signInExpiresAt },
			'again@example.com': { id: again, email: 'again@example.com', status: 'Sign-in required' },
			'retry@example.com': { id: retry, email: 'retry@example.com', status: 'Retrying' }
		});

		// Offline wins over what the network could change; a sign-in still says so.
		const offline = byEmail(await portalAccounts({ ...ctx, online: () => false }));
		expect(Object.fromEntries(Object.values(offline).map((a) => [a.email, a.status]))).toEqual({
			'none@example.com': 'Not signed in',
			'ok@example.com': 'Offline',
			'again@example.com': 'Sign-in required',
			'retry@example.com': 'Offline'
		});
	});
});
