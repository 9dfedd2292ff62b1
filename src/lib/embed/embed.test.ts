import { afterEach, describe, expect, it } from 'vitest';
import { portalToken } from '$lib/app/portal';
import { FakeClock, FakeLocks, scriptedFetch, seedGrant, testStorage } from '$lib/auth/testing/fakes';
import { err, ok } from '$lib/config';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';
import { EmbedBridge, type BridgeDeps, type PortalLogInput } from './bridge';
import {
	ancestorOrigin,
	isPortalOrigin,
	MAX_MESSAGE_BYTES,
	MAX_MESSAGE_DEPTH,
	message,
	parsePortalMessage,
	plainJsonSize,
	type TokenReply
} from './messages';
import { isAllowDecision, isAllowRequest } from './allow';

describe('parsePortalMessage', () => {
	it('reads the three requests', () => {
		expect(parsePortalMessage({ type: 'oauth2-client:hello', id: '1' })).toEqual({ type: 'hello', id: '1' });
		expect(parsePortalMessage({ type: 'oauth2-client:list-accounts', id: 'x' })).toEqual({
			type: 'list-accounts',
			id: 'x'
		});
		expect(parsePortalMessage({ type: 'oauth2-client:get-token', id: '2', account: 'a@b.c', extra: true })).toEqual({
			type: 'get-token',
			id: '2',
			account: 'a@b.c'
		});
	});

	it('ignores what is malformed, unknown, id-less or oversized', () => {
		for (const data of [
			null,
			'oauth2-client:hello',
			[{ type: 'oauth2-client:hello', id: '1' }],
			{ type: 'hello', id: '1' },
			{ type: 'oauth2-client:ready', id: '1' },
			{ type: 'oauth2-client:unknown', id: '1' },
			{ type: 'oauth2-client:hello' },
			{ type: 'oauth2-client:hello', id: 7 },
			{ type: 'oauth2-client:hello', id: '' },
			{ type: 'oauth2-client:hello', id: 'x'.repeat(300) },
			{ type: 'oauth2-client:get-token', id: '1' },
			{ type: 'oauth2-client:get-token', id: '1', account: { email: 'a@b.c' } },
			{ type: 'oauth2-client:hello', id: '1', padding: 'x'.repeat(MAX_MESSAGE_BYTES) },
			{ type: 'oauth2-client:hello', id: '1', big: 10n }
		]) {
			expect(
				parsePortalMessage(data),
				JSON.stringify(data, (_k, v: unknown) => (typeof v === 'bigint' ? 'bigint' : v))?.slice(0, 80)
			).toBeUndefined();
		}
		const cyclic: Record<string, unknown> = { type: 'oauth2-client:hello', id: '1' };
		cyclic.self = cyclic;
		expect(parsePortalMessage(cyclic)).toBeUndefined();
	});

	it('refuses anything that is not plain JSON, whatever JSON.stringify would make of it', () => {
		const hello = { type: 'oauth2-client:hello', id: '1' };
		for (const [what, value] of [
			['an ArrayBuffer', new ArrayBuffer(1 << 20)],
			['a typed array', new Uint8Array(1 << 20)],
			['a DataView', new DataView(new ArrayBuffer(8))],
			['a Map', new Map([['a', 'x'.repeat(MAX_MESSAGE_BYTES)]])],
			['a Set', new Set([1])],
			['a Blob', new Blob(['x'.repeat(MAX_MESSAGE_BYTES * 2)])],
			['a Date', new Date(0)],
			['a RegExp', /x/],
			['an Error', new Error('x')],
			['a boxed string', Object('x') as unknown],
			['undefined', undefined],
			['NaN', Number.NaN],
			['Infinity', Number.POSITIVE_INFINITY],
			['a sparse array', Object.assign([1], { 2: 3 })],
			[
				'a class instance',
				new (class Point {
					x = 1;
				})()
			],
			['a nested Map', { deep: [{ m: new Map() }] }]
		] as const) {
			expect(parsePortalMessage({ ...hello, extra: value }), what).toBeUndefined();
		}
		// The same message with plain values is fine.
		expect(
			parsePortalMessage({ ...hello, extra: { a: [1, -0.5, 'é', true, false, null, {}], b: Object.create(null) } })
		).toEqual({ type: 'hello', id: '1' });
	});

	it('limits nesting, and counts shared references as often as they would be sent, without hanging', () => {
		let nested: unknown = 'leaf';
		for (let i = 0; i < MAX_MESSAGE_DEPTH - 1; i++) nested = [nested];
		expect(parsePortalMessage({ type: 'oauth2-client:hello', id: '1', nested })).toEqual({ type: 'hello', id: '1' });
		expect(parsePortalMessage({ type: 'oauth2-client:hello', id: '1', nested: [nested] })).toBeUndefined();
		// Small in memory, 2^40 copies as JSON.
		let shared: unknown = ['x'.repeat(100)];
		for (let i = 0; i < 40; i++) shared = [shared, shared];
		const started = Date.now();
		expect(parsePortalMessage({ type: 'oauth2-client:hello', id: '1', shared })).toBeUndefined();
		expect(Date.now() - started).toBeLessThan(1000);
		const cyclic: unknown[] = [];
		cyclic.push(cyclic);
		expect(() => parsePortalMessage({ type: 'oauth2-client:hello', id: '1', cyclic })).not.toThrow();
		expect(plainJsonSize(cyclic)).toBeUndefined();
	});

	it('measures plain JSON exactly as sent, in UTF-8 bytes', () => {
		for (const value of [
			{ type: 'oauth2-client:hello', id: '1' },
			{ a: [1, 2.5, -0, 1e21, 'é€😀', '"\\\n\u0001', true, false, null], b: {}, c: [], 'k"y': { d: [[]] } },
			'\ud800',
			[]
		]) {
			expect(plainJsonSize(value), JSON.stringify(value)).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
		}
		const fits = { type: 'oauth2-client:hello', id: '1', pad: '' };
		fits.pad = 'x'.repeat(MAX_MESSAGE_BYTES - (plainJsonSize(fits) ?? 0));
		expect(plainJsonSize(fits)).toBe(MAX_MESSAGE_BYTES);
		expect(parsePortalMessage(fits)).toEqual({ type: 'hello', id: '1' });
		expect(parsePortalMessage({ ...fits, pad: `${fits.pad}x` })).toBeUndefined();
	});
});

describe('origins', () => {
	it('accepts serialised https origins and loopback http only', () => {
		expect(isPortalOrigin('https://portal.example.org')).toBe(true);
		expect(isPortalOrigin('https://portal.example.org:8443')).toBe(true);
		expect(isPortalOrigin('http://localhost:8176')).toBe(true);
		expect(isPortalOrigin('http://127.0.0.1:3000')).toBe(true);
		for (const bad of [
			'null',
			'http://portal.example.org',
			'https://portal.example.org/',
			'https://a.example/path',
			'javascript:alert(1)',
			'*',
			''
		]) {
			expect(isPortalOrigin(bad), bad).toBe(false);
		}
	});

	it('takes the embedding origin from ancestorOrigins where the browser has it', () => {
		expect(ancestorOrigin({ ancestorOrigins: { length: 1, 0: 'https://portal.example.org' } })).toBe(
			'https://portal.example.org'
		);
		expect(ancestorOrigin({ ancestorOrigins: { length: 1, 0: 'null' } })).toBeUndefined();
		expect(ancestorOrigin({})).toBeUndefined();
	});
});

describe('allow window messages', () => {
	it('checks their shape', () => {
		expect(
			isAllowRequest({
				type: 'oauth2-client:allow-request',
				origin: 'https://p',
				accounts: [{ id: 'a', name: 'A', email: 'a@b.c' }],
				allowed: null
			})
		).toBe(true);
		expect(
			isAllowRequest({ type: 'oauth2-client:allow-request', origin: 'https://p', accounts: 'all', allowed: null })
		).toBe(false);
		expect(
			isAllowDecision({ type: 'oauth2-client:allow-decision', origin: 'https://p', allow: true, accountIds: ['a'] })
		).toBe(true);
		expect(
			isAllowDecision({ type: 'oauth2-client:allow-decision', origin: 'https://p', allow: 'yes', accountIds: [] })
		).toBe(false);
	});
});

const PORTAL = 'https://portal.example.org';

/** The accounts set up here, by id. */
const ACCOUNTS = [
	{ id: 'a1', email: 'ada@example.com', status: 'Connected' },
	{ id: 'a2', email: 'bob@example.com', status: 'Connected' },
	{ id: 'a3', email: 'cyd@example.com', status: 'Sign-in required' },
	{ id: 'a4', email: 'dee@example.com', status: 'Connected' }
] as const;

function harness(options: { parentOrigin?: string; allowed?: Record<string, string[]> } = {}) {
	const sent: { message: Record<string, unknown>; origin: string }[] = [];
	const log: PortalLogInput[] = [];
	const refused: string[] = [];
	const parent = {
		postMessage: (message: unknown, origin: string) =>
			sent.push({ message: message as Record<string, unknown>, origin })
	};
	const allowed = options.allowed ?? { [PORTAL]: ['a1'] };
	const deps: BridgeDeps = {
		parent,
		parentOrigin: options.parentOrigin,
		// The accounts the person gave the origin, each by id and by its address as it was then.
		permission: async (origin) => {
			const ids = allowed[origin];
			if (!ids) return undefined;
			return { accounts: ACCOUNTS.filter((a) => ids.includes(a.id)).map((a) => ({ id: a.id, emailKey: a.email })) };
		},
		accounts: async () => [...ACCOUNTS],
		token: async (id) =>
			id === 'a4'
				? err({ code: 'unknown-account', problem: { code: 'account-removed' } })
				: id === 'a1'
					? ok({
							email: 'ada@example.com',
							reply: {
								accessToken: 'at',
								tokenType: 'Bearer',
								expiresAt: 5,
								scopes: ['mail'],
								servers: { imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'ada@example.com' } }
							}
						})
					: err({ code: 'sign-in-required', problem: { code: 'sign-in-again' } }),
		// The app's catalog words the `error` messages.
		describe: problemText,
		log: async (entry) => void log.push(entry),
		onRefused: (origin) => void refused.push(origin)
	};
	const bridge = new EmbedBridge(deps);
	const from = (data: unknown, origin = PORTAL, source: unknown = parent) => bridge.receive({ data, origin, source });
	return { bridge, sent, log, refused, from, parent };
}

describe('EmbedBridge', () => {
	it('answers an allowed portal, to its exact origin', async () => {
		const h = harness({ parentOrigin: PORTAL });
		await h.from({ type: 'oauth2-client:hello', id: 'h1' });
		await h.from({ type: 'oauth2-client:list-accounts', id: 'l1' });
		await h.from({ type: 'oauth2-client:get-token', id: 't1', account: 'ADA@example.com' });
		expect(h.sent).toEqual([
			// Exactly `ready {version: 1}` (docs/portal.md): no id, nothing else.
			{ origin: PORTAL, message: { type: 'oauth2-client:ready', version: 1 } },
			{
				origin: PORTAL,
				message: {
					type: 'oauth2-client:accounts',
					id: 'l1',
					accounts: [{ email: 'ada@example.com', status: 'Connected' }]
				}
			},
			{
				origin: PORTAL,
				message: {
					type: 'oauth2-client:token',
					id: 't1',
					account: 'ada@example.com',
					accessToken: 'at',
					tokenType: 'Bearer',
					expiresAt: 5,
					scopes: ['mail'],
					servers: { imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'ada@example.com' } }
				}
			}
		]);
		expect(h.log.map((e) => e.outcome)).toEqual(['ready', 'accounts', 'token']);
	});

	it('answers nothing to an origin that is not allowed, and logs it', async () => {
		const h = harness({ parentOrigin: 'https://evil.example' });
		await h.from({ type: 'oauth2-client:get-token', id: 't1', account: 'ada@example.com' }, 'https://evil.example');
		expect(h.sent).toEqual([]);
		expect(h.refused).toEqual(['https://evil.example']);
		expect(h.log).toEqual([
			{
				origin: 'https://evil.example',
				request: 'get-token',
				account: 'ada@example.com',
				outcome: 'ignored',
				detail: 'origin not allowed'
			}
		]);
	});

	it('ignores messages from other windows and from origins other than the embedding page’s', async () => {
		const h = harness({ parentOrigin: PORTAL });
		await h.from({ type: 'oauth2-client:hello', id: '1' }, PORTAL, {});
		expect(h.log).toEqual([]);
		await h.from({ type: 'oauth2-client:hello', id: '1' }, 'https://other.example');
		expect(h.sent).toEqual([]);
		expect(h.log[0]).toMatchObject({ origin: 'https://other.example', outcome: 'ignored' });
	});

	it('learns the origin from the first message when the browser does not tell', async () => {
		const h = harness();
		await h.from({ type: 'oauth2-client:hello', id: '1' });
		expect(h.bridge.origin).toBe(PORTAL);
		await h.from({ type: 'oauth2-client:hello', id: '2' }, 'https://other.example');
		expect(h.sent).toHaveLength(1);
	});

	it('says not-allowed, unknown-account and sign-in-required with stable codes', async () => {
		const h = harness({ parentOrigin: PORTAL, allowed: { [PORTAL]: ['a1', 'a3', 'a4'] } });
		await h.from({ type: 'oauth2-client:get-token', id: '1', account: 'bob@example.com' });
		await h.from({ type: 'oauth2-client:get-token', id: '3', account: 'cyd@example.com' });
		await h.from({ type: 'oauth2-client:get-token', id: '4', account: 'dee@example.com' });
		expect(h.sent.map((s) => [s.message.id, s.message.code, s.message.message])).toEqual([
			['1', 'not-allowed', 'This portal may not get tokens for bob@example.com.'],
			['3', 'sign-in-required', 'Sign in again.'],
			['4', 'unknown-account', 'This account was removed a moment ago.']
		]);
		expect(h.log.map((e) => [e.account, e.outcome, e.detail])).toEqual([
			['bob@example.com', 'error:not-allowed', 'This portal may not get tokens for bob@example.com.'],
			['cyd@example.com', 'error:sign-in-required', 'Sign in again.'],
			['dee@example.com', 'error:unknown-account', 'This account was removed a moment ago.']
		]);
	});

	it('answers an account that does not exist exactly like one the portal was not given', async () => {
		const h = harness({ parentOrigin: PORTAL, allowed: { [PORTAL]: ['a1'] } });
		await h.from({ type: 'oauth2-client:get-token', id: '1', account: 'bob@example.com' });
		await h.from({ type: 'oauth2-client:get-token', id: '1', account: 'nobody@example.com' });
		const [given, missing] = h.sent.map((s) => s.message);
		expect(given).toEqual({
			type: 'oauth2-client:error',
			id: '1',
			code: 'not-allowed',
			message: 'This portal may not get tokens for bob@example.com.'
		});
		expect(missing).toEqual({ ...given, message: 'This portal may not get tokens for nobody@example.com.' });
	});

	it('checks the origin before the account: a portal that is not allowed learns nothing', async () => {
		const h = harness({ parentOrigin: 'https://evil.example' });
		await h.from({ type: 'oauth2-client:get-token', id: '1', account: 'nobody@example.com' }, 'https://evil.example');
		await h.from({ type: 'oauth2-client:get-token', id: '2', account: 'bob@example.com' }, 'https://evil.example');
		expect(h.sent).toEqual([]);
		expect(h.log.map((e) => [e.account, e.outcome, e.detail])).toEqual([
			['nobody@example.com', 'ignored', 'origin not allowed'],
			['bob@example.com', 'ignored', 'origin not allowed']
		]);
	});

	it('logs every message from an origin that is not allowed, malformed or not', async () => {
		const evil = 'https://evil.example';
		const h = harness({ parentOrigin: evil });
		await h.from({ type: 'oauth2-client:get-token', account: 'ada@example.com' }, evil);
		await h.from({ type: 'oauth2-client:unknown', id: '1' }, evil);
		await h.from({ type: `oauth2-client:${'x'.repeat(500)}`, id: '1' }, evil);
		await h.from({ type: 'oauth2-client:hello', id: '1', buffer: new ArrayBuffer(8) }, evil);
		await h.from('hello', evil);
		await h.from(null, evil);
		await h.from({ type: 7 }, evil);
		await h.from({ type: 'oauth2-client:hello', id: '1' }, evil);
		expect(h.sent).toEqual([]);
		expect(h.log.map((e) => e.request)).toEqual([
			'oauth2-client:get-token',
			'oauth2-client:unknown',
			`oauth2-client:${'x'.repeat(80 - 'oauth2-client:'.length)}…`,
			'oauth2-client:hello',
			'malformed',
			'malformed',
			'malformed',
			'hello'
		]);
		expect(h.log.every((e) => e.origin === evil && e.outcome === 'ignored' && !('account' in e))).toBe(true);
		expect(h.log.map((e) => e.detail)).toEqual([
			...Array<string>(7).fill('origin not allowed; not a valid request'),
			'origin not allowed'
		]);
		expect(h.refused).toHaveLength(8);
		// From the embedding page's origin (allowed) the same messages are ignored without a word,
		// and from a page other than the embedding one they are logged.
		const allowed = harness({ parentOrigin: PORTAL });
		await allowed.from({ type: 'oauth2-client:unknown', id: '1' });
		expect(allowed.log).toEqual([]);
		await allowed.from({ type: 'oauth2-client:unknown', id: '1' }, evil);
		expect(allowed.log).toEqual([
			{
				origin: evil,
				request: 'oauth2-client:unknown',
				outcome: 'ignored',
				detail: `not the embedding page (${PORTAL})`
			}
		]);
		expect(allowed.sent).toEqual([]);
	});

	it('learns the portal from a malformed first message too, and still logs it when not allowed', async () => {
		const h = harness({ allowed: {} });
		await h.from({ nonsense: true });
		expect(h.bridge.origin).toBe(PORTAL);
		expect(h.log).toEqual([
			{ origin: PORTAL, request: 'malformed', outcome: 'ignored', detail: 'origin not allowed; not a valid request' }
		]);
	});

	it('ignores malformed messages without a word', async () => {
		const h = harness({ parentOrigin: PORTAL });
		await h.from({ type: 'oauth2-client:get-token', account: 'ada@example.com' });
		await h.from('hello');
		expect(h.sent).toEqual([]);
		expect(h.log).toEqual([]);
	});

	it('announces itself once when allowed, and reports status changes of allowed accounts only', async () => {
		const h = harness({ parentOrigin: PORTAL });
		expect(await h.bridge.announce()).toBe(true);
		expect(await h.bridge.announce()).toBe(false);
		await h.bridge.statusChanged([
			{ id: 'a1', email: 'ada@example.com', status: 'Connected' },
			{ id: 'a2', email: 'bob@example.com', status: 'Connected' }
		]);
		await h.bridge.statusChanged([
			{ id: 'a1', email: 'ada@example.com', status: 'Sign-in required' },
			{ id: 'a2', email: 'bob@example.com', status: 'Offline' }
		]);
		expect(h.sent.map((s) => s.message)).toEqual([
			{ type: 'oauth2-client:ready', version: 1 },
			{ type: 'oauth2-client:status', account: 'ada@example.com', status: 'Sign-in required' }
		]);
		await expect(harness({ parentOrigin: 'https://evil.example' }).bridge.announce()).resolves.toBe(false);
	});

	it('tells the portal in advance when a sign-in ends, and again when a renewal moves it', async () => {
		const h = harness({ parentOrigin: PORTAL });
		const ada = { id: 'a1', email: 'ada@example.com', status: 'Connected' as const, signInExpiresAt: 1_000 };
		await h.bridge.statusChanged([ada]);
		await h.bridge.statusChanged([{ ...ada, signInExpiresAt: 2_000 }]);
		expect(h.sent.map((s) => s.message)).toEqual([
			{ type: 'oauth2-client:status', account: 'ada@example.com', status: 'Connected', signInExpiresAt: 2_000 }
		]);
	});
});

// The assumed lifetime of a token without an expiry (`needExpiry`) is the keeper's: keeper.test.ts.
describe('portalToken (what the bridge hands a portal)', () => {
	let storages: Storage[] = [];
	afterEach(async () => {
		for (const s of storages) await s.db.delete();
		storages = [];
	});

	/** An account signed in through a custom connection, as `change` leaves its grant; its token for a portal. */
	async function tokenFor(
		change: (storage: Storage, accountId: string, clock: FakeClock) => Promise<void> = async () => {},
		options: { online?: boolean; accountId?: string } = {}
	) {
		const clock = new FakeClock();
		const storage = testStorage(clock.now);
		storages.push(storage);
		const { accountId } = await seedGrant(storage, { now: clock.now(), lifetimeMs: 10 * 60_000 });
		await change(storage, accountId, clock);
		const { fetch, calls } = scriptedFetch([]);
		const ctx = {
			storage,
			fetch,
			callbackBase: 'https://app.example/callback',
			locks: new FakeLocks(),
			now: clock.now,
			online: () => options.online ?? true
		};
		return { outcome: await portalToken(ctx, options.accountId ?? accountId), calls, clock };
	}

	it('hands out the token with its expiry and the account’s address as stored', async () => {
		const { outcome, calls, clock } = await tokenFor();
		expect(outcome).toMatchObject({
			ok: true,
			value: {
				email: 'ada@example.com',
				reply: { accessToken: 'at-1', tokenType: 'Bearer', expiresAt: clock.now() + 10 * 60_000, scopes: ['mail'] }
			}
		});
		expect(calls).toHaveLength(0);
	});

	it('maps the keeper’s other answers to the protocol’s codes, with the keeper’s problem for the words', async () => {
		const expire = async (_s: Storage, _id: string, clock: FakeClock) => clock.advance(11 * 60_000);
		const cases: [string, Parameters<typeof tokenFor>, string, { code: string; params?: object }][] = [
			['not-signed-in', [async (s, id) => s.grants.delete(id)], 'sign-in-required', { code: 'not-signed-in' }],
			[
				'sign-in-required',
				[
					async (s, id, clock) =>
						s.grants.update(id, { state: 'sign-in-required', problem: { code: 'invalid-grant', at: clock.now() } })
				],
				'sign-in-required',
				{ code: 'invalid-grant' }
			],
			['offline', [expire, { online: false }], 'offline', { code: 'offline' }],
			[
				'configuration-error',
				[
					async (s, id, clock) =>
						s.grants.update(id, { state: 'configuration-error', problem: { code: 'invalid-client', at: clock.now() } })
				],
				'provider-error',
				{ code: 'invalid-client' }
			],
			[
				'retrying',
				[
					async (s, id, clock) => {
						clock.advance(11 * 60_000);
						await s.grants.update(id, {
							state: 'retrying',
							problem: { code: 'timeout', params: { host: 'id.example.com' }, at: clock.now() },
							retry: { attempt: 1, nextAt: clock.now() + 30_000 }
						});
					}
				],
				'provider-error',
				{ code: 'timeout', params: { host: 'id.example.com' } }
			]
		];
		for (const [status, args, code, problem] of cases) {
			const { outcome, calls } = await tokenFor(...args);
			expect(outcome, status).toEqual({ ok: false, error: { code, problem } });
			expect(calls, status).toHaveLength(0);
		}
		const { outcome } = await tokenFor(undefined, { accountId: 'removed' });
		expect(outcome).toEqual({ ok: false, error: { code: 'unknown-account', problem: { code: 'account-removed' } } });
		expect(!outcome.ok && problemText(outcome.error.problem)).toBe('This account was removed a moment ago.');
	});
});

describe('token messages', () => {
	it('has expiresAt in every token message (the type requires it: svelte-check fails otherwise)', () => {
		// @ts-expect-error: a reply without expiresAt is not a TokenReply (docs/portal.md: expiresAt, epoch ms).
		const incomplete: TokenReply = { accessToken: 'at', tokenType: 'Bearer', scopes: [], servers: {} };
		expect(incomplete).not.toHaveProperty('expiresAt');
		const reply: TokenReply = { accessToken: 'at', tokenType: 'Bearer', expiresAt: 0, scopes: [], servers: {} };
		expect(message.token('1', 'a@b.c', reply)).toHaveProperty('expiresAt', 0);
	});
});
