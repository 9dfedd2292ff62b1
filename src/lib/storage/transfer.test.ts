import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigurationFile, type ConfigurationFile } from '$lib/config';
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
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
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
		{
			accountId: 'a1',
			connectionId: 'c1',
			tokenEndpoint: 'https://oauth2.googleapis.com/token',
			clientId: 'abc',
			state: 'connected',
			hasRefreshToken: true,
			scopes: [],
			obtainedAt: 1,
			updatedAt: 1
		},
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
			{
				path: 'connections[1].name',
				message: '“keycloak” is already the name of another connection here: rename one of them'
			},
			{ path: 'accounts[1].email', message: 'ZED@example.org is already used by another account here (“Zed”)' },
			{ path: 'accounts[2].connectionId', message: 'no connection with the id “c9” is in the file or here' }
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
				{ id: 'c5', name: 'Fresh', provider: 'fastmail', clientId: 'f', clientSecret: 'new-secret' }
			],
			accounts: [
				{ id: 'a1', name: 'Ada (imported)', email: 'ada@example.org', connectionId: 'c1' },
				{ id: 'a5', name: 'Eve', email: 'eve@example.org', connectionId: 'c5' }
			]
		});
		expect((await previewImport(s, f)).problems).toEqual([]);
		await commitImport(s, f);
		expect((await s.connections.list()).items.map((c) => c.name)).toEqual(['Fresh', 'Keycloak', 'Work']);
		expect(await s.connections.clientSecret('c1')).toBe('GOCSPX-secret');
		expect(await s.connections.clientSecret('c5')).toBe('new-secret');
		expect((await s.accounts.get('a1'))?.name).toBe('Ada (imported)');
		expect(await s.grants.get('a1')).toBeUndefined();
	});

	it('writes nothing when something fails half-way', async () => {
		const s = fresh();
		await seed(s);
		// The preview would refuse this; commit must not half-write it either.
		const f = file({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-28T10:00:00Z',
			connections: [{ id: 'c7', name: 'Seven', provider: 'google', clientId: 's' }],
			accounts: [{ id: 'a7', name: 'Dup', email: 'ada@example.org', connectionId: 'c7' }]
		});
		await expect(commitImport(s, f)).rejects.toThrow();
		expect(await s.connections.get('c7')).toBeUndefined();
		expect(await s.accounts.get('a7')).toBeUndefined();
	});
});
