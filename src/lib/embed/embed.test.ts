import { describe, expect, it } from 'vitest';
import { EmbedBridge, type BridgeDeps, type PortalLogInput } from './bridge';
import { ancestorOrigin, isPortalOrigin, MAX_MESSAGE_BYTES, parsePortalMessage } from './messages';
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
		permission: async (origin) => (allowed[origin] ? { accountIds: allowed[origin] } : undefined),
		accounts: async () => [
			{ id: 'a1', email: 'ada@example.com', status: 'Connected' },
			{ id: 'a2', email: 'bob@example.com', status: 'Connected' },
			{ id: 'a3', email: 'cyd@example.com', status: 'Sign-in required' }
		],
		token: async (id) =>
			id === 'a1'
				? {
						ok: true,
						reply: {
							accessToken: 'at',
							tokenType: 'Bearer',
							expiresAt: 5,
							scopes: ['mail'],
							servers: { imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'ada@example.com' } }
						}
					}
				: { ok: false, code: 'sign-in-required', message: 'Sign in again.' },
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
			{ origin: PORTAL, message: { type: 'oauth2-client:ready', id: 'h1', version: 1 } },
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
		const h = harness({ parentOrigin: PORTAL, allowed: { [PORTAL]: ['a1', 'a3'] } });
		await h.from({ type: 'oauth2-client:get-token', id: '1', account: 'bob@example.com' });
		await h.from({ type: 'oauth2-client:get-token', id: '2', account: 'nobody@example.com' });
		await h.from({ type: 'oauth2-client:get-token', id: '3', account: 'cyd@example.com' });
		expect(h.sent.map((s) => [s.message.id, s.message.code])).toEqual([
			['1', 'not-allowed'],
			['2', 'unknown-account'],
			['3', 'sign-in-required']
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
		expect(harness({ parentOrigin: 'https://evil.example' }).bridge.announce()).resolves.toBe(false);
	});
});
