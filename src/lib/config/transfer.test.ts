import { describe, expect, it } from 'vitest';
import { describeProblems } from '$lib/messages/fields';
import { MAX_FILE_BYTES, parseConfigurationFile } from './transfer';

const valid = {
	format: 'oauth2-client/v1',
	exportedAt: '2026-11-28T10:00:00.000Z',
	connections: [
		{
			id: 'c1',
			name: 'Work',
			provider: 'google',
			clientId: 'abc.apps',
			clientSecret: 'GOCSPX-1',
			projectId: 'mail-tools'
		},
		{
			id: 'c2',
			name: 'Keycloak',
			provider: 'oidc',
			clientId: 'mail',
			issuer: 'https://id.example.org/realms/mail',
			scopes: ['openid', 'offline_access']
		}
	],
	accounts: [
		{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1', transport: 'gmail' },
		{
			id: 'a2',
			name: 'Bob',
			email: 'bob@example.org',
			connectionId: 'c2',
			servers: { imap: { host: 'imap.example.org', port: 993, security: 'ssl', username: 'bob' } }
		}
	]
};

/** The problems as the domain reports them: path, code, params. */
function errors(text: string) {
	const result = parseConfigurationFile(text);
	if (result.ok) throw new Error('expected problems');
	return result.error;
}

/** The problems as the import lists them: `path: sentence`. */
function problems(text: string): string[] {
	return describeProblems(errors(text));
}

describe('parseConfigurationFile', () => {
	it('reads a valid v1 file', () => {
		const result = parseConfigurationFile(JSON.stringify(valid));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.connections.map((c) => c.id)).toEqual(['c1', 'c2']);
		expect(result.value.connections[0]?.clientSecret).toBe('GOCSPX-1');
		expect(result.value.accounts[1]?.servers?.imap?.port).toBe(993);
	});

	it('accepts a byte-order mark', () => {
		expect(parseConfigurationFile(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
	});

	it('refuses what is not JSON, and says so', () => {
		expect(errors('{"format": "oauth2-client/v1",')).toEqual([
			{ path: '', code: 'file-not-json', params: { detail: expect.any(String) } }
		]);
		expect(problems('{"format": "oauth2-client/v1",')[0]).toMatch(/^not JSON \(/);
		expect(problems('<html><body>hello</body></html>')[0]).toMatch(/^not JSON/);
	});

	it('refuses other formats and versions, naming them', () => {
		expect(errors(JSON.stringify({ ...valid, format: 'thunderbird/v1' }))).toEqual([
			{ path: 'format', code: 'format-wrong', params: { expected: 'oauth2-client/v1', format: 'thunderbird/v1' } }
		]);
		expect(errors(JSON.stringify({ ...valid, format: 'oauth2-client/v2' }))).toEqual([
			{ path: 'format', code: 'format-newer', params: { format: 'oauth2-client/v2' } }
		]);
		expect(problems(JSON.stringify({ ...valid, format: 'oauth2-client/v2' }))).toEqual([
			'format: “oauth2-client/v2” comes from a newer version of OAuth2 Client: update this app, then import again'
		]);
		expect(problems(JSON.stringify({ ...valid, format: 3 }))).toEqual([
			'format: expected “oauth2-client/v1”: not an OAuth2 Client export'
		]);
		expect(errors('[]')).toEqual([{ path: '', code: 'file-not-object' }]);
		expect(problems(JSON.stringify({ ...valid, format: 'thunderbird/v1' }))).toEqual([
			'format: expected “oauth2-client/v1”, not “thunderbird/v1”: not an OAuth2 Client export'
		]);
		expect(problems(JSON.stringify({ ...valid, format: 'oauth2-client/v2' }))[0]).toMatch(
			/newer version of OAuth2 Client/
		);
		expect(problems(JSON.stringify([valid]))[0]).toMatch(/expected an object/);
		expect(problems('"oauth2-client/v1"')[0]).toMatch(/expected an object/);
	});

	it('reports every problem with its path', () => {
		const bad = {
			...valid,
			connections: [
				{ ...valid.connections[0], provider: 'github' },
				{ ...valid.connections[1], issuer: 'http://id.example.org' },
				{
					id: 'c3',
					name: 'Custom',
					provider: 'oauth2',
					clientId: 'x',
					authorizationEndpoint: 'https://a.example/auth',
					tokenEndpoint: 'ftp://a.example/token'
				}
			],
			accounts: [
				{ ...valid.accounts[0], email: 'not-an-email' },
				{
					...valid.accounts[1],
					servers: { imap: { host: 'imap.example.org', port: 99999, security: 'ssl', username: 'bob' } }
				}
			]
		};
		expect(errors(JSON.stringify(bad))).toEqual([
			{
				path: 'connections[0].provider',
				code: 'provider-unknown',
				params: { options: 'google, microsoft, yahoo, aol, fastmail, oidc, oauth2' }
			},
			{ path: 'connections[1].issuer', code: 'url-insecure' },
			{ path: 'connections[2].tokenEndpoint', code: 'url-scheme' },
			{ path: 'accounts[0].email', code: 'email-invalid' },
			{ path: 'accounts[1].servers.imap.port', code: 'port-range' }
		]);
		expect(problems(JSON.stringify(bad))).toEqual([
			'connections[0].provider: choose a provider: one of google, microsoft, yahoo, aol, fastmail, oidc, oauth2',
			'connections[1].issuer: not an https URL: plain http:// is allowed only for loopback addresses such as 127.0.0.1 or localhost',
			'connections[2].tokenEndpoint: not an https URL: enter an address that starts with https://',
			'accounts[0].email: enter an email address such as someone@example.com',
			'accounts[1].servers.imap.port: enter a port between 1 and 65535'
		]);
	});

	it('refuses wrong types at the top and unknown fields', () => {
		expect(errors(JSON.stringify({ ...valid, connections: { c1: {} }, accounts: 'none', tokens: [] }))).toEqual([
			{ path: 'tokens', code: 'file-unknown-field' },
			{ path: 'connections', code: 'connections-not-list' },
			{ path: 'accounts', code: 'accounts-not-list' }
		]);
		expect(problems(JSON.stringify({ ...valid, connections: { c1: {} }, accounts: 'none', tokens: [] }))).toEqual([
			'tokens: unknown field: remove it',
			'connections: expected a list of connections',
			'accounts: expected a list of accounts'
		]);
		expect(problems(JSON.stringify({ ...valid, exportedAt: 'yesterday' }))).toEqual([
			'exportedAt: expected the export time as an ISO 8601 date'
		]);
	});

	it('refuses unknown fields inside items, saying when one looks like a token or secret', () => {
		const extra = {
			...valid,
			connections: [
				{ ...valid.connections[0], client_secret: 'x' },
				valid.connections[1],
				{ ...valid.connections[1], id: 'c3', name: 'Other', foo: 1 }
			],
			accounts: [
				{ ...valid.accounts[0], refreshToken: 'rt', access_token: 'at' },
				{
					...valid.accounts[1],
					servers: {
						imap: { host: 'imap.example.org', port: 993, security: 'ssl', username: 'bob', password: 'hunter2' },
						pop3: {},
						jmap: { sessionUrl: 'https://jmap.example.org/session', note: 'x' }
					}
				}
			]
		};
		expect(errors(JSON.stringify(extra)).map((e) => e.code)).toEqual([
			'unknown-field-connection-secret',
			'unknown-field',
			'unknown-field-token',
			'unknown-field-token',
			'unknown-field',
			'unknown-field-secret',
			'unknown-field'
		]);
		expect(problems(JSON.stringify(extra))).toEqual([
			'connections[0].client_secret: unknown field (a connection carries its secret only as clientSecret)',
			'connections[2].foo: unknown field',
			'accounts[0].refreshToken: unknown field (tokens are never imported)',
			'accounts[0].access_token: unknown field (tokens are never imported)',
			'accounts[1].servers.pop3: unknown field',
			'accounts[1].servers.imap.password: unknown field (passwords and secrets are never imported)',
			'accounts[1].servers.jmap.note: unknown field'
		]);
		// A key that is not a plain name is quoted, and cut short.
		const odd = { ...valid, connections: [{ ...valid.connections[0], ['a b'.repeat(40)]: 1 }] };
		expect(problems(JSON.stringify(odd))[0]).toMatch(/^connections\[0\]\["a ba b.*…"\]: unknown field$/);
	});

	it('refuses duplicate ids, names and emails within the file', () => {
		const dup = {
			...valid,
			connections: [
				valid.connections[0],
				{ ...valid.connections[1], id: 'c1' },
				{ ...valid.connections[1], id: 'c9', name: 'WORK' }
			],
			accounts: [valid.accounts[0], { ...valid.accounts[1], email: 'ADA@example.org' }]
		};
		expect(errors(JSON.stringify(dup))).toEqual([
			{ path: 'connections[1].id', code: 'id-used-twice', params: { id: 'c1', also: 'connections[0]' } },
			{ path: 'connections[2].name', code: 'name-used-twice', params: { name: 'WORK', also: 'connections[0]' } },
			{ path: 'accounts[1].email', code: 'email-used-twice', params: { email: 'ADA@example.org', also: 'accounts[0]' } }
		]);
		expect(problems(JSON.stringify(dup))).toEqual([
			'connections[1].id: the id “c1” is used twice in this file (also connections[0])',
			'connections[2].name: the name “WORK” is used twice in this file (also connections[0])',
			'accounts[1].email: ADA@example.org is used twice in this file (also accounts[0])'
		]);
	});

	it('needs ids in a file', () => {
		const { id: _id, ...noId } = valid.connections[0]!;
		expect(errors(JSON.stringify({ ...valid, connections: [noId] }))).toContainEqual({
			path: 'connections[0].id',
			code: 'connection-id-missing'
		});
		expect(problems(JSON.stringify({ ...valid, connections: [noId] }))).toContain(
			'connections[0].id: every connection in a file needs its id'
		);
		const { id: _accountId, ...noAccountId } = valid.accounts[0]!;
		expect(problems(JSON.stringify({ ...valid, accounts: [noAccountId] }))).toContain(
			'accounts[0].id: every account in a file needs its id'
		);
	});

	it('keeps HTML and script in names as text: it is data, shown escaped', () => {
		const html = { ...valid, connections: [{ ...valid.connections[0], name: '<img src=x onerror=alert(1)>' }] };
		const result = parseConfigurationFile(JSON.stringify(html));
		expect(result.ok && result.value.connections[0]?.name).toBe('<img src=x onerror=alert(1)>');
	});

	it('refuses absurd sizes before parsing, and deep nesting', () => {
		const huge = `{"format":"oauth2-client/v1","padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
		expect(errors(huge)).toEqual([{ path: '', code: 'file-too-large', params: { size: 1024, max: 1024 } }]);
		expect(problems(huge)).toEqual([
			'the file is 1024 KB; a configuration is at most 1024 KB: is this the right file?'
		]);
		const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
		expect(errors(deep)).toEqual([{ path: '', code: 'file-too-deep', params: { max: 8 } }]);
		expect(problems(deep)).toEqual([
			'nested deeper than an export ever is (more than 8 levels): not an OAuth2 Client export'
		]);
		expect(problems(JSON.stringify({ ...valid, connections: Array.from({ length: 1001 }, () => ({})) }))).toContain(
			'connections: more than 1000 connections: split the file'
		);
	});
});
