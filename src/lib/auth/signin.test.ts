import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';
import { completeSignIn, prepareSignIn, type SignInDeps } from './signin';
import { grantLockName } from './locks';
import { FakeLocks, json, scriptedFetch, testStorage } from './testing/fakes';

const ISSUER = 'https://id.example.com';
const REDIRECT = 'https://app.example.org/callback';
const METADATA = {
	issuer: ISSUER,
	authorization_endpoint: `${ISSUER}/auth`,
	token_endpoint: `${ISSUER}/token`,
	revocation_endpoint: `${ISSUER}/revoke`,
	code_challenge_methods_supported: ['S256'],
	authorization_response_iss_parameter_supported: true
};

function b64url(value: unknown): string {
	return Buffer.from(JSON.stringify(value)).toString('base64url');
}
/** An id token; `iat` and `exp` (required) are now and in five minutes unless given. */
function idToken(claims: Record<string, unknown>): string {
	const now = Math.floor(Date.now() / 1000);
	return `${b64url({ alg: 'RS256' })}.${b64url({ iat: now, exp: now + 300, ...claims })}.sig`;
}

let storage: Storage;
let accountId: string;
let connectionId: string;
let locks: FakeLocks;

beforeEach(async () => {
	storage = testStorage();
	locks = new FakeLocks();
	const c = await storage.connections.save({ name: 'Demo', provider: 'oidc', issuer: ISSUER, clientId: 'app' });
	if (!c.ok) throw new Error('connection');
	connectionId = c.value.id;
	const a = await storage.accounts.save({ name: 'Work', email: 'ada@example.com', connectionId: c.value.id });
	if (!a.ok) throw new Error('account');
	accountId = a.value.id;
	await storage.discovery.put(ISSUER, METADATA, 60_000);
});
afterEach(async () => {
	await storage.db.delete();
});

/** What `prepareSignIn` is given: the account and its connection, as stored. */
async function target(id: string) {
	const account = await storage.accounts.get(id);
	const connection = account && (await storage.connections.get(account.connectionId));
	if (!account || !connection) throw new Error(`no account ${id}`);
	return { account, connection };
}

/** `prepareSignIn` for a stored account: the URL and the sign-in in flight (a failure throws, in words). */
async function prepare(deps: SignInDeps, id: string, options?: Parameters<typeof prepareSignIn>[2]) {
	const prepared = await prepareSignIn(deps, await target(id), options);
	if (!prepared.ok) throw new Error(problemText(prepared.error));
	return prepared.value;
}

async function start(fetch = scriptedFetch([]).fetch) {
	const deps: SignInDeps = { storage, callbackBase: REDIRECT, locks, fetch };
	const prepared = await prepare(deps, accountId);
	return new URL(prepared.url);
}

/** The provider's answer, at the connection's own callback address (or `at`). */
function callback(params: Record<string, string>, at = `${REDIRECT}/${connectionId}`) {
	return `${at}?${new URLSearchParams(params)}`;
}

describe('prepareSignIn', () => {
	it('builds an authorization code request with PKCE S256, state, nonce and login_hint, from the cached metadata', async () => {
		const { fetch, calls } = scriptedFetch([]);
		const url = await start(fetch);
		expect(url.origin + url.pathname).toBe(`${ISSUER}/auth`);
		const q = url.searchParams;
		expect(q.get('response_type')).toBe('code');
		expect(q.get('client_id')).toBe('app');
		// The connection's own callback address.
		expect(q.get('redirect_uri')).toBe(`${REDIRECT}/${connectionId}`);
		expect(q.get('scope')).toBe('openid email profile offline_access');
		expect(q.get('code_challenge_method')).toBe('S256');
		expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
		expect(q.get('state')).toMatch(/^\w{32}$/);
		expect(q.get('nonce')).toMatch(/^\w{32}$/);
		expect(q.get('login_hint')).toBe('ada@example.com');
		// OpenID Connect: offline_access needs a consent prompt.
		expect(q.get('prompt')).toBe('consent');
		expect(calls).toHaveLength(0);
		// The state (with the PKCE verifier) is stored sealed, under the account's namespace.
		const rows = await storage.db.transactions.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ key: q.get('state'), namespace: `account:${accountId}` });
		expect(JSON.stringify(rows[0])).not.toContain('code_verifier');
	});
});

describe('prepareSignIn with more scopes ("Sign in again with …")', () => {
	it('asks for the connection’s scopes and the missing one, once each', async () => {
		const deps: SignInDeps = { storage, callbackBase: REDIRECT, locks };
		const prepared = await prepare(deps, accountId, { extraScopes: ['mail.send', 'email'] });
		expect(new URL(prepared.url).searchParams.get('scope')).toBe('openid email profile offline_access mail.send');
	});
});

describe('completeSignIn', () => {
	it('stores the new grant only after a renewal of the old one in flight has finished, so it is not overwritten', async () => {
		const url = await start();
		const state = url.searchParams.get('state')!;
		const nonce = url.searchParams.get('nonce')!;
		const claims = {
			iss: ISSUER,
			aud: 'app',
			nonce,
			exp: Date.now() / 1000 + 300,
			sub: 's1',
			email: 'ada@example.com'
		};
		const { fetch } = scriptedFetch([
			json({
				access_token: 'new-at',
				token_type: 'Bearer',
				expires_in: 300,
				refresh_token: 'new-rt',
				id_token: idToken(claims)
			})
		]);
		// Another tab's renewal holds the grant's lock and writes the old grant's refreshed tokens last.
		let release!: () => void;
		const renewal = locks.request(grantLockName(accountId), {}, async () => {
			await new Promise<void>((ok) => (release = ok));
			const now = Date.now();
			await storage.grants.store(
				{
					accountId,
					connectionId: (await storage.accounts.get(accountId))!.connectionId,
					issuer: ISSUER,
					tokenEndpoint: `${ISSUER}/token`,
					clientId: 'app',
					state: 'connected',
					hasRefreshToken: true,
					scopes: ['openid'],
					issuedAt: now,
					obtainedAt: now,
					updatedAt: now
				},
				{ refreshToken: 'old-rt', accessTokens: {} }
			);
		});
		const outcome = completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback({ code: 'c', state, iss: ISSUER })
		);
		await new Promise((ok) => setTimeout(ok, 50));
		expect(await storage.grants.get(accountId)).toBeUndefined();
		release();
		await renewal;
		expect(await outcome).toMatchObject({ kind: 'signed-in' });
		expect((await storage.grants.secrets(accountId)).refreshToken).toBe('new-rt');
	});

	it('redeems the code with the verifier, checks the id token and stores the grant', async () => {
		const url = await start();
		const state = url.searchParams.get('state')!;
		const nonce = url.searchParams.get('nonce')!;
		const { fetch, calls } = scriptedFetch([
			json({
				access_token: 'at',
				token_type: 'Bearer',
				expires_in: 300,
				refresh_token: 'rt',
				scope: 'openid email profile offline_access',
				id_token: idToken({
					iss: ISSUER,
					aud: 'app',
					nonce,
					exp: Date.now() / 1000 + 300,
					sub: 's1',
					name: 'Ada Lovelace',
					email: 'ada@example.com'
				})
			})
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback({ code: 'c0de', state, iss: ISSUER })
		);
		expect(outcome).toMatchObject({
			kind: 'signed-in',
			accountId,
			accountName: 'Work',
			person: { name: 'Ada Lovelace', email: 'ada@example.com', sub: 's1' },
			emailMismatch: false,
			refreshToken: true
		});
		const body = calls[0]!.body;
		expect(calls[0]!.url).toBe(`${ISSUER}/token`);
		expect(body.get('grant_type')).toBe('authorization_code');
		expect(body.get('code')).toBe('c0de');
		expect(body.get('redirect_uri')).toBe(`${REDIRECT}/${connectionId}`);
		// The verifier matches the challenge sent to the provider.
		const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body.get('code_verifier')!));
		expect(Buffer.from(digest).toString('base64url')).toBe(url.searchParams.get('code_challenge'));
		expect(await storage.grants.get(accountId)).toMatchObject({
			state: 'connected',
			issuer: ISSUER,
			tokenEndpoint: `${ISSUER}/token`,
			clientId: 'app',
			// Where its token may be revoked, recorded with it.
			revocation: { endpoint: `${ISSUER}/revoke` }
		});
		expect(await storage.grants.secrets(accountId)).toMatchObject({
			refreshToken: 'rt',
			accessTokens: { '': { token: 'at' } }
		});

		// The same response again finds no state and sends nothing.
		const replay = scriptedFetch([]);
		expect(
			await completeSignIn(
				{ storage, callbackBase: REDIRECT, locks, fetch: replay.fetch },
				callback({ code: 'c0de', state, iss: ISSUER })
			)
		).toMatchObject({
			kind: 'failed',
			code: 'unknown-state'
		});
		expect(replay.calls).toHaveLength(0);
	});

	it('in the window that started it, redeems from memory and still removes the stored state', async () => {
		const deps: SignInDeps = { storage, callbackBase: REDIRECT, locks };
		const prepared = await prepare(deps, accountId);
		const url = new URL(prepared.url);
		const state = url.searchParams.get('state')!;
		expect(prepared.pending).toMatchObject({ stateId: state, nonce: url.searchParams.get('nonce') });
		const { fetch, calls } = scriptedFetch([
			json({
				access_token: 'at',
				token_type: 'Bearer',
				refresh_token: 'rt',
				id_token: idToken({ iss: ISSUER, aud: 'app', nonce: url.searchParams.get('nonce'), sub: 's' })
			})
		]);
		const outcome = await completeSignIn(
			{ ...deps, fetch },
			callback({ code: 'c', state, iss: ISSUER }),
			prepared.pending
		);
		expect(outcome).toMatchObject({ kind: 'signed-in' });
		expect(calls[0]!.body.get('code_verifier')).toBe(prepared.pending.codeVerifier);
		expect(await storage.db.transactions.count()).toBe(0);
		// Replayed anywhere else: nothing to find.
		expect(await completeSignIn(deps, callback({ code: 'c', state, iss: ISSUER }))).toMatchObject({
			code: 'unknown-state'
		});
	});

	it('a sign-in that fails does not wait for the grant’s lock another tab holds', async () => {
		const url = await start();
		const state = url.searchParams.get('state')!;
		let release!: () => void;
		const renewal = locks.request(grantLockName(accountId), {}, () => new Promise<void>((ok) => (release = ok)));
		const { fetch } = scriptedFetch([json({ error: 'invalid_grant', error_description: 'code expired' }, 400)]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback({ code: 'c', state, iss: ISSUER })
		);
		expect(outcome).toMatchObject({
			kind: 'failed',
			code: 'token-error',
			accountId,
			problem: { code: 'code-rejected', params: { description: 'code expired' } }
		});
		expect(outcome.kind === 'failed' && problemText(outcome.problem)).toMatch(
			/^The provider refused the sign-in code \(code expired\): it expired, was used already/
		);
		release();
		await renewal;
	});

	it('a late answer is redeemed only if the sign-in window has not taken the state to redeem it itself', async () => {
		const deps: SignInDeps = { storage, callbackBase: REDIRECT, locks };
		const prepared = await prepare(deps, accountId);
		const state = new URL(prepared.url).searchParams.get('state')!;
		// The sign-in window, tired of waiting, took the state (and redeems the code).
		await storage.db.transactions.where('key').equals(state).delete();
		const { fetch, calls } = scriptedFetch([]);
		const outcome = await completeSignIn(
			{ ...deps, fetch },
			callback({ code: 'c', state, iss: ISSUER }),
			prepared.pending,
			{
				consumeFirst: true
			}
		);
		expect(outcome).toMatchObject({ kind: 'failed', code: 'unknown-state' });
		expect(calls).toEqual([]);
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('asks userinfo for the name and email when the id token lacks them, with the new access token', async () => {
		await storage.discovery.put(ISSUER, { ...METADATA, userinfo_endpoint: `${ISSUER}/me` }, 60_000);
		const url = await start();
		const state = url.searchParams.get('state')!;
		const nonce = url.searchParams.get('nonce')!;
		const { fetch, calls } = scriptedFetch([
			json({
				access_token: 'fresh-at',
				token_type: 'Bearer',
				refresh_token: 'rt',
				id_token: idToken({ iss: ISSUER, aud: 'app', nonce, exp: Date.now() / 1000 + 300, sub: 's1' })
			}),
			json({ sub: 's1', name: 'Ada Lovelace', email: 'ada@example.com' })
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback({ code: 'c', state, iss: ISSUER })
		);
		expect(outcome).toMatchObject({ kind: 'signed-in', person: { name: 'Ada Lovelace', email: 'ada@example.com' } });
		expect(calls.map((c) => c.url)).toEqual([`${ISSUER}/token`, `${ISSUER}/me`]);
		expect(calls[1]?.headers.get('authorization')).toBe('Bearer fresh-at');
		// It carries the new access token: no redirect may take it elsewhere.
		expect(calls[1]?.redirect).toBe('error');
		expect((await storage.grants.get(accountId))?.person).toMatchObject({
			name: 'Ada Lovelace',
			email: 'ada@example.com'
		});
	});

	it('refuses responses from another issuer (or none, when the provider promised one) before redeeming anything', async () => {
		for (const [iss, from] of [
			['https://evil.example.com', '“https://evil.example.com”'],
			[undefined, 'an unnamed issuer']
		] as const) {
			const url = await start();
			const state = url.searchParams.get('state')!;
			const { fetch, calls } = scriptedFetch([]);
			const params: Record<string, string> = { code: 'c', state };
			if (iss) params.iss = iss;
			const outcome = await completeSignIn({ storage, callbackBase: REDIRECT, locks, fetch }, callback(params));
			expect(outcome).toMatchObject({
				kind: 'failed',
				code: 'issuer-mismatch',
				problem: { code: 'issuer-mismatch', params: { iss, issuer: ISSUER } }
			});
			expect(outcome.kind === 'failed' && problemText(outcome.problem)).toBe(
				`This response comes from ${from}, not from “${ISSUER}”. It was refused and nothing was stored. Start again with Refresh token.`
			);
			expect(calls).toHaveLength(0);
		}
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('connections known by the app’s metadata document share its one redirect URI; an answer there must name its issuer', async () => {
		const document = 'https://app.example.org/oauth-client.json';
		const other = 'https://id2.example.com';
		const { authorization_response_iss_parameter_supported: _iss, ...plain } = METADATA;
		await storage.discovery.put(
			other,
			{ ...plain, issuer: other, authorization_endpoint: `${other}/auth`, token_endpoint: `${other}/token` },
			60_000
		);
		const made = [];
		for (const [name, issuer] of [
			['Other', other],
			['Same', ISSUER]
		] as const) {
			const saved = await storage.connections.save({ name, provider: 'oidc', issuer, clientId: document });
			if (!saved.ok) throw new Error('connection');
			made.push(saved.value.id);
		}
		const a = await storage.accounts.save({ name: 'X', email: 'x@example.com', connectionId: made[0] });
		if (!a.ok) throw new Error('account');
		const deps: SignInDeps = { storage, callbackBase: REDIRECT, locks, fetch: scriptedFetch([]).fetch };
		const url = new URL((await prepare(deps, a.value.id)).url);
		expect(url.searchParams.get('client_id')).toBe(document);
		expect(url.searchParams.get('redirect_uri')).toBe(`${REDIRECT}/cimd`);
		// Two connections answer at that address: without `iss`, which one answered cannot be told.
		const outcome = await completeSignIn(
			deps,
			callback({ code: 'c', state: url.searchParams.get('state')! }, `${REDIRECT}/cimd`)
		);
		expect(outcome).toMatchObject({ kind: 'failed', code: 'shared-redirect' });
	});

	it('refuses an id token with another nonce, audience or issuer, and stores nothing', async () => {
		for (const [bad, problem] of [
			[{ nonce: 'other' }, 'id-token-nonce'],
			[{ aud: 'someone-else' }, 'id-token-audience'],
			[{ iss: 'https://evil.example.com' }, 'id-token-issuer']
		] as const) {
			const url = await start();
			const state = url.searchParams.get('state')!;
			const claims = {
				iss: ISSUER,
				aud: 'app',
				nonce: url.searchParams.get('nonce'),
				exp: Date.now() / 1000 + 60,
				sub: 's',
				...bad
			};
			const { fetch } = scriptedFetch([
				json({ access_token: 'at', token_type: 'Bearer', refresh_token: 'rt', id_token: idToken(claims) })
			]);
			expect(
				await completeSignIn(
					{ storage, callbackBase: REDIRECT, locks, fetch },
					callback({ code: 'c', state, iss: ISSUER })
				)
			).toMatchObject({
				kind: 'failed',
				code: 'id-token-invalid',
				problem: { code: problem }
			});
		}
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('explains a refusal at the provider and forged states', async () => {
		const url = await start();
		const state = url.searchParams.get('state')!;
		const denied = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks },
			callback({ error: 'access_denied', state, iss: ISSUER })
		);
		expect(denied).toMatchObject({ kind: 'failed', code: 'denied', accountId, problem: { code: 'denied' } });
		expect(denied.kind === 'failed' && problemText(denied.problem)).toBe(
			'You did not allow access at the provider, so nothing changed. Press Refresh token to try again.'
		);
		const forged = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks },
			callback({ code: 'x', state: 'f'.repeat(32) })
		);
		expect(forged).toMatchObject({ kind: 'failed', code: 'unknown-state', problem: { code: 'unknown-state' } });
		expect(forged.kind === 'failed' && problemText(forged.problem)).toMatch(
			/^This sign-in response is not one this browser is waiting for: it was used already, is too old, or was not started here/
		);
		expect(
			await completeSignIn({ storage, callbackBase: REDIRECT, locks }, `${REDIRECT}/${connectionId}?code=x`)
		).toMatchObject({
			code: 'unknown-state'
		});
	});

	it('points out a different signed-in address', async () => {
		const url = await start();
		const { fetch } = scriptedFetch([
			json({
				access_token: 'at',
				token_type: 'Bearer',
				refresh_token: 'rt',
				id_token: idToken({
					iss: ISSUER,
					aud: 'app',
					nonce: url.searchParams.get('nonce'),
					sub: 's',
					email: 'Bob@Example.com'
				})
			})
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback({ code: 'c', state: url.searchParams.get('state')!, iss: ISSUER })
		);
		expect(outcome).toMatchObject({ kind: 'signed-in', emailMismatch: true, person: { email: 'Bob@Example.com' } });
	});
});

describe('provider presets at sign-in', () => {
	const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
	const MS = 'https://login.microsoftonline.com';

	async function accountOn(connection: Record<string, unknown>, extra: Record<string, unknown> = {}) {
		const c = await storage.connections.save(connection);
		if (!c.ok) throw new Error(JSON.stringify(c.error));
		const a = await storage.accounts.save({
			name: `A ${Math.random()}`,
			email: `a${Math.random().toString(36).slice(2)}@example.com`,
			connectionId: c.value.id,
			...extra
		});
		if (!a.ok) throw new Error('account');
		return a.value.id;
	}

	async function signIn(id: string, answer: Record<string, string>, tokens: Record<string, unknown>, deps = {}) {
		const prepared = await prepare({ storage, callbackBase: REDIRECT, locks, ...deps }, id);
		const url = new URL(prepared.url);
		const { fetch, calls } = scriptedFetch([json(tokens)]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch, ...deps },
			callback({ state: url.searchParams.get('state')!, ...answer }, url.searchParams.get('redirect_uri')!),
			prepared.pending
		);
		return { url, outcome, calls, nonce: url.searchParams.get('nonce') };
	}

	it('Microsoft: a Tenant Id typed in capitals signs in (its issuer is lower case)', async () => {
		const id = await accountOn({
			name: 'Contoso',
			provider: 'microsoft',
			clientId: 'app',
			projectId: TID.toUpperCase()
		});
		const prepared = await prepare({ storage, callbackBase: REDIRECT, locks }, id);
		const nonce = new URL(prepared.url).searchParams.get('nonce');
		const { fetch } = scriptedFetch([
			json({
				access_token: 'at',
				token_type: 'Bearer',
				refresh_token: 'rt',
				id_token: idToken({ iss: `${MS}/${TID}/v2.0`, tid: TID, aud: 'app', nonce, sub: 's' })
			})
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch },
			callback(
				{ code: 'c', state: new URL(prepared.url).searchParams.get('state')! },
				new URL(prepared.url).searchParams.get('redirect_uri')!
			),
			prepared.pending
		);
		expect(outcome).toMatchObject({ kind: 'signed-in' });
		expect(new URL(prepared.url).pathname).toBe(`/${TID}/oauth2/v2.0/authorize`);
	});

	it('Microsoft: asks consent for Graph and Outlook, redeems the code for Graph, records tid and when the sign-in ends', async () => {
		const id = await accountOn({ name: 'Work', provider: 'microsoft', clientId: 'app' });
		const now = 1_900_000_000_000;
		const prepared = await prepare({ storage, callbackBase: REDIRECT, locks, now: () => now, dayMs: 60_000 }, id);
		const url = new URL(prepared.url);
		expect(url.searchParams.get('scope')?.split(' ')).toEqual(
			expect.arrayContaining([
				'https://graph.microsoft.com/Mail.ReadBasic',
				'https://outlook.office.com/IMAP.AccessAsUser.All',
				'https://outlook.office.com/SMTP.Send'
			])
		);
		const { fetch, calls } = scriptedFetch([
			json({
				access_token: 'at',
				token_type: 'Bearer',
				expires_in: 3600,
				refresh_token: 'rt',
				id_token: idToken({
					iss: `${MS}/${TID}/v2.0`,
					tid: TID,
					aud: 'app',
					nonce: url.searchParams.get('nonce'),
					sub: 's',
					iat: now / 1000,
					exp: now / 1000 + 3600
				})
			})
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks, fetch, now: () => now, dayMs: 60_000 },
			callback({ code: 'c', state: url.searchParams.get('state')! }, url.searchParams.get('redirect_uri')!),
			prepared.pending
		);
		expect(outcome).toMatchObject({ kind: 'signed-in' });
		expect(calls[0]!.body.get('scope')).toBe(
			'openid email profile offline_access https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.ReadBasic https://graph.microsoft.com/Mail.Send'
		);
		expect(calls[0]!.body.has('client_secret')).toBe(false);
		// A day lasts a minute here; the sign-in ends one (scaled) day after it began.
		expect(await storage.grants.get(id)).toMatchObject({ tenantId: TID, signInExpiresAt: now + 60_000 });
	});

	it('Microsoft: refuses an id token without tid, and a consumer account where organizations sign in', async () => {
		for (const [tenant, claims] of [
			['common', { iss: `${MS}/${TID}/v2.0` }],
			[
				'organizations',
				{ iss: `${MS}/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0`, tid: '9188040d-6c67-4c5b-b112-36a304b66dad' }
			],
			['consumers', { iss: `${MS}/${TID}/v2.0`, tid: TID }]
		] as const) {
			const id = await accountOn({ name: `T ${tenant}`, provider: 'microsoft', clientId: 'app', projectId: tenant });
			const prepared = await prepare({ storage, callbackBase: REDIRECT, locks }, id);
			const url = new URL(prepared.url);
			const { fetch } = scriptedFetch([
				json({
					access_token: 'at',
					token_type: 'Bearer',
					refresh_token: 'rt',
					id_token: idToken({ ...claims, aud: 'app', nonce: url.searchParams.get('nonce'), sub: 's' })
				})
			]);
			const outcome = await completeSignIn(
				{ storage, callbackBase: REDIRECT, locks, fetch },
				callback({ code: 'c', state: url.searchParams.get('state')! }, url.searchParams.get('redirect_uri')!),
				prepared.pending
			);
			expect(outcome, tenant).toMatchObject({
				kind: 'failed',
				code: 'id-token-invalid',
				problem: { code: 'id-token-tenant' }
			});
			expect(await storage.grants.get(id)).toBeUndefined();
		}
	});

	it('Microsoft: a renewal asks with prompt=none and the login hint, and hands back the provider’s code', async () => {
		const id = await accountOn({ name: 'Silent', provider: 'microsoft', clientId: 'app' });
		const prepared = await prepare({ storage, callbackBase: REDIRECT, locks }, id, { prompt: 'none' });
		const url = new URL(prepared.url);
		expect(url.searchParams.get('prompt')).toBe('none');
		expect(url.searchParams.get('login_hint')).toMatch(/@example\.com$/);
		const outcome = await completeSignIn(
			{ storage, callbackBase: REDIRECT, locks },
			callback(
				{ error: 'login_required', state: url.searchParams.get('state')! },
				url.searchParams.get('redirect_uri')!
			),
			prepared.pending
		);
		expect(outcome).toMatchObject({
			kind: 'failed',
			code: 'provider-error',
			oauthError: 'login_required',
			problem: { code: 'provider-error', params: { error: 'login_required' } }
		});
		expect(outcome.kind === 'failed' && problemText(outcome.problem)).toMatch(
			/^The provider refused the sign-in \(login_required\)\. Check the connection/
		);
	});

	it('never sends a client secret stored earlier for Microsoft, which refuses it from browsers', async () => {
		const id = await accountOn({ name: 'Old', provider: 'microsoft', clientId: 'app' });
		const connectionId = (await storage.accounts.get(id))!.connectionId;
		// Stored before secrets were refused for Microsoft: sealed as any secret.
		const sealed = await storage.secrets.seal('old-secret', `connection:${connectionId}:clientSecret`);
		await storage.db.connections.update(connectionId, { clientSecret: sealed });
		expect(await storage.connections.clientSecret(connectionId)).toBe('old-secret');
		const prepared = await prepare({ storage, callbackBase: REDIRECT, locks }, id);
		expect(prepared.pending.clientSecret).toBeUndefined();
	});

	it('custom OAuth2 without scopes: the request names none, and the provider’s defaults apply', async () => {
		const id = await accountOn({
			name: 'Bare',
			provider: 'oauth2',
			clientId: 'app',
			authorizationEndpoint: `${ISSUER}/authorize`,
			tokenEndpoint: `${ISSUER}/token`
		});
		const { url, outcome } = await signIn(
			id,
			{ code: 'c' },
			{ access_token: 'at', token_type: 'Bearer', refresh_token: 'rt', scope: 'read' }
		);
		expect(url.searchParams.has('scope')).toBe(false);
		expect(outcome).toMatchObject({ kind: 'signed-in' });
		expect((await storage.grants.get(id))?.scopes).toEqual(['read']);
	});

	it('custom OAuth2 whose provider sends iss: compared with the Issuer URL, or a plain request to enter it', async () => {
		const connection = {
			name: 'With iss',
			provider: 'oauth2',
			clientId: 'app',
			authorizationEndpoint: `${ISSUER}/authorize`,
			tokenEndpoint: `${ISSUER}/token`
		};
		const tokens = { access_token: 'at', token_type: 'Bearer', refresh_token: 'rt' };
		const unset = await accountOn(connection);
		const gap = await signIn(unset, { code: 'c', iss: ISSUER }, tokens);
		expect(gap.outcome).toMatchObject({ kind: 'failed', code: 'issuer-not-configured' });
		expect(gap.outcome).toMatchObject({
			problem: { code: 'issuer-not-configured', params: { iss: ISSUER, connection: 'With iss' } }
		});
		expect(gap.outcome.kind === 'failed' && problemText(gap.outcome.problem)).toMatch(
			/names itself “https:\/\/id\.example\.com”.*enter it as the connection’s Issuer URL/
		);
		expect(gap.outcome.kind === 'failed' && problemText(gap.outcome.problem)).not.toMatch(/not from/);
		expect(gap.calls).toHaveLength(0);
		const set = await accountOn({ ...connection, name: 'With issuer', issuer: ISSUER });
		expect((await signIn(set, { code: 'c', iss: ISSUER }, tokens)).outcome).toMatchObject({ kind: 'signed-in' });
		const other = await signIn(set, { code: 'c', iss: 'https://evil.example.com' }, tokens);
		expect(other.outcome).toMatchObject({ kind: 'failed', code: 'issuer-mismatch' });
		expect(other.calls).toHaveLength(0);
	});
});
