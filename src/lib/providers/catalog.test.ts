import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, checkEndpointUrl } from '$lib/config';
import { PROVIDERS, defaultScopes, redirectUri, staticEndpoints } from '$lib/providers';

describe('provider catalog', () => {
	it('has a preset for every provider id, with the contract labels', () => {
		expect(Object.keys(PROVIDERS)).toEqual([...PROVIDER_IDS]);
		expect(PROVIDERS.google.projectLabel).toBe('Project Id');
		expect(PROVIDERS.microsoft.projectLabel).toBe('Tenant Id');
		for (const id of ['yahoo', 'aol', 'fastmail', 'oidc', 'oauth2'] as const) {
			expect(PROVIDERS[id].projectLabel).toBe('API Project Id');
		}
	});

	it('gives every known provider https endpoints and default servers', () => {
		for (const id of ['google', 'microsoft', 'yahoo', 'aol', 'fastmail'] as const) {
			const endpoints = staticEndpoints({ id: 'c', name: 'n', provider: id, clientId: 'x' });
			expect(endpoints, id).toBeDefined();
			for (const url of Object.values(endpoints!)) expect(checkEndpointUrl(url!).ok, `${id} ${url}`).toBe(true);
			expect(PROVIDERS[id].servers.imap?.port, id).toBe(993);
			expect(PROVIDERS[id].advice.length, id).toBeGreaterThan(0);
		}
	});

	it('puts the Microsoft tenant into the endpoints, common by default', () => {
		const base = { id: 'c', name: 'n', provider: 'microsoft', clientId: 'x' } as const;
		expect(staticEndpoints(base)?.tokenEndpoint).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
		expect(staticEndpoints({ ...base, projectId: 'contoso.onmicrosoft.com' })?.authorizationEndpoint).toBe(
			'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize'
		);
	});

	it('asks Google for a refresh token explicitly', () => {
		expect(PROVIDERS.google.authorizationParams).toEqual({ access_type: 'offline', prompt: 'consent' });
		expect(PROVIDERS.google.advice.join(' ')).toMatch(/7 days/);
		expect(PROVIDERS.google.advice.join(' ')).toMatch(/visible to anyone/);
		expect(PROVIDERS.microsoft.advice.join(' ')).toMatch(/Single-page application/);
		expect(PROVIDERS.microsoft.advice.join(' ')).toMatch(/24 hours/);
	});

	it('keeps Microsoft resources apart: Outlook and Graph scopes never share a token', () => {
		const { host, graph } = PROVIDERS.microsoft.transports;
		expect(host?.resource).toBe('https://outlook.office.com');
		expect(graph?.resource).toBe('https://graph.microsoft.com');
		expect(host?.scopes.every((s) => s.startsWith('https://outlook.office.com/'))).toBe(true);
		expect(graph?.scopes.every((s) => s.startsWith('https://graph.microsoft.com/'))).toBe(true);
	});

	it('composes default scopes from identity and transport scopes', () => {
		expect(defaultScopes('microsoft', 'host')).toEqual([
			'openid',
			'email',
			'profile',
			'offline_access',
			'https://outlook.office.com/IMAP.AccessAsUser.All',
			'https://outlook.office.com/SMTP.Send'
		]);
		expect(defaultScopes('fastmail')).toEqual([
			'urn:ietf:params:jmap:core',
			'urn:ietf:params:jmap:mail',
			'urn:ietf:params:jmap:submission'
		]);
		expect(defaultScopes('oauth2')).toEqual([]);
	});

	it('custom providers have no static endpoints unless entered', () => {
		expect(
			staticEndpoints({ id: 'c', name: 'n', provider: 'oidc', clientId: 'x', issuer: 'https://id.test' })
		).toBeUndefined();
		expect(
			staticEndpoints({
				id: 'c',
				name: 'n',
				provider: 'oauth2',
				clientId: 'x',
				authorizationEndpoint: 'https://a.test/a',
				tokenEndpoint: 'https://a.test/t'
			})
		).toEqual({ authorizationEndpoint: 'https://a.test/a', tokenEndpoint: 'https://a.test/t' });
	});

	it('builds the redirect URI from origin and base path', () => {
		expect(redirectUri('https://tools.example.org', '')).toBe('https://tools.example.org/callback');
		expect(redirectUri('https://tools.example.org', '/tools/oauth2')).toBe(
			'https://tools.example.org/tools/oauth2/callback'
		);
	});
});
