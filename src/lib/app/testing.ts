import { aGrant } from '$lib/config/testing';
import type { Fetch } from '$lib/auth';
import { FakeClock, FakeLocks, testStorage } from '$lib/auth/testing/fakes';
import type { AccessToken, Grant } from '$lib/config';
import { staticEndpoints } from '$lib/providers';
import type { Storage } from '$lib/storage';
import type { AppContext } from './context';

/**
 * Test helpers of the application layer: a context on a fresh database with fake locks and a
 * clock, and grants stored as a sign-in would have stored them.
 */

export const CALLBACK_BASE = 'https://app.example/callback';

/** Every test storage made here, so that `dropStorages` can delete them after each test. */
const made: Storage[] = [];

export function testContext(
	options: { fetch?: Fetch; clock?: FakeClock; locks?: FakeLocks; online?: () => boolean; storage?: Storage } = {}
): { ctx: AppContext; storage: Storage; clock: FakeClock; locks: FakeLocks } {
	const clock = options.clock ?? new FakeClock();
	const storage = options.storage ?? testStorage(clock.now);
	if (!options.storage) made.push(storage);
	const locks = options.locks ?? new FakeLocks();
	const ctx: AppContext = {
		storage,
		...(options.fetch ? { fetch: options.fetch } : {}),
		locks,
		now: clock.now,
		...(options.online ? { online: options.online } : {}),
		callbackBase: CALLBACK_BASE
	};
	return { ctx, storage, clock, locks };
}

export async function dropStorages(): Promise<void> {
	for (const storage of made.splice(0)) await storage.db.delete();
}

/** Saves a connection, or throws. */
export async function connection(storage: Storage, settings: Record<string, unknown>): Promise<string> {
	const saved = await storage.connections.save(settings);
	if (!saved.ok) throw new Error(`connection: ${JSON.stringify(saved.error)}`);
	return saved.value.id;
}

/** Saves an account, or throws. */
export async function account(
	storage: Storage,
	settings: { connectionId: string; email: string; name?: string } & Record<string, unknown>
): Promise<string> {
	const saved = await storage.accounts.save({ name: settings.email.split('@')[0], ...settings });
	if (!saved.ok) throw new Error(`account: ${JSON.stringify(saved.error)}`);
	return saved.value.id;
}

/**
 * Stores a grant for the account, bound to where its connection's endpoints are now (as a
 * sign-in records it): refresh token `rt-1` unless `refreshToken` is null, and the main access
 * token `at-1` (issued `now`, valid `lifetimeMs`, or without an expiry when that is null).
 */
export async function signedIn(
	storage: Storage,
	accountId: string,
	options: {
		now: number;
		scopes?: readonly string[];
		lifetimeMs?: number | null;
		refreshToken?: string | null;
		state?: Grant['state'];
		revocation?: Grant['revocation'];
		tenantId?: string;
		signInExpiresAt?: number;
		problem?: Grant['problem'];
	}
): Promise<Grant> {
	const account = await storage.accounts.get(accountId);
	if (!account) throw new Error('no such account');
	const conn = await storage.connections.get(account.connectionId);
	if (!conn) throw new Error('no such connection');
	const endpoints = staticEndpoints(conn);
	if (!endpoints) throw new Error('these helpers need a connection with static endpoints');
	const { now } = options;
	const lifetime = options.lifetimeMs === undefined ? 3_600_000 : options.lifetimeMs;
	const expiresAt = lifetime === null ? undefined : now + lifetime;
	const scopes = [...(options.scopes ?? ['mail'])];
	const token: AccessToken = {
		token: 'at-1',
		type: 'Bearer',
		...(expiresAt !== undefined ? { expiresAt } : {}),
		issuedAt: now,
		scopes
	};
	const grant: Grant = {
		accountId,
		connectionId: conn.id,
		...(endpoints.issuer ? { issuer: endpoints.issuer } : {}),
		tokenEndpoint: endpoints.tokenEndpoint,
		clientId: conn.clientId,
		state: options.state ?? 'connected',
		hasRefreshToken: options.refreshToken !== null,
		...(expiresAt !== undefined ? { expiresAt } : {}),
		issuedAt: now,
		scopes,
		...(options.revocation ? { revocation: options.revocation } : {}),
		...(options.tenantId ? { tenantId: options.tenantId } : {}),
		...(options.signInExpiresAt !== undefined ? { signInExpiresAt: options.signInExpiresAt } : {}),
		...(options.problem ? { problem: options.problem } : {}),
		obtainedAt: now,
		updatedAt: now
	};
	await storage.grants.store(grant, {
		...(options.refreshToken !== null ? { refreshToken: options.refreshToken ?? 'rt-1' } : {}),
		accessTokens: { '': token }
	});
	return grant;
}

/** Lets pending promise chains and IndexedDB requests (fake-indexeddb runs them on `setImmediate`) finish. */
export async function settle(rounds = 20): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((ok) => setImmediate(ok));
}

export const GOOGLE_REVOKE = 'https://oauth2.googleapis.com/revoke';

/**
 * The scene of the import tests: a Google connection "Work" (`c1`) with Ada (`a1`) signed in,
 * her grant recording Google's revocation endpoint.
 */
export async function seedAdaAtWork(storage: Storage): Promise<void> {
	await connection(storage, { id: 'c1', name: 'Work', provider: 'google', clientId: 'abc' });
	await account(storage, { id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' });
	await storage.grants.store(
		aGrant({
			accountId: 'a1',
			connectionId: 'c1',
			tokenEndpoint: 'https://oauth2.googleapis.com/token',
			clientId: 'abc',
			revocation: { endpoint: GOOGLE_REVOKE },
			obtainedAt: 1,
			updatedAt: 1
		}),
		{ refreshToken: 'rt', accessTokens: {} }
	);
}
