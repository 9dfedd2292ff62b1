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

describe('sign-in plans and resources', () => {
	const oidc = {
		id: 'c',
		name: 'n',
		provider: 'oidc',
		clientId: 'x',
		issuer: 'https://id.test',
		scopes: ['openid']
	} as const;
	const jmapAccount = {
		transport: 'jmap',
		servers: { jmap: { sessionUrl: 'https://mail.test/jmap/session' } }
	} as const;

	it('asks a custom OpenID provider for a token for the JMAP server (RFC 8707)', async () => {
		const { signInPlan, resourceFor } = await import('$lib/providers');
		expect(signInPlan(oidc, jmapAccount)).toMatchObject({ resource: 'https://mail.test', scopes: ['openid'] });
		expect(resourceFor(oidc, jmapAccount, 'jmap', 'https://mail.test')).toEqual({ key: '' });
		// The account moved to another JMAP server since it signed in: a token for that one.
		expect(resourceFor(oidc, jmapAccount, 'jmap', 'https://old.test')).toEqual({
			key: 'https://mail.test',
			indicator: 'https://mail.test'
		});
	});

	it('keeps Microsoft resources out of each other’s requests and mints the other on demand', async () => {
		const { signInPlan, resourceFor } = await import('$lib/providers');
		const ms = { id: 'c', name: 'n', provider: 'microsoft', clientId: 'x' } as const;
		const plan = signInPlan(
			{
				...ms,
				scopes: [
					'openid',
					'offline_access',
					'https://graph.microsoft.com/Mail.Send',
					'https://outlook.office.com/SMTP.Send'
				]
			},
			{ transport: 'host' }
		);
		expect(plan.scopes).toContain('https://outlook.office.com/IMAP.AccessAsUser.All');
		expect(plan.scopes).not.toContain('https://graph.microsoft.com/Mail.Send');
		expect(resourceFor(ms, { transport: 'graph' }, 'host')).toEqual({
			key: 'https://outlook.office.com',
			scopes: [
				'https://outlook.office.com/IMAP.AccessAsUser.All',
				'https://outlook.office.com/SMTP.Send',
				'offline_access'
			]
		});
		expect(resourceFor(ms, {}, 'graph')).toEqual({ key: '' });
	});

	it('adds the transport’s scopes to the connection’s own', async () => {
		const { signInPlan } = await import('$lib/providers');
		const google = { id: 'c', name: 'n', provider: 'google', clientId: 'x', scopes: ['openid', 'email'] } as const;
		expect(signInPlan(google, {}).scopes).toEqual([
			'openid',
			'email',
			'https://www.googleapis.com/auth/gmail.readonly',
			'https://www.googleapis.com/auth/gmail.send'
		]);
		expect(signInPlan(google, {}).params).toEqual({ access_type: 'offline', prompt: 'consent' });
	});
});
