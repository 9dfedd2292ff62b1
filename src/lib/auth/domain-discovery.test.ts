import { describe, expect, it } from 'vitest';
import { discoverDomain, insertedWellKnown, metadataUrls } from './domain-discovery';
import type { Fetch } from './http';

const SESSION = 'https://mail.example.org/jmap/session';
const PRM = 'https://mail.example.org/.well-known/oauth-protected-resource/jmap/session';
const ISSUER = 'https://id.example.org';
const METADATA = {
	issuer: ISSUER,
	authorization_endpoint: `${ISSUER}/auth`,
	token_endpoint: `${ISSUER}/token`,
	registration_endpoint: `${ISSUER}/reg`,
	code_challenge_methods_supported: ['S256'],
	client_id_metadata_document_supported: true
};

type Route = { status?: number; body?: unknown; headers?: Record<string, string>; finalUrl?: string };

/** A fake network: each URL answers as given; `finalUrl` stands for where `fetch` ended after redirects. */
function network(routes: Record<string, Route>) {
	const asked: string[] = [];
	const fetch: Fetch = async (input, init) => {
		const url = String(input);
		asked.push(url);
		expect(init?.credentials).toBe('omit');
		const route = routes[url];
		if (!route) throw new TypeError('Failed to fetch');
		const response = new Response(route.body === undefined ? null : JSON.stringify(route.body), {
			status: route.status ?? 200,
			headers: route.headers ?? {}
		});
		Object.defineProperty(response, 'url', { value: route.finalUrl ?? url });
		return response;
	};
	return { fetch, asked };
}

const GOOD: Record<string, Route> = {
	'https://example.org/.well-known/jmap': {
		status: 401,
		finalUrl: SESSION,
		headers: { 'www-authenticate': `Bearer realm="jmap", resource_metadata="${PRM}"` }
	},
	[PRM]: {
		body: { resource: SESSION, authorization_servers: [ISSUER], scopes_supported: ['urn:ietf:params:jmap:mail'] }
	},
	[`${ISSUER}/.well-known/oauth-authorization-server`]: { body: METADATA }
};

describe('well-known addresses', () => {
	it('inserts the suffix between host and path (RFC 9728 §3.1, RFC 8414 §3.1)', () => {
		expect(insertedWellKnown(SESSION, 'oauth-protected-resource')).toBe(PRM);
		expect(insertedWellKnown('https://id.example.org/', 'oauth-authorization-server')).toBe(
			'https://id.example.org/.well-known/oauth-authorization-server'
		);
		expect(metadataUrls('https://id.example.org/tenant1')).toEqual([
			{ url: 'https://id.example.org/.well-known/oauth-authorization-server/tenant1', kind: 'oauth' },
			{ url: 'https://id.example.org/tenant1/.well-known/openid-configuration', kind: 'openid' }
		]);
	});
});

describe('discoverDomain', () => {
	it('finds the session, the issuer and its metadata in three requests, telling each step', async () => {
		const { fetch, asked } = network(GOOD);
		const steps: string[] = [];
		const found = await discoverDomain('example.org', { fetch, onStep: (step) => steps.push(step) });
		expect(found).toEqual({
			ok: true,
			value: expect.objectContaining({
				domain: 'example.org',
				sessionUrl: SESSION,
				issuer: ISSUER,
				metadataKind: 'oauth',
				resourceScopes: ['urn:ietf:params:jmap:mail'],
				requests: 3
			})
		});
		expect(asked).toEqual([
			'https://example.org/.well-known/jmap',
			PRM,
			`${ISSUER}/.well-known/oauth-authorization-server`
		]);
		expect(steps).toEqual(['autodiscovery', 'resource', 'server']);
	});

	it('uses the well-known metadata address when the challenge names none (its header not exposed)', async () => {
		const { fetch, asked } = network({
			...GOOD,
			'https://example.org/.well-known/jmap': { status: 401, finalUrl: SESSION }
		});
		expect((await discoverDomain('example.org', { fetch })).ok).toBe(true);
		expect(asked[1]).toBe(PRM);
	});

	it('falls back to OpenID Connect Discovery where RFC 8414’s address has nothing', async () => {
		const { fetch, asked } = network({
			...GOOD,
			[`${ISSUER}/.well-known/oauth-authorization-server`]: { status: 404 },
			[`${ISSUER}/.well-known/openid-configuration`]: { body: METADATA }
		});
		const found = await discoverDomain('example.org', { fetch });
		expect(found.ok && found.value.metadataKind).toBe('openid');
		expect(found.ok && found.value.requests).toBe(4);
		expect(asked).toHaveLength(4);
	});

	it('refuses metadata whose resource is not the session that answered (RFC 9728 §3.3)', async () => {
		const { fetch } = network({
			...GOOD,
			[PRM]: { body: { resource: 'https://evil.example/jmap/session', authorization_servers: [ISSUER] } }
		});
		expect(await discoverDomain('example.org', { fetch })).toEqual({
			ok: false,
			error: expect.objectContaining({ step: 'resource', code: 'resource-mismatch' })
		});
	});

	it('refuses a server whose metadata names another issuer (RFC 8414 §3.3)', async () => {
		const { fetch } = network({
			...GOOD,
			[`${ISSUER}/.well-known/oauth-authorization-server`]: { body: { ...METADATA, issuer: 'https://other.example' } }
		});
		const found = await discoverDomain('example.org', { fetch });
		expect(!found.ok && found.error).toMatchObject({
			step: 'server',
			code: 'issuer-mismatch',
			params: { named: 'https://other.example', issuer: ISSUER }
		});
	});

	it('refuses plain http anywhere, and on loopback too unless it is the demo', async () => {
		const http = network({
			...GOOD,
			[PRM]: { body: { resource: SESSION, authorization_servers: ['http://id.example.org'] } }
		});
		const found = await discoverDomain('example.org', { fetch: http.fetch });
		expect(!found.ok && found.error).toMatchObject({ step: 'resource', code: 'insecure-url' });

		const redirected = network({
			'https://example.org/.well-known/jmap': { status: 401, finalUrl: 'http://127.0.0.1:8175/jmap/' }
		});
		const refused = await discoverDomain('example.org', { fetch: redirected.fetch });
		expect(!refused.ok && refused.error).toMatchObject({ step: 'autodiscovery', code: 'insecure-url' });
		expect(redirected.asked).toHaveLength(1);
	});

	it('follows loopback http in the demo', async () => {
		const local = 'http://127.0.0.1:8175/jmap/';
		const localPrm = 'http://127.0.0.1:8175/.well-known/oauth-protected-resource/jmap/';
		const { fetch } = network({
			'https://demo.test/.well-known/jmap': {
				status: 401,
				finalUrl: local,
				headers: { 'www-authenticate': `Bearer realm="jmap", resource_metadata="${localPrm}"` }
			},
			[localPrm]: { body: { resource: local, authorization_servers: ['http://127.0.0.1:8174'] } },
			'http://127.0.0.1:8174/.well-known/oauth-authorization-server': {
				body: {
					...METADATA,
					issuer: 'http://127.0.0.1:8174',
					authorization_endpoint: 'http://127.0.0.1:8174/auth',
					token_endpoint: 'http://127.0.0.1:8174/token',
					registration_endpoint: 'http://127.0.0.1:8174/reg'
				}
			}
		});
		const found = await discoverDomain('demo.test', { fetch, allowLoopbackHttp: true });
		expect(found.ok && found.value.issuer).toBe('http://127.0.0.1:8174');
	});

	it('requires PKCE with S256 and https endpoints', async () => {
		const noPkce = network({
			...GOOD,
			[`${ISSUER}/.well-known/oauth-authorization-server`]: {
				body: { ...METADATA, code_challenge_methods_supported: ['plain'] }
			}
		});
		const found = await discoverDomain('example.org', { fetch: noPkce.fetch });
		expect(!found.ok && found.error.code).toBe('no-s256');
		const insecure = network({
			...GOOD,
			[`${ISSUER}/.well-known/oauth-authorization-server`]: {
				body: { ...METADATA, token_endpoint: 'http://id.example.org/token' }
			}
		});
		const refused = await discoverDomain('example.org', { fetch: insecure.fetch });
		expect(!refused.ok && refused.error).toMatchObject({ code: 'insecure-url', params: { field: 'token_endpoint' } });
	});

	it('names the step that failed: no JMAP at the domain, no answer, no metadata', async () => {
		const none = network({ 'https://example.org/.well-known/jmap': { status: 404 } });
		expect(await discoverDomain('example.org', { fetch: none.fetch })).toMatchObject({
			ok: false,
			error: { step: 'autodiscovery', code: 'no-jmap', params: { domain: 'example.org' } }
		});
		const silent = network({});
		expect(await discoverDomain('example.org', { fetch: silent.fetch })).toMatchObject({
			ok: false,
			error: { step: 'autodiscovery', code: 'unreachable', params: { url: 'https://example.org/.well-known/jmap' } }
		});
		const noPrm = network({ ...GOOD, [PRM]: { status: 404 } });
		expect(await discoverDomain('example.org', { fetch: noPrm.fetch })).toMatchObject({
			ok: false,
			error: { step: 'resource', code: 'no-resource-metadata' }
		});
		const offline = await discoverDomain('example.org', { fetch: silent.fetch, online: () => false });
		expect(!offline.ok && offline.error.code).toBe('offline');
	});
});
