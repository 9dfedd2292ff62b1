import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_CONNECTION, FakeClock, FakeLocks, scriptedFetch, seedGrant } from '$lib/auth/testing/fakes';
import { parseConfigurationFile, type ConfigurationFile } from '$lib/config';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';
import { keeperOf } from './context';
import { deleteAccount, deleteConnection, importFile, previewFile, revokeEach, saveConnection } from './grants';
import { account, connection, dropStorages, GOOGLE_REVOKE, seedAdaAtWork, signedIn, testContext } from './testing';

afterEach(async () => {
	vi.restoreAllMocks();
	await dropStorages();
});

const REVOKE = CUSTOM_CONNECTION.revocationEndpoint;

const elsewhere = {
	tokenEndpoint: 'https://other.example.net/token',
	revocationEndpoint: 'https://other.example.net/revoke'
};

/** `seedGrant` (connection Custom, account ada@example.com, tokens rt-1/at-1), recording where to revoke. */
async function seeded(storage: Storage, clock: FakeClock, state: 'connected' | 'sign-in-required' = 'connected') {
	const ids = await seedGrant(storage, { state, now: clock.now() });
	await storage.grants.update(ids.accountId, { revocation: { endpoint: REVOKE } });
	return ids;
}

const revoked = () => new Response(null, { status: 200 });

describe('saveConnection: a connection that now points at another provider', () => {
	it('drops the tokens of accounts that already needed a sign-in, without sending them anywhere', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock, 'sign-in-required');
		const result = await saveConnection(ctx, { ...CUSTOM_CONNECTION, ...elsewhere, id: connectionId });
		expect(result.kind).toBe('saved');
		expect(http.calls).toEqual([]);
		expect((await storage.grants.get(accountId))?.hasRefreshToken).toBe(false);
		expect(await storage.grants.secrets(accountId)).toMatchObject({ accessTokens: {} });
		expect((await storage.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('asks before signing out connected accounts, and a name already taken signs out nobody', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		await connection(storage, { ...CUSTOM_CONNECTION, name: 'Other' });
		const asked = await saveConnection(ctx, { ...CUSTOM_CONNECTION, ...elsewhere, id: connectionId });
		expect(asked).toMatchObject({ kind: 'confirm-sign-out', accounts: [{ id: accountId }] });

		const refused = await saveConnection(
			ctx,
			{ ...CUSTOM_CONNECTION, ...elsewhere, id: connectionId, name: 'other' },
			{ signOutConfirmed: true }
		);
		expect(refused).toMatchObject({ kind: 'invalid', errors: [{ path: 'name' }] });
		expect(http.calls).toEqual([]);
		expect((await storage.grants.get(accountId))?.state).toBe('connected');
		expect((await storage.grants.secrets(accountId)).refreshToken).toBe('rt-1');
	});

	it('once confirmed, revokes at the old provider, then signs the account out with why; nothing goes to the new one', async () => {
		const http = scriptedFetch([revoked]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const saved = await saveConnection(
			ctx,
			{ ...CUSTOM_CONNECTION, ...elsewhere, id: connectionId },
			{ signOutConfirmed: true }
		);
		expect(saved).toMatchObject({ kind: 'saved', signedOut: [{ id: accountId }], revocationFailures: [] });
		expect(http.calls.map((c) => c.url)).toEqual([REVOKE]);
		expect(http.calls[0]?.body.get('token')).toBe('rt-1');
		const grant = await storage.grants.get(accountId);
		expect(grant).toMatchObject({
			state: 'sign-in-required',
			hasRefreshToken: false,
			problem: { code: 'connection-moved', params: { connection: 'Custom' } }
		});
		expect(problemText(grant!.problem!)).toMatch(/“Custom” now points at another provider or client/);
		expect(await storage.grants.secrets(accountId)).toEqual({ accessTokens: {} });
		expect((await storage.connections.get(connectionId))?.tokenEndpoint).toBe(elsewhere.tokenEndpoint);
	});

	it('signs out all the same when the old provider cannot be told, and says so', async () => {
		const http = scriptedFetch([new TypeError('Failed to fetch')]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const saved = await saveConnection(
			ctx,
			{ ...CUSTOM_CONNECTION, ...elsewhere, id: connectionId },
			{ signOutConfirmed: true }
		);
		expect(saved).toMatchObject({
			kind: 'saved',
			revocationFailures: [{ email: 'ada@example.com', problem: { code: 'revoke-unreachable' } }]
		});
		expect(await storage.grants.get(accountId)).toMatchObject({ state: 'sign-in-required', hasRefreshToken: false });
	});
});

describe('saveConnection: accounts stuck on a configuration error', () => {
	it('get another try at once with the corrected settings; other accounts are left as they are', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const other = await account(storage, { connectionId, email: 'bob@example.com' });
		await signedIn(storage, other, { now: clock.now() });
		await storage.grants.update(accountId, {
			state: 'configuration-error',
			problem: { code: 'invalid-client', at: clock.now() }
		});
		clock.advance(5_000);
		// The same provider and client: nobody is signed out, the stuck one is retried.
		const saved = await saveConnection(ctx, { ...CUSTOM_CONNECTION, id: connectionId, clientSecret: 'fixed' });
		expect(saved).toMatchObject({ kind: 'saved', signedOut: [] });
		expect(await storage.grants.get(accountId)).toMatchObject({
			state: 'retrying',
			retry: { attempt: 0, nextAt: clock.now() },
			updatedAt: clock.now()
		});
		const untouched = await storage.grants.get(other);
		expect(untouched?.state).toBe('connected');
		expect(untouched?.retry).toBeUndefined();
		expect(http.calls).toEqual([]);
	});
});

describe('deleteAccount', () => {
	it('revokes the refresh token at the provider, then deletes the account and its grant', async () => {
		let existedWhileRevoking: boolean | undefined;
		const { ctx, storage, clock } = testContext();
		const { accountId } = await seeded(storage, clock);
		const http = scriptedFetch([
			async () => {
				existedWhileRevoking = (await storage.accounts.get(accountId)) !== undefined;
				return revoked();
			}
		]);
		const result = await deleteAccount({ ...ctx, fetch: http.fetch }, accountId);
		expect(result).toEqual({ kind: 'deleted', revoked: true });
		expect(existedWhileRevoking).toBe(true);
		expect(http.calls.map((c) => [c.url, c.body.get('token')])).toEqual([[REVOKE, 'rt-1']]);
		expect(await storage.accounts.get(accountId)).toBeUndefined();
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('deletes nothing when the provider could not be told, unless forced', async () => {
		const http = scriptedFetch([new Response('busy', { status: 503 }), new Response('busy', { status: 503 })]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { accountId } = await seeded(storage, clock);
		const refused = await deleteAccount(ctx, accountId);
		expect(refused).toMatchObject({
			kind: 'revocation-failed',
			problem: { code: 'revoke-refused', params: { host: 'id.example.com', status: 503 } }
		});
		expect(await storage.accounts.get(accountId)).toBeDefined();
		expect((await storage.grants.secrets(accountId)).refreshToken).toBe('rt-1');

		expect(await deleteAccount(ctx, accountId, true)).toEqual({ kind: 'deleted', revoked: false });
		expect(http.calls).toHaveLength(2);
		expect(await storage.accounts.get(accountId)).toBeUndefined();
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('deletes an account that never signed in without asking anybody', async () => {
		const http = scriptedFetch([]);
		const { ctx, storage } = testContext({ fetch: http.fetch });
		const c = await connection(storage, CUSTOM_CONNECTION);
		const a = await account(storage, { connectionId: c, email: 'carol@example.com' });
		expect(await deleteAccount(ctx, a)).toEqual({ kind: 'deleted', revoked: false });
		expect(http.calls).toEqual([]);
		expect(await storage.accounts.get(a)).toBeUndefined();
	});
});

describe('deleteConnection', () => {
	it('revokes the grants of its signed-in accounts, then deletes it with all its accounts', async () => {
		const http = scriptedFetch([revoked]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const bob = await account(storage, { connectionId, email: 'bob@example.com' });
		expect(await deleteConnection(ctx, connectionId)).toEqual({ kind: 'deleted', accounts: 2 });
		expect(http.calls.map((c) => c.url)).toEqual([REVOKE]);
		expect(await storage.connections.get(connectionId)).toBeUndefined();
		expect(await storage.accounts.get(accountId)).toBeUndefined();
		expect(await storage.accounts.get(bob)).toBeUndefined();
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});

	it('deletes nothing when a revocation fails, unless forced', async () => {
		const http = scriptedFetch([new TypeError('Failed to fetch'), new TypeError('Failed to fetch')]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const refused = await deleteConnection(ctx, connectionId);
		expect(refused).toMatchObject({
			kind: 'revocation-failed',
			failures: [{ email: 'ada@example.com', problem: { code: 'revoke-unreachable' } }]
		});
		expect(await storage.connections.get(connectionId)).toBeDefined();
		expect(await storage.grants.get(accountId)).toMatchObject({ state: 'connected' });

		expect(await deleteConnection(ctx, connectionId, true)).toEqual({ kind: 'deleted', accounts: 1 });
		expect(await storage.connections.get(connectionId)).toBeUndefined();
		expect(await storage.grants.get(accountId)).toBeUndefined();
	});
});

/** Fake locks that log when each lock is granted and let go. */
class LoggingLocks extends FakeLocks {
	constructor(private readonly log: string[]) {
		super();
	}
	override request<T>(
		name: string,
		options: { signal?: AbortSignal },
		callback: (lock: unknown) => Promise<T>
	): Promise<T> {
		return super.request(name, options, async (lock) => {
			this.log.push(`lock ${name}`);
			try {
				return await callback(lock);
			} finally {
				this.log.push(`unlock ${name}`);
			}
		});
	}
}

describe('revokeEach', () => {
	it('revokes and changes each grant under its lock: a renewal asked for meanwhile waits, and then finds it signed out', async () => {
		const log: string[] = [];
		const clock = new FakeClock();
		let renewal: Promise<unknown> | undefined;
		const { ctx, storage } = testContext({ clock, locks: new LoggingLocks(log) });
		const { accountId } = await seeded(storage, clock);
		// The access token has expired: any renewal would send the refresh token to the token endpoint.
		clock.advance(61_000);
		const http = scriptedFetch([
			async () => {
				log.push('revoke sent');
				renewal = (await keeperOf(testCtx)).getAccessToken(accountId);
				// Time for the renewal to reach the lock and queue behind the revocation.
				for (let i = 0; i < 10; i++) await new Promise((ok) => setImmediate(ok));
				log.push('revoke answered');
				return revoked();
			}
		]);
		const testCtx = { ...ctx, fetch: http.fetch };
		const result = await revokeEach(testCtx, [{ id: accountId, email: 'ada@example.com' }], {
			after: async (held, outcome) => {
				log.push(`after ${outcome.kind}`);
				await held.signOut({ code: 'connection-moved', params: { connection: 'Custom' } });
			}
		});
		const answer = await renewal;
		const lock = `oauth2-client:grant:${accountId}`;
		expect(log).toEqual([
			`lock ${lock}`,
			'revoke sent',
			'revoke answered',
			'after revoked',
			`unlock ${lock}`,
			`lock ${lock}`,
			`unlock ${lock}`
		]);
		// The renewal sent nothing: the only request was the revocation.
		expect(http.calls.map((c) => c.url)).toEqual([REVOKE]);
		expect(answer).toEqual({
			ok: false,
			error: {
				status: 'sign-in-required',
				problem: { code: 'connection-moved', params: { connection: 'Custom' } }
			}
		});
		expect(result).toEqual({
			failures: [],
			revoked: [{ id: accountId, email: 'ada@example.com', obtainedAt: clock.now() - 61_000 }]
		});
	});

	it('goes through every account, reports progress, and collects what could not be revoked', async () => {
		const http = scriptedFetch([new Response('no', { status: 400 }), revoked]);
		const { ctx, storage, clock } = testContext({ fetch: http.fetch });
		const { connectionId, accountId } = await seeded(storage, clock);
		const bob = await account(storage, { connectionId, email: 'bob@example.com' });
		await signedIn(storage, bob, { now: clock.now(), revocation: { endpoint: REVOKE } });
		const progress: unknown[] = [];
		const result = await revokeEach(
			ctx,
			[
				{ id: accountId, email: 'ada@example.com' },
				{ id: bob, email: 'bob@example.com' }
			],
			{ onProgress: (p) => progress.push(p) }
		);
		expect(progress).toEqual([
			{ done: 0, total: 2, current: 'ada@example.com' },
			{ done: 1, total: 2, current: 'bob@example.com' },
			{ done: 2, total: 2 }
		]);
		expect(result.failures).toMatchObject([
			{ email: 'ada@example.com', problem: { code: 'revoke-refused', params: { status: 400, answer: 'no' } } }
		]);
		expect(result.revoked.map((r) => r.id)).toEqual([bob]);
		// Revoking alone changes no grant: the caller decides (`after`).
		expect(await storage.grants.get(bob)).toMatchObject({ state: 'connected', hasRefreshToken: true });
	});
});

// The import: a Google connection "Work" with Ada signed in; the file replaces Ada and adds a connection.
async function importSetup(answers: Parameters<typeof scriptedFetch>[0] = []) {
	const http = scriptedFetch(answers);
	const { ctx, storage, clock } = testContext({ fetch: http.fetch });
	await seedAdaAtWork(storage);
	return { ctx, storage, clock, http };
}

const replacing = {
	format: 'oauth2-client/v1',
	exportedAt: '2026-11-28T10:00:00Z',
	connections: [{ id: 'c2', name: 'Second', provider: 'google', clientId: 'two' }],
	accounts: [{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' }]
};

function parsed(content: unknown): ConfigurationFile {
	const file = parseConfigurationFile(JSON.stringify(content));
	if (!file.ok) throw new Error(JSON.stringify(file.error));
	return file.value;
}

describe('importFile', () => {
	it('imports, and lists the imported accounts for signing in', async () => {
		const { ctx, storage, http } = await importSetup([revoked]);
		const file = parsed(replacing);
		const preview = await previewFile(ctx, file);
		expect(preview.signedOut.map((a) => a.id)).toEqual(['a1']);
		const steps: unknown[] = [];
		const done = await importFile(ctx, file, preview, 'config.json', (step) => steps.push(step));
		expect(done).toEqual({ kind: 'done', revocationFailures: [] });
		expect(steps).toEqual([
			{ kind: 'checking' },
			{ kind: 'signing-out', progress: { done: 0, total: 1, current: 'ada@example.org' } },
			{ kind: 'signing-out', progress: { done: 1, total: 1 } },
			{ kind: 'writing' }
		]);
		// Revoked once, at the provider that issued the token.
		expect(http.calls.map((c) => [c.url, c.body.get('token'), c.body.get('client_id')])).toEqual([
			[GOOGLE_REVOKE, 'rt', 'abc']
		]);
		expect(await storage.settings.get('importedAccounts')).toEqual(['a1']);
		expect(await storage.grants.get('a1')).toBeUndefined();
		expect(await storage.connections.get('c2')).toMatchObject({ name: 'Second' });
	});

	it('says which accounts were already signed out at the provider when the write then fails', async () => {
		const setup = await importSetup([
			// While the token is being revoked, another tab takes the name the file brings.
			async () => {
				await setup.storage.connections.save({ id: 'c9', name: 'SECOND', provider: 'google', clientId: 'nine' });
				return revoked();
			}
		]);
		const { ctx, storage, http } = setup;
		const file = parsed(replacing);
		const done = await importFile(ctx, file, await previewFile(ctx, file), 'config.json', () => {});
		expect(done).toEqual({
			kind: 'failed',
			reason: { code: 'import-clashes' },
			problems: [{ path: 'connections[0].name', code: 'name-clash', params: { name: 'Second' } }],
			signedOutAtProvider: ['ada@example.org']
		});
		expect(http.calls).toHaveLength(1);
		expect(await storage.connections.get('c2')).toBeUndefined();
		expect(await storage.settings.get('importedAccounts')).toBeUndefined();
		// Its tokens are dead: the account asks for a sign-in instead of looking connected.
		const grant = await storage.grants.get('a1');
		expect(grant?.state).toBe('sign-in-required');
		expect(grant?.problem).toMatchObject({ code: 'import-failed-revoked', params: { file: 'config.json' } });
		expect(problemText(grant!.problem!)).toMatch(/signed out at its provider for an import of config\.json/);
		expect(await storage.grants.secrets('a1')).toEqual({ accessTokens: {} });
	});

	it('signs nobody out when the configuration changed while the preview was open', async () => {
		const { ctx, storage, http } = await importSetup();
		const file = parsed(replacing);
		const preview = await previewFile(ctx, file);
		await storage.connections.save({ id: 'c9', name: 'second', provider: 'google', clientId: 'nine' });
		const done = await importFile(ctx, file, preview, 'config.json', () => {});
		expect(done).toMatchObject({
			kind: 'changed',
			preview: { problems: [{ path: 'connections[0].name', code: 'name-clash', params: { name: 'Second' } }] }
		});
		expect(http.calls).toEqual([]);
		expect((await storage.grants.get('a1'))?.state).toBe('connected');
		expect((await storage.grants.secrets('a1')).refreshToken).toBe('rt');
	});

	// The file leaves Ada as she is but points her connection at another client: she is `rebound`.
	const moving = {
		format: 'oauth2-client/v1',
		exportedAt: '2026-11-28T10:00:00Z',
		connections: [
			{ id: 'c1', name: 'Work', provider: 'google', clientId: 'another-client' },
			{ id: 'c2', name: 'Second', provider: 'google', clientId: 'two' }
		],
		accounts: []
	};

	it('signs out accounts whose connection the file moves elsewhere, once the file is in (import-moved)', async () => {
		const { ctx, storage, http } = await importSetup([revoked]);
		const file = parsed(moving);
		const preview = await previewFile(ctx, file);
		expect(preview.rebound).toEqual([{ id: 'a1', email: 'ada@example.org' }]);
		const done = await importFile(ctx, file, preview, 'config.json', () => {});
		expect(done).toEqual({ kind: 'done', revocationFailures: [] });
		// Revoked at the provider and client that issued it, not the new one.
		expect(http.calls.map((c) => [c.url, c.body.get('client_id')])).toEqual([[GOOGLE_REVOKE, 'abc']]);
		const grant = await storage.grants.get('a1');
		expect(grant).toMatchObject({
			state: 'sign-in-required',
			hasRefreshToken: false,
			problem: { code: 'import-moved' }
		});
		expect(problemText(grant!.problem!)).toMatch(/imported configuration points this account’s connection/);
		expect(await storage.grants.secrets('a1')).toEqual({ accessTokens: {} });
		expect(await storage.accounts.get('a1')).toMatchObject({ email: 'ada@example.org' });
		expect((await storage.connections.get('c1'))?.clientId).toBe('another-client');
	});

	it('leaves a rebound account alone when the write fails and its token was not revoked', async () => {
		const { ctx, storage, http } = await importSetup();
		// A provider without revocation: nothing could be revoked, so nothing is dead.
		await storage.grants.update('a1', { revocation: {} });
		const file = parsed(moving);
		const preview = await previewFile(ctx, file);
		expect(preview.rebound.map((a) => a.id)).toEqual(['a1']);
		const done = await importFile(ctx, file, preview, 'config.json', (step) => {
			// The browser's database refuses the import's write.
			if (step.kind === 'writing')
				vi.spyOn(storage.db, 'transaction').mockRejectedValueOnce(new Error('QuotaExceededError'));
		});
		expect(done).toEqual({
			kind: 'failed',
			reason: { code: 'import-refused', params: { detail: 'QuotaExceededError' } },
			problems: [],
			signedOutAtProvider: []
		});
		expect(http.calls).toEqual([]);
		const grant = await storage.grants.get('a1');
		expect(grant).toMatchObject({ state: 'connected', hasRefreshToken: true });
		expect(grant?.problem).toBeUndefined();
		expect((await storage.grants.secrets('a1')).refreshToken).toBe('rt');
		expect((await storage.connections.get('c1'))?.clientId).toBe('abc');
	});

	it('does not sign out a rebound account as moved when the write fails; a revoked one says its import failed', async () => {
		const setup = await importSetup([
			async () => {
				await setup.storage.connections.save({ id: 'c9', name: 'SECOND', provider: 'google', clientId: 'nine' });
				return revoked();
			}
		]);
		const { ctx, storage } = setup;
		const file = parsed(moving);
		const done = await importFile(ctx, file, await previewFile(ctx, file), 'config.json', () => {});
		expect(done).toMatchObject({
			kind: 'failed',
			reason: { code: 'import-clashes' },
			signedOutAtProvider: ['ada@example.org']
		});
		const grant = await storage.grants.get('a1');
		expect(grant?.problem).toMatchObject({ code: 'import-failed-revoked', params: { file: 'config.json' } });
		expect((await storage.connections.get('c1'))?.clientId).toBe('abc');
	});
});
