import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemText } from '$lib/messages/problems';
import { createStorage, type Storage } from '$lib/storage';
import { ASSUMED_LIFETIME_MS, TokenKeeper, type TokenAnswer } from './keeper';
import { grantLockName } from './locks';
import { FakeClock, FakeLocks, json, scriptedFetch, seedGrant, testStorage } from './testing/fakes';

const TOKEN = 'https://id.example.com/token';
let storages: Storage[] = [];
afterEach(async () => {
	for (const s of storages) await s.db.delete();
	storages = [];
});

async function setup(
	options: { lifetimeMs?: number; expires?: boolean; refreshToken?: boolean; issuedAgoMs?: number } = {}
) {
	const clock = new FakeClock();
	const storage = testStorage(clock.now);
	storages.push(storage);
	const { issuedAgoMs = 0, ...seed } = options;
	const { accountId, connectionId } = await seedGrant(storage, { now: clock.now() - issuedAgoMs, ...seed });
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

/** What an answer hands out: the token, or the status without one (for lists of answers). */
const handedOut = (a: TokenAnswer) => (a.ok ? a.value.accessToken : a.error.status);

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
		expect(answer).toMatchObject({ ok: true, value: { accessToken: 'at-2' } });
		expect(calls[0]?.body.get('scope')).toBe(scopes.join(' '));
		expect(calls[0]?.body.has('client_secret')).toBe(false);
	});

	it('hands out the stored token while it is fresh, without a request', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([]);
		const answer = await keeper(storage, clock, fetch).keeper.getAccessToken(id);
		expect(answer).toMatchObject({ ok: true, value: { accessToken: 'at-1', refreshed: false } });
		expect(calls).toHaveLength(0);
	});

	it('refreshes shortly before expiry (min(60 s, 20 %) margin) and stores the rotated refresh token with the access token', async () => {
		const { clock, storage, id } = await setup({ lifetimeMs: 60_000 });
		const { fetch, calls } = scriptedFetch([rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(47_000); // 13 s left, margin is 12 s: not yet
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-1', refreshed: false } });
		clock.advance(2_000); // 11 s left: due
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-2', refreshed: true } });
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
		expect(answers.map(handedOut)).toEqual(['at-2', 'at-2']);
		// A new token refused in turn is renewed again.
		expect(await k.getAccessToken(id, { force: true, rejected: 'at-2' })).toMatchObject({
			ok: true,
			value: { accessToken: 'at-3' }
		});
		expect(calls).toHaveLength(2);
	});

	it('sends one refresh for many callers at once; the others get the fresh token (lock, then re-read)', async () => {
		const { clock, storage, id } = await setup();
		let release!: () => void;
		const { fetch, calls } = scriptedFetch([() => new Promise<Response>((ok) => (release = () => ok(rotated(2))))]);
		const { keeper: k, locks } = keeper(storage, clock, fetch);
		clock.advance(59_000);
		const answers = Array.from({ length: 6 }, () => k.getAccessToken(id));
		// The one refresh is on its way (however busy the machine); the other five wait for it.
		await vi.waitFor(() => expect(calls).toHaveLength(1));
		await new Promise((ok) => setTimeout(ok, 20));
		release();
		const results = await Promise.all(answers);
		expect(calls).toHaveLength(1);
		expect(results.map(handedOut)).toEqual(Array(6).fill('at-2'));
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
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-1' } });
		const retrying = await storage.grants.get(id);
		expect(retrying).toMatchObject({
			state: 'retrying',
			problem: { code: 'server-error', params: { host: 'id.example.com', status: 503 } },
			retry: { attempt: 1, nextAt: clock.now() + 30_000 }
		});
		// Stored as it reads back: only the params the message names (no OAuth error, no description).
		expect(Object.keys(retrying?.problem?.params ?? {}).sort()).toEqual(['host', 'status']);
		expect(problemText(retrying!.problem!)).toBe('The provider is having trouble (503). Nothing is lost; retrying…');
		expect((await storage.grants.secrets(id)).refreshToken).toBe('rt-1');
		clock.advance(15_000); // expired, retry not due yet
		const waiting = await k.getAccessToken(id);
		expect(waiting).toEqual({
			ok: false,
			error: {
				status: 'retrying',
				problem: expect.objectContaining({ code: 'server-error' }),
				nextAt: clock.now() + 15_000
			}
		});
		expect(!waiting.ok && problemText(waiting.error.problem)).toBe(
			'The provider is having trouble (503). Nothing is lost; retrying…'
		);
		expect(calls).toHaveLength(1);
		clock.advance(15_000);
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-2' } });
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
		expect((await storage.grants.get(id))?.retry).toBeUndefined();
	});

	it('marks Sign-in required on invalid_grant, keeps the settings, and stops asking', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([json({ error: 'invalid_grant' }, 400)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		const refused = { ok: false, error: { status: 'sign-in-required', problem: { code: 'invalid-grant' } } };
		expect(await k.getAccessToken(id)).toMatchObject(refused);
		// The second answer is the stored one: the same problem, in the same words.
		const again = await k.getAccessToken(id);
		expect(again).toMatchObject(refused);
		expect(!again.ok && problemText(again.error.problem)).toBe(
			'The provider no longer accepts this account’s refresh token: it was revoked, expired, or already used. Sign in again.'
		);
		expect(calls).toHaveLength(1);
		expect(await storage.accounts.get(id)).toMatchObject({ email: 'ada@example.com' });
	});

	it('explains an invalid_grant that follows a refresh whose answer was lost', async () => {
		const { clock, storage, id } = await setup();
		const { fetch } = scriptedFetch([new TypeError('Failed to fetch'), json({ error: 'invalid_grant' }, 400)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		expect(await k.refresh(id)).toMatchObject({
			ok: false,
			error: { status: 'retrying', problem: { code: 'unreachable', params: { host: 'id.example.com' } } }
		});
		clock.advance(60_000);
		const lost = await k.refresh(id);
		expect(lost).toMatchObject({
			ok: false,
			error: { status: 'sign-in-required', problem: { code: 'lost-response' } }
		});
		expect(!lost.ok && problemText(lost.error.problem)).toContain('answer was lost');
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
		const refused = await k.getAccessToken(id);
		expect(refused).toMatchObject({
			ok: false,
			error: { status: 'sign-in-required', problem: { code: 'binding-changed' } }
		});
		expect(!refused.ok && problemText(refused.error.problem)).toBe(
			'The connection now points at another provider or client than the one this account signed in with. Sign in again.'
		);
		expect(await storage.grants.get(id)).toMatchObject({ problem: { code: 'binding-changed' } });
		expect(calls).toHaveLength(0);
	});

	it('does not try while offline', async () => {
		const { clock, storage, id } = await setup();
		const { fetch, calls } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch, { online: () => false }).keeper;
		clock.advance(61_000);
		expect(await k.getAccessToken(id)).toEqual({
			ok: false,
			error: { status: 'offline', problem: { code: 'offline' } }
		});
		expect(calls).toHaveLength(0);
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
	});

	it('asks for a sign-in when the key that sealed the tokens is gone', async () => {
		const { clock, storage: before, id } = await setup();
		await before.db.keys.clear();
		// Another tab (or a later visit) opens the database with the key gone: nothing cached.
		const storage = createStorage({ name: before.db.name, now: clock.now });
		storages.push(storage);
		const { fetch } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch).keeper;
		const lost = await k.getAccessToken(id);
		expect(lost).toMatchObject({ ok: false, error: { status: 'sign-in-required', problem: { code: 'key-lost' } } });
		expect(!lost.ok && problemText(lost.error.problem)).toMatch(/Sign in again\.$/);
		expect(await storage.grants.get(id)).toMatchObject({ problem: { code: 'key-lost' } });
	});

	it('holds a configuration error until the connection changes', async () => {
		const { clock, storage, id, connectionId } = await setup();
		const { fetch, calls } = scriptedFetch([json({ error: 'invalid_client' }, 401), rotated(2)]);
		const k = keeper(storage, clock, fetch).keeper;
		clock.advance(61_000);
		const held = { ok: false, error: { status: 'configuration-error', problem: { code: 'invalid-client' } } };
		expect(await k.getAccessToken(id)).toMatchObject(held);
		const again = await k.getAccessToken(id);
		expect(again).toMatchObject(held);
		expect(!again.ok && problemText(again.error.problem)).toContain('check the Client Id');
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
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-2' } });
	});

	it('says so for accounts that never signed in', async () => {
		const { clock, storage } = await setup();
		const { fetch } = scriptedFetch([]);
		const answer = await keeper(storage, clock, fetch).keeper.getAccessToken('nobody');
		expect(answer).toEqual({ ok: false, error: { status: 'not-signed-in', problem: { code: 'not-signed-in' } } });
		expect(!answer.ok && problemText(answer.error.problem)).toBe(
			'This account is not signed in yet: press Refresh token.'
		);
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
		expect(await k.getAccessToken(id, { resource: outlook })).toMatchObject({
			ok: true,
			value: { accessToken: 'at-2', refreshed: true }
		});
		expect(calls[0]?.body.get('scope')).toBe('https://outlook.office.com/IMAP.AccessAsUser.All offline_access');
		// The main token and its schedule are untouched; the rotated refresh token is kept.
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-1', refreshed: false } });
		expect(await k.getAccessToken(id, { resource: outlook })).toMatchObject({
			ok: true,
			value: { accessToken: 'at-2', refreshed: false }
		});
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
			ok: false,
			error: {
				status: 'sign-in-required',
				problem: { code: 'invalid-target', params: { description: 'resource indicator is missing, or unknown' } }
			}
		});
		expect(!answer.ok && problemText(answer.error.problem)).toContain('will not issue a token for that server');
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
		expect(await k.getAccessToken(id)).toMatchObject({ ok: true, value: { accessToken: 'at-1' } });
	});
});

describe('TokenKeeper, for a caller that must know the expiry (needExpiry: a portal)', () => {
	const HOUR = ASSUMED_LIFETIME_MS;
	/** A renewal without `expires_in`: RFC 6749 makes it optional. */
	const renewedWithout = (n: number) =>
		json({ access_token: `at-${n}`, token_type: 'Bearer', refresh_token: `rt-${n}` });

	it('passes a known expiry through', async () => {
		const { clock, storage, id } = await setup({ lifetimeMs: 10 * 60_000 });
		const { fetch, calls } = scriptedFetch([]);
		expect(await keeper(storage, clock, fetch).keeper.getAccessToken(id, { needExpiry: true })).toEqual({
			ok: true,
			value: {
				accessToken: 'at-1',
				tokenType: 'Bearer',
				expiresAt: clock.now() + 10 * 60_000,
				issuedAt: clock.now(),
				scopes: ['mail'],
				refreshed: false
			}
		});
		expect(calls).toHaveLength(0);
	});

	it('gives a token without a known expiry the assumed lifetime from when it was issued', async () => {
		const { clock, storage, id } = await setup({ expires: false, issuedAgoMs: 10 * 60_000 });
		const { fetch, calls } = scriptedFetch([]);
		const k = keeper(storage, clock, fetch).keeper;
		expect(await k.getAccessToken(id, { needExpiry: true })).toMatchObject({
			ok: true,
			value: { accessToken: 'at-1', expiresAt: clock.now() + 50 * 60_000, refreshed: false }
		});
		expect(calls).toHaveLength(0);
		// Without needExpiry it is good until a server refuses it, and no expiry is made up.
		const plain = await k.getAccessToken(id);
		expect(plain.ok && plain.value).not.toHaveProperty('expiresAt');
	});

	it('renews such a token once its assumed lifetime is (nearly) over', async () => {
		// Over, and within the refresh margin (min(60 s, 20 %)) of its end.
		for (const issuedAgoMs of [HOUR + 1, HOUR - 30_000]) {
			const { clock, storage, id } = await setup({ expires: false, issuedAgoMs });
			const { fetch, calls } = scriptedFetch([renewedWithout(2)]);
			expect(
				await keeper(storage, clock, fetch).keeper.getAccessToken(id, { needExpiry: true }),
				String(issuedAgoMs)
			).toMatchObject({ ok: true, value: { accessToken: 'at-2', expiresAt: clock.now() + HOUR, refreshed: true } });
			expect(calls.map((c) => c.body.get('refresh_token'))).toEqual(['rt-1']);
		}
		// A renewal that states its expiry is told as stated.
		const known = await setup({ expires: false, issuedAgoMs: 2 * HOUR });
		const { fetch } = scriptedFetch([rotated(2, 5 * 60)]);
		expect(
			await keeper(known.storage, known.clock, fetch).keeper.getAccessToken(known.id, { needExpiry: true })
		).toMatchObject({
			ok: true,
			value: { accessToken: 'at-2', expiresAt: known.clock.now() + 5 * 60_000 }
		});
	});

	it('a token another tab replaced meanwhile is handed out, not renewed again', async () => {
		const { clock, storage, id } = await setup({ expires: false, issuedAgoMs: 2 * HOUR });
		const { fetch, calls } = scriptedFetch([]);
		const { keeper: k, locks } = keeper(storage, clock, fetch);
		// Another tab holds the grant while the keeper reads the old token, and stores its own renewal.
		let release!: () => void;
		const renewal = locks.request(grantLockName(id), {}, async () => {
			await new Promise<void>((ok) => (release = ok));
			const grant = (await storage.grants.get(id))!;
			await storage.grants.store(grant, {
				refreshToken: 'rt-2',
				accessTokens: { '': { token: 'at-2', type: 'Bearer', issuedAt: clock.now(), scopes: ['mail'] } }
			});
		});
		const answer = k.getAccessToken(id, { needExpiry: true });
		await new Promise((ok) => setTimeout(ok, 20));
		release();
		await renewal;
		// Its age is counted from now, erring on the early side.
		expect(await answer).toMatchObject({ ok: true, value: { accessToken: 'at-2', expiresAt: clock.now() + HOUR } });
		expect(calls).toHaveLength(0);
	});

	it('says sign in again when such a token cannot be renewed, without trying', async () => {
		const { clock, storage, id } = await setup({ expires: false, refreshToken: false, issuedAgoMs: 2 * HOUR });
		const { fetch, calls } = scriptedFetch([]);
		const answer = await keeper(storage, clock, fetch).keeper.getAccessToken(id, { needExpiry: true });
		expect(answer).toEqual({
			ok: false,
			error: { status: 'sign-in-required', problem: { code: 'no-expiry-no-refresh', params: { minutes: 60 } } }
		});
		expect(!answer.ok && problemText(answer.error.problem)).toBe(
			"The provider gave this account's access token no expiry and no refresh token: portals get it for 60 minutes after sign-in. Sign in again."
		);
		expect(calls).toHaveLength(0);
		// The grant is left as it is: the app keeps using the token until a server refuses it.
		expect(await storage.grants.get(id)).toMatchObject({ state: 'connected' });
		expect(await keeper(storage, clock, fetch).keeper.getAccessToken(id)).toMatchObject({
			ok: true,
			value: { accessToken: 'at-1' }
		});
		// A renewal that cannot happen now says why.
		const offline = await setup({ expires: false, issuedAgoMs: 2 * HOUR });
		const failing = keeper(offline.storage, offline.clock, fetch, { online: () => false }).keeper;
		expect(await failing.getAccessToken(offline.id, { needExpiry: true })).toEqual({
			ok: false,
			error: { status: 'offline', problem: { code: 'offline' } }
		});
		expect(calls).toHaveLength(0);
	});
});
