import { createStorage, type Storage } from '$lib/storage';
import type { Fetch } from '../http';
import type { LockManagerLike } from '../locks';

/** A lock manager with the Web Locks semantics we rely on: exclusive, FIFO, per name. */
export class FakeLocks implements LockManagerLike {
	readonly #queues = new Map<string, Promise<unknown>>();
	held = 0;
	maxHeld = 0;

	request<T>(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<T>): Promise<T> {
		const previous = this.#queues.get(name) ?? Promise.resolve();
		const run = previous.then(async () => {
			// Like the browser: a request aborted before it was granted never runs.
			if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
			this.held++;
			this.maxHeld = Math.max(this.maxHeld, this.held);
			try {
				return await callback({ name });
			} finally {
				this.held--;
			}
		});
		this.#queues.set(
			name,
			run.catch(() => undefined)
		);
		return run;
	}
}

/** A clock the test moves by hand. */
export class FakeClock {
	constructor(public time = 1_800_000_000_000) {}
	now = () => this.time;
	advance(ms: number) {
		this.time += ms;
	}
}

export interface Recorded {
	url: string;
	body: URLSearchParams;
	headers: Headers;
	/** What the caller asked to do with a redirect. */
	redirect: RequestRedirect | undefined;
}

/** A token endpoint that answers from a script and records what it was sent. */
export function scriptedFetch(answers: Array<Response | Error | (() => Response | Error | Promise<Response>)>) {
	const calls: Recorded[] = [];
	const fetch: Fetch = async (input, init) => {
		calls.push({
			url: String(input),
			body: new URLSearchParams(String(init?.body ?? '')),
			headers: new Headers(init?.headers),
			redirect: init?.redirect
		});
		const next = answers.shift();
		if (next === undefined) throw new Error(`unexpected request to ${String(input)}`);
		const value = typeof next === 'function' ? await next() : next;
		if (value instanceof Error) throw value;
		return value;
	};
	return { fetch, calls };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

let counter = 0;
export function testStorage(now?: () => number): Storage {
	return createStorage({ name: `auth-test-${Date.now()}-${counter++}`, ...(now ? { now } : {}) });
}

/** A custom OAuth 2 connection, as the grant fixtures below expect it. */
export const CUSTOM_CONNECTION = {
	name: 'Custom',
	provider: 'oauth2',
	clientId: 'client-1',
	authorizationEndpoint: 'https://id.example.com/authorize',
	tokenEndpoint: 'https://id.example.com/token',
	revocationEndpoint: 'https://id.example.com/revoke'
} as const;

/**
 * Stores `CUSTOM_CONNECTION`, an account on it and a grant: refresh token `rt-1`, access token
 * `at-1` issued at `now` and valid for `lifetimeMs` from then. `expires: false`: the provider gave
 * the token no expiry (`expires_in` is optional); `refreshToken: false`: and no refresh token.
 */
export async function seedGrant(
	storage: Storage,
	options: {
		state?: 'connected' | 'sign-in-required';
		now?: number;
		lifetimeMs?: number;
		expires?: boolean;
		refreshToken?: boolean;
	} = {}
): Promise<{ accountId: string; connectionId: string }> {
	const connection = await storage.connections.save(CUSTOM_CONNECTION);
	if (!connection.ok) throw new Error('connection');
	const account = await storage.accounts.save({
		name: 'Ada',
		email: 'ada@example.com',
		connectionId: connection.value.id
	});
	if (!account.ok) throw new Error('account');
	const now = options.now ?? Date.now();
	const expiry = options.expires === false ? {} : { expiresAt: now + (options.lifetimeMs ?? 60_000) };
	const refresh = options.refreshToken !== false;
	await storage.grants.store(
		{
			accountId: account.value.id,
			connectionId: connection.value.id,
			tokenEndpoint: CUSTOM_CONNECTION.tokenEndpoint,
			clientId: CUSTOM_CONNECTION.clientId,
			state: options.state ?? 'connected',
			hasRefreshToken: refresh,
			...expiry,
			issuedAt: now,
			scopes: ['mail'],
			obtainedAt: now,
			updatedAt: now
		},
		{
			...(refresh ? { refreshToken: 'rt-1' } : {}),
			accessTokens: { '': { token: 'at-1', type: 'Bearer', ...expiry, issuedAt: now, scopes: ['mail'] } }
		}
	);
	return { accountId: account.value.id, connectionId: connection.value.id };
}
