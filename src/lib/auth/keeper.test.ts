import { afterEach, describe, expect, it } from 'vitest';
import type { Storage } from '$lib/storage';
import { TokenKeeper } from './keeper';
import { FakeClock, FakeLocks, json, scriptedFetch, seedGrant, testStorage } from './testing/fakes';

const TOKEN = 'https://id.example.com/token';
let storages: Storage[] = [];
afterEach(async () => {
	for (const s of storages) await s.db.delete();
	storages = [];
});

async function setup(options: { lifetimeMs?: number } = {}) {
	const clock = new FakeClock();
	const storage = testStorage(clock.now);
	storages.push(storage);
	const { accountId, connectionId } = await seedGrant(storage, { now: clock.now(), ...options });
	return { clock, storage, id: accountId, connectionId };
}

function keeper(
	storage: Storage,
	clock: FakeClock,
	fetch: ReturnType<typeof scriptedFetch>['fetch'],
	extra: { online?: () => boolean } = {}
) {
	const locks = new FakeLocks();
	return { locks, keeper: new TokenKeeper({ storage, fetch, now: clock.now, locks, random: () => 0.5, ...extra }) };
}

const rotated = (n: number, expires = 60) =>
	json({ access_token: `at-${n}`, token_type: 'Bearer', expires_in: expires, refresh_token: `rt-${n}` });

describe('TokenKeeper', () => {
	it('renews a token that names its resource by scopes (Microsoft) with those scopes, never with a refused secret', async () => {
		const { clock, storage, id, connectionId } = await setup({ lifetimeMs: 1_000 });
		// Stored before Microsoft's secrets were refused: never sent.
		const sealed = await storage.secrets.seal('old-secret', `connection:${connectionId}:clientSecret`);
		const ms = await storage.connections.save({
			id: connectionId,
			name: 'Custom',
			provider: 'microsoft',
			clientId: 'client-1'
		});
		if (!ms.ok) throw new Error('connection');
		await storage.db.connections.update(connectionId, { clientSecret: sealed });
		await storage.grants.update(id, {
			tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
			issuer: 'https://login.microsoftonline.com/common/v2.0'
		});
		const { fetch, calls } = scriptedFetch([rotated(2)]);
		const scopes = ['https://graph.microsoft.com/Mail.ReadBasic', 'offline_access'];
		clock.advance(2_000);
		const answer = await keeper(storage, clock, fetch).keeper.getAccessToken(id, { resource: { key: '', scopes } });
		expect(answer).toMatchObject({ kind: 'token', accessToken: 'at-2' });
		expect(calls[0]?.body.get('scope')).toBe(scopes.join(' '));
		expect(calls[0]?.body.has('client_secret')).toBe(false);
	});

	it('hands out the stored token while it is fresh, without a request', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([]);
		const answer = await keeper(storage, clock, fetch).keeper.getAccessToken(id);
		expect(answer).toMatchObject({ kind: 'token', accessToken: 'at-1', refreshed: false });
		expect(calls).toHaveLength(0);
	});

	it('refreshes shortly before expiry (min(60 s, 20 %) margin) and stores the rotated refresh token with the access token', async () => {
		const { clock, storage, id } = await setup({ lifetimeMs: 60_000 });
		const { fetch, calls } = scriptedFetch([rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(47_000); // 13 s left, margin is 12 s: not yet
		expect(await k.getAccessToken(id)).toMatchObject({ accessToken: 'at-1', refreshed: false });
		clock.advance(2_000); // 11 s left: due
		expect(await k.getAccessToken(id)).toMatchObject({ accessToken: 'at-2', refreshed: true });
		expect(calls.map((c) => c.body.get('refresh_token'))).toEqual(['rt-1']);
		const secrets = await storage.grants.secrets(id);
		expect(secrets.refreshToken).toBe('rt-2');
		expect(secrets.accessTokens['']?.token).toBe('at-2');
		expect(await storage.grants.get(id)).toMatchObject({
			state: 'connected',
			expiresAt: clock.now() + 60_000,
			refreshedAt: clock.now()
		});
	});

	it('two calls refused at once (401) share one renewal: the second gets the token the first obtained', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([rotated(2), rotated(3)]);
		const k = keeper(storage, clock, fetch).keeper;
		const answers = await Promise.all([
			k.getAccessToken(id, { force: true, rejected: 'at-1' }),
			k.getAccessToken(id, { force: true, rejected: 'at-1' })
		]);
		expect(calls).toHaveLength(1);
		expect(answers.map((a) => (a.kind === 'token' ? a.accessToken : a.kind))).toEqual(['at-2', 'at-2']);
		// A new token refused in turn is renewed again.
		expect(await k.getAccessToken(id, { force: true, rejected: 'at-2' })).toMatchObject({ accessToken: 'at-3' });
		expect(calls).toHaveLength(2);
	});

	it('sends one refresh for many callers at once; the others get the fresh token (lock, then re-read)', async () => {
		const { clock, storage, id } = await setup();
		let release!: () => void;
		const { fetch, calls } = scriptedFetch([() => new Promise<Response>((ok) => (release = () => ok(rotated(2))))]);
		const { keeper: k, locks } = keeper(storage, clock, fetch);
		clock.advance(59_000);
		const answers = Array.from({ length: 6 }, () => k.getAccessToken(id));
		await new Promise((ok) => setTimeout(ok, 20));
		release();
		const results = await Promise.all(answers);
		expect(calls).toHaveLength(1);
		expect(results.map((r) => (r.kind === 'token' ? r.accessToken : r.kind))).toEqual(Array(6).fill('at-2'));
		expect(locks.maxHeld).toBe(1);
	});

	it('keeps everything on a transient error, honours Retry-After, and retries only when due', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([
			new Response('busy', { status: 503, headers: { 'retry-after': '30' } }),
			rotated(2)
		]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(50_000); // due, 10 s left
		// The token has not expired yet: it still serves while renewal waits.
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'token', accessToken: 'at-1' });
		expect(await storage.grants.get(id)).toMatchObject({
			state: 'retrying',
			problem: { code: 'server-error' },
			retry: { attempt: 1, nextAt: clock.now() + 30_000 }
		});
		expect((await storage.grants.secrets(id)).refreshToken).toBe('rt-1');
		clock.advance(15_000); // expired, retry not due yet
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'retrying' });
		expect(calls).toHaveLength(1);
		clock.advance(15_000);
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'token', accessToken: 'at-2' });
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
		expect((await storage.grants.get(id))?.retry).toBeUndefined();
	});

	it('marks Sign-in required on invalid_grant, keeps the settings, and stops asking', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([json({ error: 'invalid_grant' }, 400)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'sign-in-required' });
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'sign-in-required' });
		expect(calls).toHaveLength(1);
		expect(await storage.accounts.get(id)).toMatchObject({ email: 'ada@example.com' });
	});

	it('explains an invalid_grant that follows a refresh whose answer was lost', async () => {
		const { clock, storage, id } = await setup();
		const { fetch } = scriptedFetch([new TypeError('Failed to fetch'), json({ error: 'invalid_grant' }, 400)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		expect(await k.refresh(id)).toMatchObject({ kind: 'retrying' });
		clock.advance(60_000);
		expect(await k.refresh(id)).toMatchObject({
			kind: 'sign-in-required',
			message: expect.stringContaining('answer was lost')
		});
		expect(await storage.grants.get(id)).toMatchObject({ problem: { code: 'lost-response' } });
	});

	it('never sends a refresh token to another endpoint or client than it came from', async () => {
		const { clock, storage, id, connectionId } = await setup();
		const { fetch, calls } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch).keeper;
		const moved = await storage.connections.save({
			id: connectionId,
			name: 'Custom',
			provider: 'oauth2',
			clientId: 'client-1',
			authorizationEndpoint: 'https://evil.example.com/authorize',
			tokenEndpoint: 'https://evil.example.com/token'
		});
		expect(moved.ok).toBe(true);
		clock.advance(61_000);
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'sign-in-required' });
		expect(await storage.grants.get(id)).toMatchObject({ problem: { code: 'binding-changed' } });
		expect(calls).toHaveLength(0);
	});

	it('does not try while offline', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch, { online: () => false }).keeper;
		clock.advance(61_000);
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'offline' });
		expect(calls).toHaveLength(0);
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
	});

	it('asks for a sign-in when the key that sealed the tokens is gone', async () => {
		const { clock, storage, id } = await setup();
		await storage.db.keys.clear();
		storage.secrets.reset();
		const { fetch } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch).keeper;
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'sign-in-required' });
		expect(await storage.grants.get(id)).toMatchObject({ problem: { code: 'key-lost' } });
	});

	it('holds a configuration error until the connection changes', async () => {
		const { clock, storage, id, connectionId } = await setup();
		const { fetch, calls } = scriptedFetch([json({ error: 'invalid_client' }, 401), rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'configuration-error' });
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'configuration-error' });
		expect(calls).toHaveLength(1);
		clock.advance(1000);
		await storage.connections.save({
			id: connectionId,
			name: 'Custom (fixed)',
			provider: 'oauth2',
			clientId: 'client-1',
			authorizationEndpoint: 'https://id.example.com/authorize',
			tokenEndpoint: TOKEN
		});
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'token', accessToken: 'at-2' });
	});

	it('says so for accounts that never signed in', async () => {
		const { clock, storage } = await setup();
		const { fetch } = scriptedFetch([]);
		expect(await keeper(storage, clock, fetch).keeper.getAccessToken('nobody')).toMatchObject({
			kind: 'not-signed-in'
		});
	});
});

describe('TokenKeeper, tokens for other resources', () => {
	it('mints another resource’s token from the one refresh token, under the lock, and keeps it apart', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		const outlook = {
			key: 'https://outlook.office.com',
			scopes: ['https://outlook.office.com/IMAP.AccessAsUser.All', 'offline_access']
		};
		expect(await k.getAccessToken(id, { resource: outlook })).toMatchObject({ accessToken: 'at-2', refreshed: true });
		expect(calls[0]?.body.get('scope')).toBe('https://outlook.office.com/IMAP.AccessAsUser.All offline_access');
		// The main token and its schedule are untouched; the rotated refresh token is kept.
		expect(await k.getAccessToken(id)).toMatchObject({ accessToken: 'at-1', refreshed: false });
		expect(await k.getAccessToken(id, { resource: outlook })).toMatchObject({ accessToken: 'at-2', refreshed: false });
		expect(calls).toHaveLength(1);
		const secrets = await storage.grants.secrets(id);
		expect(secrets.refreshToken).toBe('rt-2');
		expect(Object.keys(secrets.accessTokens).sort()).toEqual(['', 'https://outlook.office.com']);
		expect((await storage.grants.get(id))?.expiresAt).toBe(clock.now() + 60_000);
	});

	it('sends a resource indicator for a server’s own token (RFC 8707)', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		await k.getAccessToken(id, {
			resource: { key: 'https://jmap.example.com', indicator: 'https://jmap.example.com' }
		});
		expect(calls[0]?.body.get('resource')).toBe('https://jmap.example.com');
		expect(calls[0]?.body.has('scope')).toBe(false);
	});
});

describe('TokenKeeper, a resource the sign-in did not grant', () => {
	it('asks for a new sign-in for that use only; the grant stays connected', async () => {
		const { clock, storage, id } = await setup();
		const { fetch } = scriptedFetch([
			json({ error: 'invalid_target', error_description: 'resource indicator is missing, or unknown' }, 400)
		]);
		const k = keeper(storage, clock, fetch).keeper;
		const answer = await k.getAccessToken(id, {
			resource: { key: 'https://other.test', indicator: 'https://other.test' }
		});
		expect(answer).toMatchObject({
			kind: 'sign-in-required',
			message: expect.stringContaining('will not issue a token for that server')
		});
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
		expect(await k.getAccessToken(id)).toMatchObject({ kind: 'token', accessToken: 'at-1' });
	});
});
