import { describe, expect, it } from 'vitest';
import { parseScopes, validateConnection } from './connection';

function errorsOf(raw: unknown) {
	const result = validateConnection(raw);
	if (result.ok) throw new Error('expected errors');
	return Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
}

describe('validateConnection', () => {
	it('accepts a known provider with only the essentials and trims text', () => {
		const result = validateConnection({
			name: '  Work mail ',
			provider: 'google',
			clientId: ' abc.apps ',
			clientSecret: 's3cret'
		});
		expect(result).toEqual({
			ok: true,
			value: { name: 'Work mail', provider: 'google', clientId: 'abc.apps', clientSecret: 's3cret' }
		});
	});

	it('treats empty strings as absent', () => {
		const result = validateConnection({
			name: 'A',
			provider: 'microsoft',
			clientId: 'id',
			clientSecret: '',
			projectId: '   ',
			scopes: ''
		});
		expect(result).toEqual({ ok: true, value: { name: 'A', provider: 'microsoft', clientId: 'id' } });
	});

	it('reports every missing essential at once, by field', () => {
		expect(errorsOf({ provider: 'google' })).toEqual({ name: 'enter a name', clientId: 'enter the Client Id' });
	});

	it('refuses unknown providers and says which exist', () => {
		expect(errorsOf({ name: 'A', provider: 'github', clientId: 'x' }).provider).toBe(
			'choose a provider: one of google, microsoft, yahoo, aol, fastmail, oidc, oauth2'
		);
	});

	it('needs an issuer for custom OpenID Connect, endpoints for custom OAuth2', () => {
		expect(errorsOf({ name: 'A', provider: 'oidc', clientId: 'x' })).toEqual({
			issuer: 'enter the Issuer URL of your OpenID provider'
		});
		expect(errorsOf({ name: 'A', provider: 'oauth2', clientId: 'x' })).toEqual({
			authorizationEndpoint: 'enter the Authorization endpoint',
			tokenEndpoint: 'enter the Token endpoint'
		});
	});

	it('refuses plain http except on loopback, and URLs with credentials or fragments', () => {
		const base = { name: 'A', provider: 'oauth2', clientId: 'x' };
		expect(
			errorsOf({ ...base, authorizationEndpoint: 'http://auth.example.com/a', tokenEndpoint: 'ftp://x/t' })
		).toEqual({
			authorizationEndpoint:
				'not an https URL: plain http:// is allowed only for loopback addresses such as 127.0.0.1 or localhost',
			tokenEndpoint: 'not an https URL: enter an address that starts with https://'
		});
		expect(
			errorsOf({ ...base, authorizationEndpoint: 'https://u:p@x.test/a', tokenEndpoint: 'https://x.test/t#frag' })
		).toEqual({
			authorizationEndpoint: 'remove the user name and password from the URL',
			tokenEndpoint: 'remove the part after # from the URL'
		});
		for (const loopback of [
			'http://127.0.0.1:8080/t',
			'http://localhost:3000/t',
			'http://[::1]/t',
			'http://a.localhost/t'
		]) {
			const ok = validateConnection({ ...base, authorizationEndpoint: loopback, tokenEndpoint: loopback });
			expect(ok.ok, loopback).toBe(true);
		}
	});

	it('keeps fields of custom providers off known ones', () => {
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', tokenEndpoint: 'https://evil.test/t' })).toEqual({
			tokenEndpoint: "only a custom OAuth2 connection has this field; the google provider's own value is used"
		});
	});

	it('checks Microsoft tenants', () => {
		for (const ok of [
			'common',
			'organizations',
			'consumers',
			'contoso.onmicrosoft.com',
			'72f988bf-86f1-41af-91ab-2d7cd011db47'
		]) {
			expect(validateConnection({ name: 'A', provider: 'microsoft', clientId: 'x', projectId: ok }).ok, ok).toBe(true);
		}
		expect(errorsOf({ name: 'A', provider: 'microsoft', clientId: 'x', projectId: 'my tenant' }).projectId).toMatch(
			/your tenant GUID/
		);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', projectId: 'my project' }).projectId).toBe(
			'remove spaces and line breaks from the Project Id'
		);
	});

	it('keeps a Microsoft tenant in lower case, as Microsoft’s issuers name it', () => {
		const result = validateConnection({
			name: 'A',
			provider: 'microsoft',
			clientId: 'x',
			projectId: '72F988BF-86F1-41AF-91AB-2D7CD011DB47'
		});
		expect(result.ok && result.value.projectId).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
		const domain = validateConnection({ name: 'A', provider: 'microsoft', clientId: 'x', projectId: 'Contoso.COM' });
		expect(domain.ok && domain.value.projectId).toBe('contoso.com');
		// Another provider's project id stays as typed.
		const google = validateConnection({ name: 'A', provider: 'google', clientId: 'x', projectId: 'My-Project' });
		expect(google.ok && google.value.projectId).toBe('My-Project');
	});

	it('refuses a client secret for Microsoft and Fastmail, saying why', () => {
		expect(errorsOf({ name: 'A', provider: 'microsoft', clientId: 'x', clientSecret: 's' })).toEqual({
			clientSecret: expect.stringMatching(/^Microsoft refuses a client secret from a browser app/)
		});
		expect(errorsOf({ name: 'A', provider: 'fastmail', clientId: 'x', clientSecret: 's' }).clientSecret).toMatch(
			/Fastmail/
		);
		expect(validateConnection({ name: 'A', provider: 'google', clientId: 'x', clientSecret: 's' }).ok).toBe(true);
	});

	it('knows Microsoft’s national clouds, for Microsoft only', () => {
		const us = validateConnection({ name: 'A', provider: 'microsoft', clientId: 'x', cloud: 'usgov' });
		expect(us.ok && us.value.cloud).toBe('usgov');
		// The global cloud is the default: stored as no cloud at all.
		const global = validateConnection({ name: 'A', provider: 'microsoft', clientId: 'x', cloud: 'global' });
		expect(global.ok && 'cloud' in global.value).toBe(false);
		expect(errorsOf({ name: 'A', provider: 'microsoft', clientId: 'x', cloud: 'mars' }).cloud).toMatch(
			/^choose a cloud/
		);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', cloud: 'usgov' }).cloud).toMatch(
			/only a Microsoft connection/
		);
	});

	it('lets a custom OAuth2 connection name its issuer, and leave its scopes empty', () => {
		const result = validateConnection({
			name: 'A',
			provider: 'oauth2',
			clientId: 'x',
			issuer: 'https://auth.example.org',
			authorizationEndpoint: 'https://auth.example.org/authorize',
			tokenEndpoint: 'https://auth.example.org/token',
			scopes: ''
		});
		expect(result.ok && result.value).toMatchObject({ issuer: 'https://auth.example.org' });
		expect(result.ok && 'scopes' in result.value).toBe(false);
	});

	it('parses scopes from text or a list, drops duplicates, refuses quotes and non-ASCII', () => {
		const ok = validateConnection({
			name: 'A',
			provider: 'oauth2',
			clientId: 'x',
			authorizationEndpoint: 'https://a.test/a',
			tokenEndpoint: 'https://a.test/t',
			scopes: ' mail  read mail '
		});
		expect(ok.ok && ok.value.scopes).toEqual(['mail', 'read']);
		const list = validateConnection({ name: 'A', provider: 'google', clientId: 'x', scopes: ['openid', 'email'] });
		expect(list.ok && list.value.scopes).toEqual(['openid', 'email']);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 'a "b"' }).scopes).toMatch(/quotes/);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 'ümlaut' }).scopes).toMatch(/ASCII/);
		expect(
			errorsOf({ name: 'A', provider: 'oidc', clientId: 'x', issuer: 'https://id.test', scopes: 'email' }).scopes
		).toBe('add openid: an OpenID Connect sign-in needs it');
	});

	it('refuses names with line breaks and overlong values, and keeps HTML as plain text', () => {
		expect(errorsOf({ name: 'a\nb', provider: 'google', clientId: 'x' }).name).toMatch(/line breaks/);
		expect(errorsOf({ name: 'x'.repeat(81), provider: 'google', clientId: 'x' }).name).toMatch(/at most 80/);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'has space' }).clientId).toMatch(/spaces/);
		const html = validateConnection({ name: '<b>bold</b>', provider: 'google', clientId: 'x' });
		expect(html.ok && html.value.name).toBe('<b>bold</b>');
	});

	it('refuses what is not an object, with the path it was given', () => {
		expect(validateConnection('nope', 'connections[2]')).toEqual({
			ok: false,
			errors: [{ path: 'connections[2]', message: 'expected an object with the connection’s fields' }]
		});
		const nested = validateConnection(
			{ name: 'A', provider: 'oauth2', clientId: 'x', tokenEndpoint: 'http://x.test/t' },
			'connections[3]'
		);
		expect(nested.ok ? [] : nested.errors.map((e) => e.path)).toEqual([
			'connections[3].tokenEndpoint',
			'connections[3].authorizationEndpoint'
		]);
	});

	it('refuses ids that are not sane', () => {
		expect(errorsOf({ id: '../etc', name: 'A', provider: 'google', clientId: 'x' }).id).toMatch(/letters, digits/);
	});
});

describe('parseScopes', () => {
	it('splits on any whitespace and keeps order', () => {
		expect(parseScopes('openid\temail\n profile openid')).toEqual(['openid', 'email', 'profile']);
	});
});
