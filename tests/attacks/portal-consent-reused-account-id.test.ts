/**
 * Attack: a portal was allowed to use an account; the account is deleted, and a later one gets
 * its id (an imported file may carry any id) for another mailbox. A permission that names only the
 * id would hand the portal that other mailbox's tokens without anyone consenting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigurationFile } from '$lib/config';
import { commitImport, createStorage, previewImport, type Storage } from '$lib/storage';

const PORTAL = 'https://portal.example.org';
let storage: Storage | undefined;
afterEach(async () => {
	await storage?.db.delete();
});

async function setUp() {
	storage = createStorage({ name: `portal-consent-${Math.random()}` });
	const c = await storage.connections.save({ id: 'c1', name: 'Google', provider: 'google', clientId: 'x' });
	const a = await storage.accounts.save({ id: 'a1', name: 'Ada', email: 'ada@example.com', connectionId: 'c1' });
	if (!c.ok || !a.ok) throw new Error('setup');
	await storage.portals.allow(PORTAL, ['a1']);
	expect(await storage.portals.get(PORTAL)).toMatchObject({ accountIds: ['a1'] });
	return storage;
}

const file = (account: Record<string, unknown>) => {
	const parsed = parseConfigurationFile(
		JSON.stringify({
			format: 'oauth2-client/v1',
			exportedAt: '2026-11-30T00:00:00Z',
			connections: [{ id: 'c1', name: 'Google', provider: 'google', clientId: 'x' }],
			accounts: [account]
		})
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
	return parsed.value;
};

describe('a portal’s permission and an account id used again', () => {
	it('deleting the account drops it from the permission; a new account with its id is not allowed', async () => {
		const s = await setUp();
		await s.accounts.delete('a1');
		expect((await s.db.portals.get(PORTAL))?.accounts).toEqual([]);
		await s.accounts.save({ id: 'a1', name: 'Eve', email: 'eve@example.com', connectionId: 'c1' });
		expect(await s.portals.get(PORTAL)).toMatchObject({ accountIds: [] });
	});

	it('an import that replaces the account drops the permission, and its preview says so', async () => {
		const s = await setUp();
		const other = file({ id: 'a1', name: 'Eve', email: 'eve@example.com', connectionId: 'c1' });
		const preview = await previewImport(s, other);
		expect(preview.portalPermissions).toEqual([{ id: 'a1', email: 'ada@example.com', origins: [PORTAL] }]);
		expect(await commitImport(s, other)).toEqual({ ok: true });
		expect(await s.portals.get(PORTAL)).toMatchObject({ accountIds: [] });
	});

	it('an account whose address changed behind the permission is another mailbox', async () => {
		const s = await setUp();
		// Changed without the permission being touched (a tab of an older version, say).
		await s.db.accounts.update('a1', { email: 'eve@example.com', emailKey: 'eve@example.com' });
		expect(await s.portals.get(PORTAL)).toMatchObject({ accountIds: [] });
	});
});
