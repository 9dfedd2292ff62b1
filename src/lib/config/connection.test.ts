import { describe, expect, it } from 'vitest';
import { fieldText } from '$lib/messages/fields';
import { parseScopes, validateConnection } from './connection';

function problemsOf(raw: unknown) {
	const result = validateConnection(raw);
	if (result.ok) throw new Error('expected errors');
	return result.error;
}

/** Each field's code. */
function codesOf(raw: unknown) {
	return Object.fromEntries(problemsOf(raw).map((e) => [e.path, e.code]));
}

/** Each field's sentence, as people read it. */
function errorsOf(raw: unknown) {
	return Object.fromEntries(problemsOf(raw).map((e) => [e.path, fieldText(e)]));
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
		expect(codesOf({ provider: 'google' })).toEqual({ name: 'name-required', clientId: 'client-id-required' });
		expect(errorsOf({ provider: 'google' })).toEqual({ name: 'enter a name', clientId: 'enter the Client Id' });
	});

	it('refuses unknown providers and says which exist', () => {
		expect(problemsOf({ name: 'A', provider: 'github', clientId: 'x' })).toEqual([
			{
				path: 'provider',
				code: 'provider-unknown',
				params: { options: 'google, microsoft, yahoo, aol, fastmail, oidc, oauth2' }
			}
		]);
		expect(errorsOf({ name: 'A', provider: 'github', clientId: 'x' }).provider).toBe(
			'choose a provider: one of google, microsoft, yahoo, aol, fastmail, oidc, oauth2'
		);
	});

	it('needs an issuer for custom OpenID Connect, endpoints for custom OAuth2', () => {
		expect(codesOf({ name: 'A', provider: 'oidc', clientId: 'x' })).toEqual({ issuer: 'issuer-required' });
		expect(codesOf({ name: 'A', provider: 'oauth2', clientId: 'x' })).toEqual({
			authorizationEndpoint: 'authorization-endpoint-required',
			tokenEndpoint: 'token-endpoint-required'
		});
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
			codesOf({ ...base, authorizationEndpoint: 'http://auth.example.com/a', tokenEndpoint: 'ftp://x/t' })
		).toEqual({ authorizationEndpoint: 'url-insecure', tokenEndpoint: 'url-scheme' });
		expect(
			codesOf({ ...base, authorizationEndpoint: 'https://u:p@x.test/a', tokenEndpoint: 'https://x.test/t#frag' })
		).toEqual({ authorizationEndpoint: 'url-credentials', tokenEndpoint: 'url-fragment' });
		expect(codesOf({ ...base, authorizationEndpoint: 'not a url', tokenEndpoint: 'https://x.test/t' })).toEqual({
			authorizationEndpoint: 'url-not-a-url'
		});
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
		expect(problemsOf({ name: 'A', provider: 'google', clientId: 'x', tokenEndpoint: 'https://evil.test/t' })).toEqual([
			{ path: 'tokenEndpoint', code: 'field-only-oauth2', params: { provider: 'google' } }
		]);
		expect(errorsOf({ name: 'A', provider: 'yahoo', clientId: 'x', issuer: 'https://evil.test' })).toEqual({
			issuer:
				"only a custom OpenID Connect or custom OAuth2 connection has this field; the yahoo provider's own value is used"
		});
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
		expect(codesOf({ name: 'A', provider: 'microsoft', clientId: 'x', projectId: 'my tenant' }).projectId).toBe(
			'tenant-invalid'
		);
		expect(errorsOf({ name: 'A', provider: 'microsoft', clientId: 'x', projectId: 'my tenant' }).projectId).toMatch(
			/your tenant GUID/
		);
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'x', projectId: 'my project' }).projectId).toBe(
			'project-id-spaces'
		);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', projectId: 'my project' }).projectId).toBe(
			'remove spaces and line breaks from the Project Id'
		);
		expect(errorsOf({ name: 'A', provider: 'yahoo', clientId: 'x', projectId: 'my project' }).projectId).toBe(
			'remove spaces and line breaks from the API Project Id'
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
		expect(codesOf({ name: 'A', provider: 'microsoft', clientId: 'x', clientSecret: 's' })).toEqual({
			clientSecret: 'secret-refused-microsoft'
		});
		expect(codesOf({ name: 'A', provider: 'fastmail', clientId: 'x', clientSecret: 's' })).toEqual({
			clientSecret: 'secret-refused-fastmail'
		});
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
		expect(problemsOf({ name: 'A', provider: 'microsoft', clientId: 'x', cloud: 'mars' })).toEqual([
			{ path: 'cloud', code: 'cloud-unknown', params: { options: 'global, usgov, usgov-dod, china' } }
		]);
		expect(errorsOf({ name: 'A', provider: 'microsoft', clientId: 'x', cloud: 'mars' }).cloud).toBe(
			'choose a cloud: one of global, usgov, usgov-dod, china'
		);
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'x', cloud: 'usgov' }).cloud).toBe(
			'field-only-microsoft'
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
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 'a "b"' }).scopes).toBe('scope-characters');
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 5 }).scopes).toBe('scopes-type');
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'x', scopes: ['a', 5] })).toEqual({
			scopes: 'scopes-type'
		});
		expect(
			problemsOf({
				name: 'A',
				provider: 'google',
				clientId: 'x',
				scopes: Array.from({ length: 65 }, (_, i) => `s${i}`)
			})
		).toEqual([{ path: 'scopes', code: 'scopes-too-many', params: { max: 64 } }]);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 'a "b"' }).scopes).toMatch(/quotes/);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x', scopes: 'ümlaut' }).scopes).toMatch(/ASCII/);
		expect(
			codesOf({ name: 'A', provider: 'oidc', clientId: 'x', issuer: 'https://id.test', scopes: 'email' }).scopes
		).toBe('openid-scope-missing');
		expect(
			errorsOf({ name: 'A', provider: 'oidc', clientId: 'x', issuer: 'https://id.test', scopes: 'email' }).scopes
		).toBe('add openid: an OpenID Connect sign-in needs it');
	});

	it('refuses names with line breaks and overlong values, and keeps HTML as plain text', () => {
		expect(codesOf({ name: 'a\nb', provider: 'google', clientId: 'x' }).name).toBe('name-control');
		expect(errorsOf({ name: 'a\nb', provider: 'google', clientId: 'x' }).name).toBe(
			'remove line breaks and control characters from a name'
		);
		expect(problemsOf({ name: 'x'.repeat(81), provider: 'google', clientId: 'x' })).toEqual([
			{ path: 'name', code: 'name-too-long', params: { max: 80 } }
		]);
		expect(errorsOf({ name: 'x'.repeat(81), provider: 'google', clientId: 'x' }).name).toBe(
			'shorten a name to at most 80 characters'
		);
		expect(codesOf({ name: 'A', provider: 'google', clientId: 'has space' }).clientId).toBe('client-id-spaces');
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'has space' }).clientId).toBe(
			'remove spaces and line breaks from the Client Id'
		);
		expect(errorsOf({ name: 'A', provider: 'google', clientId: 'x'.repeat(513) }).clientId).toBe(
			'the Client Id is longer than 512 characters: check that you pasted the right value'
		);
		const html = validateConnection({ name: '<b>bold</b>', provider: 'google', clientId: 'x' });
		expect(html.ok && html.value.name).toBe('<b>bold</b>');
	});

	it('refuses what is not an object, with the path it was given', () => {
		expect(validateConnection('nope', 'connections[2]')).toEqual({
			ok: false,
			error: [{ path: 'connections[2]', code: 'connection-not-object' }]
		});
		expect(fieldText({ code: 'connection-not-object' })).toBe('expected an object with the connection’s fields');
		const nested = validateConnection(
			{ name: 'A', provider: 'oauth2', clientId: 'x', tokenEndpoint: 'http://x.test/t' },
			'connections[3]'
		);
		expect(nested.ok ? [] : nested.error.map((e) => e.path)).toEqual([
			'connections[3].tokenEndpoint',
			'connections[3].authorizationEndpoint'
		]);
	});

	it('refuses ids that are not sane', () => {
		expect(codesOf({ id: '../etc', name: 'A', provider: 'google', clientId: 'x' }).id).toBe('id-pattern');
		expect(errorsOf({ id: '../etc', name: 'A', provider: 'google', clientId: 'x' }).id).toMatch(/letters, digits/);
	});
});

describe('parseScopes', () => {
	it('splits on any whitespace and keeps order', () => {
		expect(parseScopes('openid\temail\n profile openid')).toEqual(['openid', 'email', 'profile']);
	});
});
