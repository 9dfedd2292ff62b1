import { aGrant } from '$lib/config/testing';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfigurationFile, type ConfigurationFile } from '$lib/config';
import { describeProblems, storageText } from '$lib/messages/fields';
import { buildExport, commitImport, createStorage, previewImport, type Storage } from '$lib/storage';

let opened: Storage[] = [];
afterEach(async () => {
	for (const s of opened) s.db.close();
	for (const name of new Set(opened.map((s) => s.db.name))) await Dexie.delete(name);
	opened = [];
});

function fresh(): Storage {
	const s = createStorage({ name: `transfer-${Math.random()}` });
	opened.push(s);
	return s;
}

function file(text: unknown): ConfigurationFile {
	const parsed = parseConfigurationFile(JSON.stringify(text));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
	return parsed.value;
}

async function seed(s: Storage) {
	const c = await s.connections.save({
		id: 'c1',
		name: 'Work',
		provider: 'google',
		clientId: 'abc',
		clientSecret: 'GOCSPX-secret'
	});
	const d = await s.connections.save({
		id: 'c2',
		name: 'Keycloak',
		provider: 'oidc',
		clientId: 'mail',
		issuer: 'https://id.example.org'
	});
	const a = await s.accounts.save({
		id: 'a1',
		name: 'Ada',
		email: 'ada@example.org',
		connectionId: 'c1',
		transport: 'gmail'
	});
	if (!c.ok || !d.ok || !a.ok) throw new Error('seed');
	await s.grants.store(
		aGrant({
			accountId: 'a1',
			connectionId: 'c1',
			tokenEndpoint: 'https://oauth2.googleapis.com/token',
			clientId: 'abc',
			obtainedAt: 1,
			updatedAt: 1
		}),
		{ refreshToken: 'rt-secret', accessTokens: { '': { token: 'at-secret', type: 'Bearer', issuedAt: 1, scopes: [] } } }
	);
}

describe('export', () => {
	it('exports connections and accounts, never tokens, secrets only when asked', async () => {
		const s = fresh();
		await seed(s);
		const plain = await buildExport(s, { includeSecrets: false, now: new Date('2026-11-28T10:00:00Z') });
		expect(plain).toEqual({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00.000Z',
			connections: [
				{ id: 'c2', name: 'Keycloak', provider: 'oidc', clientId: 'mail', issuer: 'https://id.example.org' },
				{ id: 'c1', name: 'Work', provider: 'google', clientId: 'abc' }
			],
			accounts: [{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1', transport: 'gmail' }]
		});
		const text = JSON.stringify(await buildExport(s, { includeSecrets: true }));
		expect(text).toContain('GOCSPX-secret');
		expect(text).not.toMatch(/rt-secret|at-secret/);
		const chosen = await buildExport(s, { includeSecrets: false, connectionIds: ['c2'] });
		expect(chosen.connections.map((c) => c.id)).toEqual(['c2']);
		expect(chosen.accounts).toEqual([]);
		// What it writes, it reads.
		expect(parseConfigurationFile(text).ok).toBe(true);
	});

	it('reads back every field it writes: export, import elsewhere, export again', async () => {
		const s = fresh();
		await seed(s);
		const custom = await s.connections.save({
			id: 'c3',
			name: 'Custom',
			provider: 'oauth2',
			clientId: 'cid',
			clientSecret: 'custom-secret',
			projectId: 'p-1',
			authorizationEndpoint: 'https://auth.example.org/authorize',
			tokenEndpoint: 'https://auth.example.org/token',
			revocationEndpoint: 'https://auth.example.org/revoke',
			scopes: ['mail', 'offline']
		});
		const tenant = await s.connections.save({
			id: 'c4',
			name: 'Tenant',
			provider: 'microsoft',
			clientId: 'ms',
			projectId: 'contoso.onmicrosoft.com'
		});
		const full = await s.accounts.save({
			id: 'a3',
			name: 'Cy',
			email: 'cy@example.org',
			connectionId: 'c3',
			transport: 'jmap',
			servers: {
				imap: { host: 'imap.example.org', port: 993, security: 'ssl', username: 'cy' },
				smtp: { host: 'smtp.example.org', port: 587, security: 'starttls', username: 'cy' },
				jmap: { sessionUrl: 'https://jmap.example.org/session' }
			}
		});
		expect([custom.ok, tenant.ok, full.ok]).toEqual([true, true, true]);
		const exported = await buildExport(s, { includeSecrets: true, now: new Date('2026-11-28T10:00:00Z') });
		const parsed = parseConfigurationFile(JSON.stringify(exported, null, '\t'));
		expect(parsed.ok ? [] : parsed.error).toEqual([]);
		const other = fresh();
		expect((await previewImport(other, file(exported))).problems).toEqual([]);
		expect(await commitImport(other, file(exported))).toEqual({ ok: true });
		expect(await buildExport(other, { includeSecrets: true, now: new Date('2026-11-28T10:00:00Z') })).toEqual(exported);
	});
});

describe('import', () => {
	it('previews added and replaced items and clashes with what stays', async () => {
		const s = fresh();
		await seed(s);
		await s.accounts.save({ id: 'a9', name: 'Zed', email: 'zed@example.org', connectionId: 'c2' });
		const preview = await previewImport(
			s,
			file({
				format: 'oauth2-client/v1',
				exportedAt: '2026-11-28T10:00:00Z',
				connections: [
					{ id: 'c1', name: 'Work (renamed)', provider: 'google', clientId: 'abc' },
					{ id: 'c3', name: 'keycloak', provider: 'oidc', clientId: 'x', issuer: 'https://id2.example.org' },
					{ id: 'c4', name: 'New', provider: 'microsoft', clientId: 'y' }
				],
				accounts: [
					{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' },
					{ id: 'a2', name: 'Zed again', email: 'ZED@example.org', connectionId: 'c4' },
					{ id: 'a3', name: 'Orphan', email: 'o@example.org', connectionId: 'c9' }
				]
			})
		);
		expect(preview.connections.added.map((c) => c.id)).toEqual(['c3', 'c4']);
		expect(preview.connections.replaced.map((c) => c.id)).toEqual(['c1']);
		expect(preview.accounts.added.map((a) => a.id)).toEqual(['a2', 'a3']);
		expect(preview.accounts.replaced.map((a) => a.id)).toEqual(['a1']);
		expect(preview.signedOut.map((a) => a.id)).toEqual(['a1']);
		expect(preview.problems).toEqual([
			{ path: 'connections[1].name', code: 'name-clash', params: { name: 'keycloak' } },
			{ path: 'accounts[1].email', code: 'email-clash', params: { email: 'ZED@example.org', account: 'Zed' } },
			{ path: 'accounts[2].connectionId', code: 'connection-missing', params: { id: 'c9' } }
		]);
		expect(describeProblems(preview.problems)).toEqual([
			'connections[1].name: “keycloak” is already the name of another connection here: rename one of them',
			'accounts[1].email: ZED@example.org is already used by another account here (“Zed”)',
			'accounts[2].connectionId: no connection with the id “c9” is in the file or here'
		]);
	});

	it('writes everything in one go; replaced accounts start Not signed in; stored secrets survive a file without them', async () => {
		const s = fresh();
		await seed(s);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [
				{ id: 'c1', name: 'Work', provider: 'google', clientId: 'abc' },
				{ id: 'c5', name: 'Fresh', provider: 'yahoo', clientId: 'f', clientSecret: 'new-secret' }
			],
			accounts: [
				{ id: 'a1', name: 'Ada (imported)', email: 'ada@example.org', connectionId: 'c1' },
				{ id: 'a5', name: 'Eve', email: 'eve@example.org', connectionId: 'c5' }
			]
		});
		const preview = await previewImport(s, f);
		expect(preview.problems).toEqual([]);
		expect(preview.droppedSecrets).toEqual([]);
		expect(await commitImport(s, f)).toEqual({ ok: true });
		expect((await s.connections.list()).items.map((c) => c.name)).toEqual(['Fresh', 'Keycloak', 'Work']);
		expect(await s.connections.clientSecret('c1')).toBe('GOCSPX-secret');
		expect(await s.connections.clientSecret('c5')).toBe('new-secret');
		expect((await s.accounts.get('a1'))?.name).toBe('Ada (imported)');
		expect(await s.grants.get('a1')).toBeUndefined();
	});

	it('lets a file swap the names of two connections and the emails of two accounts', async () => {
		const s = fresh();
		await seed(s);
		await s.accounts.save({ id: 'a2', name: 'Bob', email: 'bob@example.org', connectionId: 'c2' });
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [
				{ id: 'c1', name: 'keycloak', provider: 'google', clientId: 'abc' },
				{ id: 'c2', name: 'WORK', provider: 'oidc', clientId: 'mail', issuer: 'https://id.example.org' }
			],
			accounts: [
				{ id: 'a1', name: 'Ada', email: 'bob@example.org', connectionId: 'c1' },
				{ id: 'a2', name: 'Bob', email: 'ADA@example.org', connectionId: 'c2' }
			]
		});
		expect((await previewImport(s, f)).problems).toEqual([]);
		expect(await commitImport(s, f)).toEqual({ ok: true });
		expect((await s.connections.get('c1'))?.name).toBe('keycloak');
		expect((await s.connections.get('c2'))?.name).toBe('WORK');
		expect((await s.accounts.get('a1'))?.email).toBe('bob@example.org');
		expect((await s.accounts.get('a2'))?.email).toBe('ADA@example.org');
		// The unique indexes hold the new keys: the old names are free again, the new ones taken.
		expect(await s.db.connections.where('nameKey').equals('work').primaryKeys()).toEqual(['c2']);
		expect(await s.db.accounts.where('emailKey').equals('ada@example.org').primaryKeys()).toEqual(['a2']);
	});

	it('reports clashes with the configuration as it will be after the import, each with its path', async () => {
		const s = fresh();
		await seed(s);
		// c1 gives its name away and c2 stays: the name c1 leaves is free, c2's is not.
		const preview = await previewImport(
			s,
			file({
				format: 'oauth2-client/v1',
				exportedAt: '2026-11-28T10:00:00Z',
				connections: [
					{ id: 'c1', name: 'Keycloak', provider: 'google', clientId: 'abc' },
					{ id: 'c6', name: 'Work', provider: 'google', clientId: 'six' }
				],
				accounts: [{ id: 'a6', name: 'Ada two', email: 'Ada@Example.org', connectionId: 'c6' }]
			})
		);
		expect(preview.problems).toEqual([
			{ path: 'connections[0].name', code: 'name-clash', params: { name: 'Keycloak' } },
			{ path: 'accounts[0].email', code: 'email-clash', params: { email: 'Ada@Example.org', account: 'Ada' } }
		]);
		expect(describeProblems(preview.problems)).toEqual([
			'connections[0].name: “Keycloak” is already the name of another connection here: rename one of them',
			'accounts[0].email: Ada@Example.org is already used by another account here (“Ada”)'
		]);
	});

	it('refuses, writing nothing, when the configuration changed after the preview', async () => {
		const s = fresh();
		await seed(s);
		await s.settings.set('importedAccounts', ['a0']);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [{ id: 'c7', name: 'Seven', provider: 'google', clientId: 's' }],
			accounts: [{ id: 'a7', name: 'Sev', email: 'sev@example.org', connectionId: 'c7' }]
		});
		expect((await previewImport(s, f)).problems).toEqual([]);
		// Meanwhile, in another tab:
		await s.connections.save({ id: 'c8', name: 'SEVEN', provider: 'google', clientId: 'e' });
		const refused = await commitImport(s, f);
		expect(refused).toEqual({
			ok: false,
			error: [{ path: 'connections[0].name', code: 'name-clash', params: { name: 'Seven' } }]
		});
		expect(refused.ok ? [] : describeProblems(refused.error)).toEqual([
			'connections[0].name: “Seven” is already the name of another connection here: rename one of them'
		]);
		expect(await s.connections.get('c7')).toBeUndefined();
		expect(await s.accounts.get('a7')).toBeUndefined();
		expect(await s.settings.get('importedAccounts')).toEqual(['a0']);
	});

	it('lists the imported accounts for signing in, in the same transaction', async () => {
		const s = fresh();
		await seed(s);
		await s.settings.set('importedAccounts', ['a0', 'a1']);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [],
			accounts: [
				{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' },
				{ id: 'a8', name: 'Eight', email: 'eight@example.org', connectionId: 'c2' }
			]
		});
		expect(await commitImport(s, f)).toEqual({ ok: true });
		expect(await s.settings.get('importedAccounts')).toEqual(['a0', 'a1', 'a8']);
	});

	it('keeps a stored client secret only while the file sends it to the same provider, client and endpoints', async () => {
		const s = fresh();
		await seed(s);
		const saved = await Promise.all([
			s.connections.save({
				id: 'c2',
				name: 'Keycloak',
				provider: 'oidc',
				clientId: 'mail',
				clientSecret: 'kc-secret',
				issuer: 'https://id.example.org'
			}),
			s.connections.save({
				id: 'o1',
				name: 'Custom',
				provider: 'oauth2',
				clientId: 'o',
				clientSecret: 'o-secret',
				authorizationEndpoint: 'https://a.example.org/auth',
				tokenEndpoint: 'https://a.example.org/token'
			}),
			s.connections.save({
				id: 'g2',
				name: 'Google two',
				provider: 'google',
				clientId: 'g2',
				clientSecret: 'g2-secret',
				projectId: 'one'
			})
		]);
		expect(saved.every((r) => r.ok)).toBe(true);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [
				// Another client at the same provider.
				{ id: 'c1', name: 'Work', provider: 'google', clientId: 'other' },
				// Another issuer.
				{ id: 'c2', name: 'Keycloak', provider: 'oidc', clientId: 'mail', issuer: 'https://evil.example' },
				// Another token endpoint, but the file brings its own secret.
				{
					id: 'o1',
					name: 'Custom',
					provider: 'oauth2',
					clientId: 'o',
					clientSecret: 'o-new',
					authorizationEndpoint: 'https://a.example.org/auth',
					tokenEndpoint: 'https://b.example.org/token'
				},
				// Google's project id is informational: the secret still goes where it went.
				{ id: 'g2', name: 'Google two', provider: 'google', clientId: 'g2', projectId: 'two' }
			],
			accounts: []
		});
		const preview = await previewImport(s, f);
		expect(preview.problems).toEqual([]);
		expect(preview.droppedSecrets).toEqual([
			{ id: 'c1', name: 'Work', code: 'client-secret-not-kept', params: { name: 'Work' } },
			{ id: 'c2', name: 'Keycloak', code: 'client-secret-not-kept', params: { name: 'Keycloak' } }
		]);
		expect(preview.droppedSecrets.map(storageText)).toEqual([
			'“Work” points at another endpoint or client: its stored client secret will not be kept. If that client needs one, enter it in the connection after the import.',
			'“Keycloak” points at another endpoint or client: its stored client secret will not be kept. If that client needs one, enter it in the connection after the import.'
		]);
		expect(await commitImport(s, f)).toEqual({ ok: true });
		expect(await s.connections.clientSecret('c1')).toBeUndefined();
		expect(await s.connections.clientSecret('c2')).toBeUndefined();
		expect(await s.connections.clientSecret('o1')).toBe('o-new');
		expect(await s.connections.clientSecret('g2')).toBe('g2-secret');
	});

	it('writes nothing when the file clashes: the commit checks again what the preview checked', async () => {
		const s = fresh();
		await seed(s);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [{ id: 'c7', name: 'Seven', provider: 'google', clientId: 's' }],
			accounts: [{ id: 'a7', name: 'Dup', email: 'ada@example.org', connectionId: 'c7' }]
		});
		const refused = await commitImport(s, f);
		expect(refused).toEqual({
			ok: false,
			error: [{ path: 'accounts[0].email', code: 'email-clash', params: { email: 'ada@example.org', account: 'Ada' } }]
		});
		expect(refused.ok ? [] : describeProblems(refused.error)).toEqual([
			'accounts[0].email: ada@example.org is already used by another account here (“Ada”)'
		]);
		expect(await s.connections.get('c7')).toBeUndefined();
		expect(await s.accounts.get('a7')).toBeUndefined();
	});

	it('writes nothing, not even the list of imported accounts, when a write fails half-way', async () => {
		const s = fresh();
		await seed(s);
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [{ id: 'c1', name: 'Work renamed', provider: 'google', clientId: 'abc' }],
			accounts: [{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' }]
		});
		vi.spyOn(s.db.accounts, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
		await expect(commitImport(s, f)).rejects.toThrow('disk full');
		expect((await s.connections.get('c1'))?.name).toBe('Work');
		expect(await s.accounts.get('a1')).toBeDefined();
		expect(await s.grants.get('a1')).toBeDefined();
		expect(await s.settings.get('importedAccounts')).toBeUndefined();
	});
});
