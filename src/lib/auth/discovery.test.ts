import { afterEach, describe, expect, it } from 'vitest';
import { discoveryText } from '$lib/messages/problems';
import { createStorage, type Storage } from '$lib/storage';
import { discover, wellKnownUrl } from './discovery';
import type { Fetch } from './http';

const ISSUER = 'https://id.example.com/realms/mail';
const WELL_KNOWN = `${ISSUER}/.well-known/openid-configuration`;
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
		const refused = await discover(ISSUER, { fetch });
		expect(refused).toMatchObject({
			kind: 'failed',
			code: 'issuer-mismatch',
			params: { named: 'https://evil.example.com', issuer: ISSUER },
			retryable: false,
			actualIssuer: 'https://evil.example.com'
		});
		expect(refused.kind === 'failed' && discoveryText(refused)).toBe(
			`The provider calls itself “https://evil.example.com”, not “${ISSUER}”. Enter its issuer exactly: a response from one issuer is never accepted for another.`
		);
	});

	it('refuses providers without S256 but accepts those that do not list methods', async () => {
		const plainOnly = answering({ ...METADATA, code_challenge_methods_supported: ['plain'] });
		const refused = await discover(ISSUER, { fetch: plainOnly.fetch });
		expect(refused).toMatchObject({ kind: 'failed', code: 'no-s256', retryable: false });
		expect(refused.kind === 'failed' && discoveryText(refused)).toMatch(
			/^The provider does not support PKCE with S256/
		);
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
		expect(down).toMatchObject({
			kind: 'failed',
			code: 'unreachable',
			params: { url: WELL_KNOWN, origin: 'https://app.test' },
			retryable: true
		});
		expect(down.kind === 'failed' && discoveryText(down)).toContain('(https://app.test)');
		expect(down.kind === 'failed' && discoveryText(down)).toMatch(/^Could not reach https:\/\/id\.example\.com\//);
		const notFound = await discover(ISSUER, {
			fetch: answering('nope', { status: 404, statusText: 'Not Found' }).fetch
		});
		expect(notFound).toMatchObject({
			kind: 'failed',
			code: 'http-status',
			params: { url: WELL_KNOWN, status: 404, statusText: 'Not Found' },
			retryable: false
		});
		expect(notFound.kind === 'failed' && discoveryText(notFound)).toContain('answered 404 Not Found');
		const page = await discover(ISSUER, { fetch: answering('<html>').fetch });
		expect(page).toMatchObject({ code: 'not-json', params: { url: WELL_KNOWN } });
		expect(page.kind === 'failed' && discoveryText(page)).toBe(
			`${WELL_KNOWN} did not return JSON. Check the Issuer URL: it should point at an OpenID provider, not a web page.`
		);
		// JSON, but not an object: no metadata either.
		const list = await discover(ISSUER, { fetch: answering([1, 2]).fetch });
		expect(list).toMatchObject({ code: 'not-an-object', retryable: false });
		expect(list.kind === 'failed' && discoveryText(list)).toBe('The provider’s metadata is not a JSON object.');
		const { token_endpoint: _t, ...noToken } = METADATA;
		const incomplete = await discover(ISSUER, { fetch: answering(noToken).fetch });
		expect(incomplete).toMatchObject({ code: 'missing-endpoint', params: { field: 'token_endpoint' } });
		expect(incomplete.kind === 'failed' && discoveryText(incomplete)).toBe(
			'The provider’s metadata has no token_endpoint.'
		);
		const insecure = await discover(ISSUER, {
			fetch: answering({ ...METADATA, token_endpoint: 'http://id.example.com/token' }).fetch
		});
		expect(insecure).toMatchObject({
			code: 'unusable-endpoint',
			params: { field: 'token_endpoint', problem: 'insecure' }
		});
		expect(insecure.kind === 'failed' && discoveryText(insecure)).toContain('token_endpoint is unusable');
		const { issuer: _i, ...anonymous } = METADATA;
		const unnamed = await discover(ISSUER, { fetch: answering(anonymous).fetch });
		expect(unnamed).toMatchObject({ code: 'no-issuer' });
		expect(unnamed.kind === 'failed' && discoveryText(unnamed)).toBe(
			'The provider’s metadata names no issuer: it is not an OpenID provider.'
		);
		const plainRevocation = await discover(ISSUER, {
			fetch: answering({ ...METADATA, revocation_endpoint: 'http://id.example.com/revoke' }).fetch
		});
		expect(plainRevocation).toMatchObject({ code: 'insecure-endpoint', params: { field: 'revocation_endpoint' } });
		expect(plainRevocation.kind === 'failed' && discoveryText(plainRevocation)).toBe(
			'The provider’s revocation_endpoint is not an https URL.'
		);
	});

	it('times out instead of waiting forever', async () => {
		const hanging: Fetch = (_input, init) =>
			new Promise((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(init.signal!.reason)));
		const late = await discover(ISSUER, { fetch: hanging, timeoutMs: 20 });
		expect(late).toMatchObject({ code: 'timeout', params: { url: WELL_KNOWN }, retryable: true });
		expect(late.kind === 'failed' && discoveryText(late)).toMatch(/did not answer in time/);
	});

	it('checks the issuer URL before sending anything', async () => {
		const { fetch, calls } = answering(METADATA);
		const invalid = await discover('http://id.example.com', { fetch });
		expect(invalid).toMatchObject({ code: 'invalid-issuer', params: { problem: 'insecure' } });
		expect(invalid.kind === 'failed' && discoveryText(invalid)).toMatch(/^Issuer URL: not an https URL/);
		expect(calls).toEqual([]);
	});
});
