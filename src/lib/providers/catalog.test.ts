import { beforeAll, describe, expect, it } from 'vitest';
import { need } from '$lib/messages/i18n.svelte';
import { MICROSOFT_CLOUDS, PROVIDER_IDS, checkEndpointUrl } from '$lib/config';
import { adviceText, cloudLabel, projectHelpText } from '$lib/messages/providers';
import {
	PROVIDERS,
	callbackBase,
	clientMetadataUrl,
	connectionRedirectUri,
	defaultScopes,
	portalResource,
	staticEndpoints
} from '$lib/providers';

beforeAll(() => need('providers'));

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
			const endpoints = staticEndpoints({ provider: id });
			expect(endpoints, id).toBeDefined();
			for (const url of Object.values(endpoints!)) expect(checkEndpointUrl(url!).ok, `${id} ${url}`).toBe(true);
			expect(PROVIDERS[id].servers.imap?.port, id).toBe(993);
			expect(PROVIDERS[id].advice.length, id).toBeGreaterThan(0);
		}
	});

	it('puts the Microsoft tenant into the endpoints, common by default, in lower case', () => {
		const base = { provider: 'microsoft' } as const;
		expect(staticEndpoints(base)?.tokenEndpoint).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
		expect(staticEndpoints({ ...base, projectId: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' })?.issuer).toBe(
			'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0'
		);
		// A tenant domain, or a national cloud: the tenant's issuer comes from Microsoft's metadata.
		expect(staticEndpoints({ ...base, projectId: 'contoso.onmicrosoft.com' })).toBeUndefined();
		expect(staticEndpoints({ ...base, cloud: 'usgov' })).toBeUndefined();
	});

	it('gives Fastmail its revocation endpoint', () => {
		expect(staticEndpoints({ provider: 'fastmail' })?.revocationEndpoint).toBe('https://api.fastmail.com/oauth/revoke');
	});

	it('asks Google for a refresh token explicitly', () => {
		expect(PROVIDERS.google.authorizationParams).toEqual({ access_type: 'offline', prompt: 'consent' });
		expect(PROVIDERS.google.advice.map((a) => a.code)).toEqual([
			'google-web-client',
			'google-secret-visible',
			'google-testing-expiry',
			'google-restricted-scope'
		]);
		const advice = (id: 'google' | 'microsoft') => PROVIDERS[id].advice.map(adviceText).join(' ');
		expect(advice('google')).toMatch(/7 days/);
		expect(advice('google')).toMatch(/visible to anyone/);
		expect(advice('microsoft')).toMatch(/Single-page application/);
		expect(advice('microsoft')).toMatch(/24 hours/);
	});

	it('names the provider in advice by a param, and words every sentence whole', () => {
		expect(PROVIDERS.aol.advice).toEqual([
			{ code: 'imap-only', params: { provider: 'AOL' } },
			{ code: 'cors-unknown', params: { provider: 'AOL' } },
			{ code: 'mail-w-approval', params: { provider: 'AOL' } }
		]);
		expect(adviceText(PROVIDERS.yahoo.advice[2]!)).toBe(
			'Mail access (the mail-w scope) needs Yahoo’s approval of the app first.'
		);
		expect(adviceText(PROVIDERS.aol.advice[0]!)).toBe(
			'AOL offers IMAP and SMTP only, no mail API a browser can call: its tokens serve the portal that embeds this app.'
		);
		for (const id of PROVIDER_IDS) {
			for (const text of PROVIDERS[id].advice.map(adviceText)) expect(text, id).toMatch(/^[^{}]+\.$/);
		}
		expect(PROVIDERS.microsoft.projectHelp).toBe('project-microsoft');
		expect(projectHelpText(PROVIDERS.fastmail.projectHelp)).toBe('For your reference only: sign-in does not need it.');
		expect(projectHelpText(PROVIDERS.google.projectHelp)).toBe(
			'The Google Cloud project that holds the OAuth client. For your reference only: sign-in does not need it.'
		);
		expect(MICROSOFT_CLOUDS.map(cloudLabel)).toEqual([
			'Global (login.microsoftonline.com)',
			'US Government L4 (login.microsoftonline.us)',
			'US Government L5, DoD (login.microsoftonline.us)',
			'China, operated by 21Vianet (login.partner.microsoftonline.cn)'
		]);
	});

	it('keeps Microsoft resources apart: Outlook and Graph scopes never share a token', () => {
		const { host, graph } = PROVIDERS.microsoft.transports;
		expect(host?.always && graph?.always).toBe(true);
		expect(host?.resource).toBe('https://outlook.office.com');
		expect(graph?.resource).toBe('https://graph.microsoft.com');
		expect(host?.scopes.every((s) => s.startsWith('https://outlook.office.com/'))).toBe(true);
		expect(graph?.scopes.every((s) => s.startsWith('https://graph.microsoft.com/'))).toBe(true);
	});

	it('composes default scopes from identity and transport scopes, and those every sign-in asks for', () => {
		expect(defaultScopes({ provider: 'microsoft' }, 'host')).toEqual([
			'openid',
			'email',
			'profile',
			'offline_access',
			'https://outlook.office.com/IMAP.AccessAsUser.All',
			'https://outlook.office.com/SMTP.Send',
			'https://graph.microsoft.com/User.Read',
			'https://graph.microsoft.com/Mail.ReadBasic',
			'https://graph.microsoft.com/Mail.Send'
		]);
		expect(defaultScopes({ provider: 'microsoft', cloud: 'usgov' })).toEqual([
			'openid',
			'email',
			'profile',
			'offline_access',
			'https://graph.microsoft.us/User.Read',
			'https://graph.microsoft.us/Mail.ReadBasic',
			'https://graph.microsoft.us/Mail.Send'
		]);
		expect(defaultScopes({ provider: 'fastmail' })).toEqual([
			'urn:ietf:params:jmap:core',
			'urn:ietf:params:jmap:mail',
			'urn:ietf:params:jmap:submission',
			'https://www.fastmail.com/dev/protocol-imap',
			'https://www.fastmail.com/dev/protocol-smtp'
		]);
		// Google's IMAP scope is restricted: only accounts that use IMAP ask for it.
		expect(defaultScopes({ provider: 'google' })).toEqual([
			'openid',
			'email',
			'profile',
			'https://www.googleapis.com/auth/gmail.labels',
			'https://www.googleapis.com/auth/gmail.send'
		]);
		expect(defaultScopes({ provider: 'oauth2' })).toEqual([]);
	});

	it('custom providers have no static endpoints unless entered', () => {
		expect(staticEndpoints({ provider: 'oidc', issuer: 'https://id.test' })).toBeUndefined();
		expect(
			staticEndpoints({
				provider: 'oauth2',
				authorizationEndpoint: 'https://a.test/a',
				tokenEndpoint: 'https://a.test/t'
			})
		).toEqual({ authorizationEndpoint: 'https://a.test/a', tokenEndpoint: 'https://a.test/t' });
		// Its issuer, where entered, is what its answers' iss is compared with.
		expect(
			staticEndpoints({
				provider: 'oauth2',
				issuer: 'https://a.test',
				authorizationEndpoint: 'https://a.test/a',
				tokenEndpoint: 'https://a.test/t'
			})?.issuer
		).toBe('https://a.test');
	});

	it('builds each connection’s redirect URI from origin, base path and its id', () => {
		expect(callbackBase('https://tools.example.org', '')).toBe('https://tools.example.org/callback');
		const base = callbackBase('https://tools.example.org', '/tools/oauth2');
		expect(base).toBe('https://tools.example.org/tools/oauth2/callback');
		expect(connectionRedirectUri(base, { id: 'c-1' })).toBe('https://tools.example.org/tools/oauth2/callback/c-1');
		// Made before connections had their own: the shared one, until its own is registered.
		expect(connectionRedirectUri(base, { id: 'c-1', sharedRedirect: true })).toBe(base);
		// Known by the app's Client ID Metadata Document: the one redirect URI the document lists.
		expect(clientMetadataUrl(base)).toBe('https://tools.example.org/tools/oauth2/oauth-client.json');
		expect(connectionRedirectUri(base, { id: 'c-1', clientId: clientMetadataUrl(base) })).toBe(
			'https://tools.example.org/tools/oauth2/callback/cimd'
		);
		expect(connectionRedirectUri(base, { id: 'c-1', clientId: 'https://elsewhere.example/oauth-client.json' })).toBe(
			'https://tools.example.org/tools/oauth2/callback/c-1'
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

	it('asks Microsoft for Graph and Outlook at every sign-in, redeems the code for the account’s own, mints the other on demand', async () => {
		const { signInPlan, resourceFor } = await import('$lib/providers');
		const ms = { id: 'c', name: 'n', provider: 'microsoft', clientId: 'x' } as const;
		const graph = signInPlan(ms, {});
		expect(graph.scopes).toEqual([
			'openid',
			'email',
			'profile',
			'offline_access',
			'https://graph.microsoft.com/User.Read',
			'https://graph.microsoft.com/Mail.ReadBasic',
			'https://graph.microsoft.com/Mail.Send',
			'https://outlook.office.com/IMAP.AccessAsUser.All',
			'https://outlook.office.com/SMTP.Send'
		]);
		expect(graph.redeemScopes).toEqual([
			'openid',
			'email',
			'profile',
			'offline_access',
			'https://graph.microsoft.com/User.Read',
			'https://graph.microsoft.com/Mail.ReadBasic',
			'https://graph.microsoft.com/Mail.Send'
		]);
		// A connection with scopes of its own still gets both resources; its own resource first.
		const host = signInPlan(
			{ ...ms, scopes: ['openid', 'offline_access', 'https://graph.microsoft.com/Mail.Send'] },
			{ transport: 'host' }
		);
		expect(host.scopes.slice(0, 4)).toEqual([
			'openid',
			'offline_access',
			'https://outlook.office.com/IMAP.AccessAsUser.All',
			'https://outlook.office.com/SMTP.Send'
		]);
		expect(host.scopes).toContain('https://graph.microsoft.com/Mail.ReadBasic');
		expect(resourceFor(ms, { transport: 'graph' }, 'host')).toEqual({
			key: 'https://outlook.office.com',
			scopes: [
				'https://outlook.office.com/IMAP.AccessAsUser.All',
				'https://outlook.office.com/SMTP.Send',
				'offline_access'
			]
		});
		// The account's own token is renewed with its resource's scopes too: they name the resource.
		expect(resourceFor(ms, {}, 'graph')).toEqual({
			key: '',
			scopes: [
				'https://graph.microsoft.com/User.Read',
				'https://graph.microsoft.com/Mail.ReadBasic',
				'https://graph.microsoft.com/Mail.Send',
				'offline_access'
			]
		});
	});

	it('gives portals an IMAP/SMTP token whatever the transport, or says why it cannot', () => {
		const c = (provider: 'google' | 'microsoft' | 'fastmail' | 'yahoo', extra = {}) =>
			({ id: 'c', name: 'n', provider, clientId: 'x', ...extra }) as const;
		// Microsoft: the Outlook resource, consented at sign-in.
		expect(portalResource(c('microsoft'), {})).toMatchObject({
			ok: true,
			resource: { key: 'https://outlook.office.com' },
			needs: []
		});
		// Not documented in national clouds.
		expect(portalResource(c('microsoft', { cloud: 'china' }), {})).toEqual({ ok: false, code: 'not-offered' });
		// Fastmail: the one token carries IMAP and SMTP; a grant without them signs in again.
		expect(portalResource(c('fastmail'), {})).toEqual({
			ok: true,
			resource: { key: '' },
			needs: ['https://www.fastmail.com/dev/protocol-imap', 'https://www.fastmail.com/dev/protocol-smtp']
		});
		// Google: only accounts that chose IMAP ask for its restricted scope.
		expect(portalResource(c('google'), {})).toEqual({ ok: false, code: 'restricted-scope' });
		expect(portalResource(c('google'), { transport: 'host' })).toEqual({
			ok: true,
			resource: { key: '' },
			needs: ['https://mail.google.com/']
		});
		expect(portalResource(c('yahoo'), {})).toMatchObject({ ok: true, needs: ['mail-w'] });
	});

	it('adds the transport’s scopes to the connection’s own', async () => {
		const { signInPlan } = await import('$lib/providers');
		const google = { id: 'c', name: 'n', provider: 'google', clientId: 'x', scopes: ['openid', 'email'] } as const;
		// Neither is restricted: labels for Test connection, send for Send test message.
		expect(signInPlan(google, {}).scopes).toEqual([
			'openid',
			'email',
			'https://www.googleapis.com/auth/gmail.labels',
			'https://www.googleapis.com/auth/gmail.send'
		]);
		expect(signInPlan(google, {}).params).toEqual({ access_type: 'offline', prompt: 'consent' });
	});
});
