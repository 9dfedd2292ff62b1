import { afterEach, describe, expect, it } from 'vitest';
import { createStorage, type Storage } from '$lib/storage';
import { discover, wellKnownUrl } from './discovery';
import type { Fetch } from './http';

const ISSUER = 'https://id.example.com/realms/mail';
const METADATA = {
	issuer: ISSUER,
	authorization_endpoint: `${ISSUER}/auth`,
	token_endpoint: `${ISSUER}/token`,
	revocation_endpoint: `${ISSUER}/revoke`,
	code_challenge_methods_supported: ['plain', 'S256']
};

function answering(body: unknown, init: ResponseInit = { status: 200 }) {
	const calls: string[] = [];
	const fetch: Fetch = async (input) => {
		calls.push(String(input));
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), init);
	};
	return { fetch, calls };
}

let storages: Storage[] = [];
afterEach(async () => {
	for (const s of storages) await s.db.delete();
	storages = [];
});

describe('discover', () => {
	it('builds the well-known URL from the issuer', () => {
		expect(wellKnownUrl('https://a.test')).toBe('https://a.test/.well-known/openid-configuration');
		expect(wellKnownUrl('https://a.test/tenant/')).toBe('https://a.test/tenant/.well-known/openid-configuration');
	});

	it('returns valid metadata and caches it, so the next call sends nothing', async () => {
		const storage = createStorage({ name: `disc-${Math.random()}` });
		storages.push(storage);
		const { fetch, calls } = answering(METADATA);
		const first = await discover(ISSUER, { fetch, cache: storage.discovery });
		expect(first).toMatchObject({ kind: 'found', cached: false, s256Advertised: true });
		const second = await discover(ISSUER, { fetch, cache: storage.discovery });
		expect(second).toMatchObject({ kind: 'found', cached: true });
		expect(calls).toEqual([`${ISSUER}/.well-known/openid-configuration`]);
		await discover(ISSUER, { fetch, cache: storage.discovery, refresh: true });
		expect(calls).toHaveLength(2);
	});

	it('refuses metadata that names another issuer, and says which', async () => {
		const { fetch } = answering({ ...METADATA, issuer: 'https://evil.example.com' });
		expect(await discover(ISSUER, { fetch })).toMatchObject({
			kind: 'failed',
			code: 'issuer-mismatch',
			retryable: false,
			actualIssuer: 'https://evil.example.com'
		});
	});

	it('refuses providers without S256 but accepts those that do not list methods', async () => {
		const plainOnly = answering({ ...METADATA, code_challenge_methods_supported: ['plain'] });
		expect(await discover(ISSUER, { fetch: plainOnly.fetch })).toMatchObject({ kind: 'failed', code: 'no-s256' });
		const { code_challenge_methods_supported: _m, ...silent } = METADATA;
		expect(await discover(ISSUER, { fetch: answering(silent).fetch })).toMatchObject({
			kind: 'found',
			s256Advertised: false
		});
	});

	it('tells apart unreachable, HTTP errors, non-JSON and incomplete metadata', async () => {
		const unreachable: Fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		const down = await discover(ISSUER, { fetch: unreachable, appOrigin: 'https://app.test' });
		expect(down).toMatchObject({ kind: 'failed', code: 'unreachable', retryable: true });
		expect(down.kind === 'failed' && down.message).toContain('(https://app.test)');
		expect(
			await discover(ISSUER, { fetch: answering('nope', { status: 404, statusText: 'Not Found' }).fetch })
		).toMatchObject({
			kind: 'failed',
			code: 'http-status',
			message: expect.stringContaining('answered 404 Not Found')
		});
		expect(await discover(ISSUER, { fetch: answering('<html>').fetch })).toMatchObject({ code: 'not-json' });
		expect(await discover(ISSUER, { fetch: answering([1, 2]).fetch })).toMatchObject({ code: 'not-json' });
		const { token_endpoint: _t, ...noToken } = METADATA;
		expect(await discover(ISSUER, { fetch: answering(noToken).fetch })).toMatchObject({
			code: 'invalid-metadata',
			message: 'The provider’s metadata has no token_endpoint.'
		});
		expect(
			await discover(ISSUER, { fetch: answering({ ...METADATA, token_endpoint: 'http://id.example.com/token' }).fetch })
		).toMatchObject({ code: 'invalid-metadata', message: expect.stringContaining('token_endpoint is unusable') });
	});

	it('times out instead of waiting forever', async () => {
		const hanging: Fetch = (_input, init) =>
			new Promise((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(init.signal!.reason)));
		expect(await discover(ISSUER, { fetch: hanging, timeoutMs: 20 })).toMatchObject({
			code: 'timeout',
			retryable: true
		});
	});

	it('checks the issuer URL before sending anything', async () => {
		const { fetch, calls } = answering(METADATA);
		expect(await discover('http://id.example.com', { fetch })).toMatchObject({ code: 'invalid-issuer' });
		expect(calls).toEqual([]);
	});
});
