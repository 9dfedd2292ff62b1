import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage, CURRENT_VERSION, SCHEMA_VERSIONS, type Storage } from '$lib/storage';

/**
 * Every schema version the app has shipped, with data as that version wrote it, and what the
 * current version must find after upgrading it. Adding a schema version without adding its
 * fixture here fails the first test.
 */
const FIXTURES: Record<number, { write(db: Dexie): Promise<void>; check(s: Storage): Promise<void> }> = {
	1: {
		async write(db) {
			await db.table('connections').bulkPut([
				{ id: 'c1', name: 'Work', provider: 'google', clientId: 'a', createdAt: 1, updatedAt: 1 },
				// Version 1 did not enforce unique names: this one only differs in case.
				{
					id: 'c2',
					name: 'work',
					provider: 'microsoft',
					clientId: 'b',
					projectId: 'common',
					createdAt: 2,
					updatedAt: 2
				}
			]);
			await db.table('accounts').put({
				id: 'a1',
				name: 'Ada',
				email: 'Ada@Example.com',
				connectionId: 'c1',
				createdAt: 3,
				updatedAt: 3
			});
			await db.table('grants').put({
				accountId: 'a1',
				connectionId: 'c1',
				tokenEndpoint: 'https://oauth2.googleapis.com/token',
				issuer: 'https://accounts.google.com',
				clientId: 'a',
				state: 'connected',
				hasRefreshToken: true,
				scopes: ['openid'],
				obtainedAt: 3,
				updatedAt: 3
			});
			await db.table('settings').put({ key: 'persistenceRequested', value: true });
			await db
				.table('discovery')
				.put({ issuer: 'https://id.test', metadata: { issuer: 'https://id.test' }, fetchedAt: 1, expiresAt: 2 });
		},
		async check(s) {
			const list = await s.connections.list();
			expect(list.unreadable).toEqual([]);
			expect(list.items.map((c) => [c.id, c.name])).toEqual([
				['c1', 'Work'],
				['c2', 'work (2)']
			]);
			const accounts = await s.accounts.list();
			expect(accounts.items).toEqual([
				expect.objectContaining({ id: 'a1', email: 'Ada@Example.com', connectionId: 'c1' })
			]);
			expect(await s.grants.get('a1')).toMatchObject({ state: 'connected', clientId: 'a' });
			expect(await s.settings.get('persistenceRequested')).toBe(true);
			expect(await s.db.discovery.get('https://id.test')).toBeDefined();
			// The unique indexes of version 2 hold on the upgraded data.
			expect((await s.accounts.save({ name: 'Again', email: 'ada@example.com', connectionId: 'c1' })).ok).toBe(false);
			expect((await s.connections.save({ name: 'WORK', provider: 'google', clientId: 'x' })).ok).toBe(false);
		}
	},
	2: {
		async write(db) {
			await db.table('connections').put({
				id: 'c1',
				name: 'Demo',
				nameKey: 'demo',
				provider: 'oidc',
				issuer: 'https://id.test',
				clientId: 'app',
				scopes: ['openid', 'offline_access'],
				createdAt: 1,
				updatedAt: 1
			});
			await db.table('accounts').put({
				id: 'a1',
				name: 'Ada',
				email: 'ada@example.com',
				emailKey: 'ada@example.com',
				connectionId: 'c1',
				transport: 'jmap',
				servers: { jmap: { sessionUrl: 'https://mail.test/jmap/' } },
				createdAt: 2,
				updatedAt: 2
			});
			await db.table('transactions').put({ key: 'state1', namespace: 'account:a1', value: { v: 1 }, createdAt: 3 });
		},
		async check(s) {
			expect((await s.connections.get('c1'))?.scopes).toEqual(['openid', 'offline_access']);
			expect(await s.accounts.get('a1')).toMatchObject({
				transport: 'jmap',
				servers: { jmap: { sessionUrl: 'https://mail.test/jmap/' } }
			});
			expect(await s.db.transactions.count()).toBe(1);
			// Version 3's tables are there and empty.
			expect(await s.portals.list()).toEqual([]);
			expect(await s.portals.recent()).toEqual([]);
		}
	},
	3: {
		async write(db) {
			const tenant = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';
			await db.table('connections').bulkPut([
				{
					id: 'ms',
					name: 'Work',
					nameKey: 'work',
					provider: 'microsoft',
					clientId: 'app',
					projectId: tenant,
					createdAt: 1,
					updatedAt: 1
				},
				{
					id: 'g',
					name: 'Gmail',
					nameKey: 'gmail',
					provider: 'google',
					clientId: 'app',
					projectId: 'My-Project',
					createdAt: 1,
					updatedAt: 1
				}
			]);
			await db.table('grants').put({
				accountId: 'a1',
				connectionId: 'ms',
				tokenEndpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
				issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
				clientId: 'app',
				state: 'connected',
				hasRefreshToken: true,
				scopes: ['openid'],
				obtainedAt: 3,
				updatedAt: 3
			});
			await db.table('accounts').put({
				id: 'a1',
				name: 'Ada',
				email: 'ada@contoso.com',
				emailKey: 'ada@contoso.com',
				connectionId: 'ms',
				createdAt: 2,
				updatedAt: 2
			});
			await db.table('portals').put({ origin: 'https://portal.test', accountIds: ['a1'], allowedAt: 4, updatedAt: 4 });
		},
		async check(s) {
			const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
			expect((await s.connections.get('ms'))?.projectId).toBe(tenant);
			// Another provider's project id is the person's text: left as typed.
			expect((await s.connections.get('g'))?.projectId).toBe('My-Project');
			expect(await s.grants.get('a1')).toMatchObject({
				tokenEndpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`,
				issuer: `https://login.microsoftonline.com/${tenant}/v2.0`
			});
			expect(await s.portals.get('https://portal.test')).toMatchObject({ accountIds: ['a1'] });
		}
	},
	4: {
		async write(db) {
			await db.table('connections').put({
				id: 'c1',
				name: 'Demo',
				nameKey: 'demo',
				provider: 'oidc',
				issuer: 'https://id.test',
				clientId: 'app',
				createdAt: 1,
				updatedAt: 1
			});
			await db.table('accounts').put({
				id: 'a1',
				name: 'Ada',
				email: 'Ada@Example.com',
				emailKey: 'ada@example.com',
				connectionId: 'c1',
				createdAt: 2,
				updatedAt: 2
			});
			// 'gone' was deleted after the portal was allowed; its id stayed behind.
			await db
				.table('portals')
				.put({ origin: 'https://portal.test', accountIds: ['a1', 'gone'], allowedAt: 3, updatedAt: 3 });
			await db.table('portalLog').add({ at: 4, origin: 'https://portal.test', request: 'hello', outcome: 'ready' });
		},
		async check(s) {
			// Each allowed account is now bound to its mailbox; the stale id is gone.
			const rows = await s.db.portals.toArray();
			expect(rows).toEqual([
				{
					origin: 'https://portal.test',
					accounts: [{ id: 'a1', emailKey: 'ada@example.com', connectionId: 'c1' }],
					allowedAt: 3,
					updatedAt: 3
				}
			]);
			expect(await s.portals.get('https://portal.test')).toMatchObject({ accountIds: ['a1'] });
			// An account that takes the deleted one's id later is another mailbox: not allowed.
			await s.accounts.save({ id: 'gone', name: 'Eve', email: 'eve@example.com', connectionId: 'c1' });
			expect(await s.portals.get('https://portal.test')).toMatchObject({ accountIds: ['a1'] });
			expect(await s.portals.recent()).toMatchObject([{ origin: 'https://portal.test', request: 'hello' }]);
		}
	}
};

let names: string[] = [];
afterEach(async () => {
	for (const name of names) await Dexie.delete(name);
	names = [];
});

describe('schema upgrades', () => {
	it('has a fixture for every older version', () => {
		for (const { version } of SCHEMA_VERSIONS.slice(0, -1))
			expect(FIXTURES[version], `version ${version}`).toBeDefined();
	});

	for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) {
		it(`upgrades a version ${version} database to version ${CURRENT_VERSION} without losing anything`, async () => {
			const name = `upgrade-${version}-${Math.random()}`;
			names.push(name);
			const old = new Dexie(name);
			for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= version)) old.version(v.version).stores(v.stores);
			await old.open();
			await FIXTURES[version]!.write(old);
			old.close();

			const s = createStorage({ name });
			await s.db.open();
			expect(s.db.verno).toBe(CURRENT_VERSION);
			await FIXTURES[version]!.check(s);
			s.db.close();
		});
	}

	it('opens an empty database at the current version', async () => {
		const name = `fresh-${Math.random()}`;
		names.push(name);
		const s = createStorage({ name });
		await s.db.open();
		expect(s.db.verno).toBe(CURRENT_VERSION);
		expect(s.db.tables.map((t) => t.name).sort()).toEqual([
			'accounts',
			'connections',
			'discovery',
			'grants',
			'keys',
			'portalLog',
			'portals',
			'settings',
			'transactions'
		]);
		s.db.close();
	});
});
