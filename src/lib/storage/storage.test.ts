import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblems } from '$lib/messages/fields';
import { createStorage, SecretUnavailableError, type Storage } from '$lib/storage';

let opened: Storage[] = [];
let counter = 0;

function fresh(now = () => 1_700_000_000_000): Storage {
	const storage = createStorage({ name: `test-${Date.now()}-${counter++}`, now });
	opened.push(storage);
	return storage;
}

afterEach(async () => {
	for (const s of opened) s.db.close();
	for (const name of new Set(opened.map((s) => s.db.name))) await Dexie.delete(name);
	opened = [];
});

const google = { name: 'Work', provider: 'google', clientId: 'abc.apps.googleusercontent.com' };

function grantRow(accountId: string, connectionId: string) {
	return {
		accountId,
		connectionId,
		tokenEndpoint: 'https://t.example/token',
		clientId: 'x',
		state: 'connected' as const,
		hasRefreshToken: true,
		scopes: ['openid'],
		obtainedAt: 1,
		updatedAt: 1
	};
}

describe('ConnectionRepository', () => {
	it('saves, lists by name, updates and deletes', async () => {
		const s = fresh();
		const b = await s.connections.save({ ...google, name: 'b-second' });
		const a = await s.connections.save({ ...google, name: 'A-first', clientId: 'other' });
		expect(b.ok && a.ok).toBe(true);
		const list = await s.connections.list();
		expect(list.items.map((c) => c.name)).toEqual(['A-first', 'b-second']);
		expect(list.unreadable).toEqual([]);
		if (!a.ok) return;
		expect(a.value).toMatchObject({
			name: 'A-first',
			provider: 'google',
			hasClientSecret: false,
			createdAt: 1_700_000_000_000
		});
		const renamed = await s.connections.save({ ...google, id: a.value.id, name: 'A-renamed' });
		expect(renamed.ok && renamed.value.id).toBe(a.value.id);
		expect((await s.connections.list()).items.map((c) => c.name)).toEqual(['A-renamed', 'b-second']);
		await s.connections.delete(a.value.id);
		expect((await s.connections.list()).items.map((c) => c.name)).toEqual(['b-second']);
	});

	it('refuses a second connection with the same name, ignoring case and spacing', async () => {
		const s = fresh();
		await s.connections.save(google);
		const clash = await s.connections.save({ ...google, name: ' WORK ' });
		expect(clash).toEqual({
			ok: false,
			error: [{ path: 'name', code: 'connection-name-taken', params: { name: 'WORK' } }]
		});
		expect(clash.ok ? [] : describeProblems(clash.error)).toEqual([
			'name: another connection is already called “WORK”: choose another name'
		]);
		expect((await s.connections.list()).items).toHaveLength(1);
	});

	it('stores nothing invalid', async () => {
		const s = fresh();
		const result = await s.connections.save({ ...google, provider: 'oidc', issuer: 'http://id.example.com' });
		expect(result.ok).toBe(false);
		expect(await s.db.connections.count()).toBe(0);
	});

	it('encrypts the client secret and opens it only on request', async () => {
		const s = fresh();
		const saved = await s.connections.save({ ...google, clientSecret: 'GOCSPX-secret' });
		if (!saved.ok) throw new Error('not saved');
		expect(saved.value.hasClientSecret).toBe(true);
		expect(saved.value).not.toHaveProperty('clientSecret');
		const row = await s.db.connections.get(saved.value.id);
		expect(JSON.stringify(row)).not.toContain('GOCSPX-secret');
		expect(new TextDecoder().decode(row!.clientSecret!.data)).not.toContain('GOCSPX-secret');
		expect(await s.connections.clientSecret(saved.value.id)).toBe('GOCSPX-secret');

		// Saving again without a secret keeps it; asking to remove it removes it.
		await s.connections.save({ ...google, id: saved.value.id, name: 'Renamed' });
		expect(await s.connections.clientSecret(saved.value.id)).toBe('GOCSPX-secret');
		const removed = await s.connections.save({ ...google, id: saved.value.id }, { removeClientSecret: true });
		expect(removed.ok && removed.value.hasClientSecret).toBe(false);
		expect(await s.connections.clientSecret(saved.value.id)).toBeUndefined();
	});

	it('reports rows that no longer validate instead of dropping them', async () => {
		const s = fresh();
		await s.connections.save(google);
		await s.db.connections.put({
			id: 'broken',
			name: 'Broken',
			nameKey: 'broken',
			provider: 'github' as never,
			clientId: 'x',
			createdAt: 1,
			updatedAt: 1
		});
		const list = await s.connections.list();
		expect(list.items.map((c) => c.name)).toEqual(['Work']);
		expect(list.unreadable).toEqual([{ id: 'broken', errors: [expect.objectContaining({ path: 'provider' })] }]);
		expect(await s.db.connections.count()).toBe(2);
	});

	it('deletes a connection together with its accounts and their grants', async () => {
		const s = fresh();
		const c = await s.connections.save(google);
		const other = await s.connections.save({ ...google, name: 'Other' });
		if (!c.ok || !other.ok) throw new Error('not saved');
		const a1 = await s.accounts.save({ name: 'Ada', email: 'ada@example.com', connectionId: c.value.id });
		const a2 = await s.accounts.save({ name: 'Bob', email: 'bob@example.com', connectionId: other.value.id });
		if (!a1.ok || !a2.ok) throw new Error('not saved');
		await s.db.grants.put(grantRow(a1.value.id, c.value.id));
		expect((await s.connections.accountsUsing(c.value.id)).map((a) => a.email)).toEqual(['ada@example.com']);
		// A damaged record that points at it is not hidden from the person who deletes it.
		await s.db.accounts.put({ id: 'damaged', connectionId: c.value.id } as never);
		expect(await s.connections.usage(c.value.id)).toMatchObject({
			accounts: [{ email: 'ada@example.com' }],
			unreadable: 1
		});
		await s.connections.delete(c.value.id);
		expect((await s.accounts.list()).items.map((a) => a.email)).toEqual(['bob@example.com']);
		expect(await s.db.grants.count()).toBe(0);
	});
});

describe('AccountRepository', () => {
	it('needs an existing connection and a unique email, ignoring case', async () => {
		const s = fresh();
		const c = await s.connections.save(google);
		if (!c.ok) throw new Error('not saved');
		const gone = await s.accounts.save({ name: 'Ada', email: 'ada@example.com', connectionId: 'missing' });
		expect(gone).toEqual({ ok: false, error: [{ path: 'connectionId', code: 'connection-gone' }] });
		expect(gone.ok ? [] : describeProblems(gone.error)).toEqual([
			'connectionId: choose an OAuth2 connection: the one chosen no longer exists'
		]);
		const ada = await s.accounts.save({ name: 'Ada', email: 'ada@example.com', connectionId: c.value.id });
		expect(ada.ok).toBe(true);
		const taken = await s.accounts.save({ name: 'Ada 2', email: 'ADA@example.com', connectionId: c.value.id });
		expect(taken).toEqual({
			ok: false,
			error: [{ path: 'email', code: 'email-taken-by', params: { email: 'ADA@example.com', account: 'Ada' } }]
		});
		expect(taken.ok ? [] : describeProblems(taken.error)).toEqual([
			'email: another account (“Ada”) already uses ADA@example.com'
		]);
	});
});

describe('SecretBox', () => {
	it('binds a ciphertext to its place', async () => {
		const s = fresh();
		const sealed = await s.secrets.seal('token', 'grant:a');
		expect(await s.secrets.open(sealed, 'grant:a')).toBe('token');
		await expect(s.secrets.open(sealed, 'grant:b')).rejects.toMatchObject({ code: 'undecryptable' });
	});

	it('says so when the key is gone, rather than returning garbage', async () => {
		const before = fresh();
		const sealed = await before.secrets.seal('token', 'grant:a');
		await before.db.keys.clear();
		// Opened afresh (another tab, a later visit): no key cached from before.
		const s = createStorage({ name: before.db.name });
		opened.push(s);
		const error = await s.secrets.open(sealed, 'grant:a').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SecretUnavailableError);
		expect(error).toMatchObject({ code: 'key-missing' });
	});

	it('keeps one key when two tabs create it at once', async () => {
		const s = fresh();
		const other = createStorage({ name: s.db.name });
		opened.push(other);
		const [x, y] = await Promise.all([s.secrets.seal('one', 'c'), other.secrets.seal('two', 'c')]);
		expect(await s.db.keys.count()).toBe(1);
		// Both ciphertexts open with the one stored key.
		const third = createStorage({ name: s.db.name });
		opened.push(third);
		expect(await third.secrets.open(x, 'c')).toBe('one');
		expect(await third.secrets.open(y, 'c')).toBe('two');
	});

	it('stores a key that cannot be exported', async () => {
		const s = fresh();
		await s.secrets.seal('x', 'c');
		const row = await s.db.keys.get('secrets');
		expect(row?.key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', row!.key)).rejects.toThrow();
	});
});

describe('DiscoveryCache', () => {
	it('answers fresh entries only, and keeps the stale ones until they are replaced', async () => {
		let now = 1000;
		const s = fresh(() => now);
		await s.discovery.put('https://id.test', { issuer: 'https://id.test' }, 500);
		expect(await s.discovery.fresh('https://id.test')).toMatchObject({ fetchedAt: 1000, expiresAt: 1500 });
		now = 1600;
		expect(await s.discovery.fresh('https://id.test')).toBeUndefined();
		expect(await s.db.discovery.get('https://id.test')).toBeDefined();
	});
});

describe('DexieStateStore', () => {
	it('keeps each account’s sign-in state apart, sealed, and hands it out once', async () => {
		const s = fresh();
		const { DexieStateStore, transactionNamespace } = await import('$lib/storage');
		const a = new DexieStateStore(s.db, s.secrets, 'account:a');
		const b = new DexieStateStore(s.db, s.secrets, 'account:b');
		// A verifier no ciphertext contains by chance (a two-letter one sometimes did).
		const stored = '{"code_verifier":"pkce-verifier-never-in-plain-text"}';
		await a.set('state1', stored);
		expect(await b.get('state1')).toBeNull();
		expect(await a.getAllKeys()).toEqual(['state1']);
		expect(await b.getAllKeys()).toEqual([]);
		const row = JSON.stringify(await s.db.transactions.get('state1'));
		expect(row).not.toContain('pkce-verifier-never-in-plain-text');
		expect(row).not.toContain('code_verifier');
		expect(await transactionNamespace(s.db, 'state1')).toBe('account:a');
		expect(await b.remove('state1')).toBeNull();
		expect(await a.remove('state1')).toBe(stored);
		expect(await a.remove('state1')).toBeNull();
	});
});

describe('GrantRepository', () => {
	it('stores metadata and sealed tokens together; updates touch metadata only', async () => {
		const s = fresh();
		const row = grantRow('acc', 'con');
		await s.grants.store(row, {
			refreshToken: 'rt',
			accessTokens: { '': { token: 'at', type: 'Bearer', issuedAt: 1, scopes: [] } }
		});
		expect(await s.grants.get('acc')).toMatchObject({ state: 'connected', hasRefreshToken: true });
		expect(JSON.stringify(await s.db.grants.get('acc'))).not.toContain('"rt"');
		await s.grants.update('acc', { state: 'retrying', retry: { attempt: 1, nextAt: 5 } });
		expect(await s.grants.get('acc')).toMatchObject({ state: 'retrying', retry: { attempt: 1, nextAt: 5 } });
		expect((await s.grants.secrets('acc')).refreshToken).toBe('rt');
		await s.grants.update('acc', { retry: undefined });
		expect((await s.grants.get('acc'))?.retry).toBeUndefined();
		expect(await s.grants.list()).toHaveLength(1);
		await s.grants.delete('acc');
		expect(await s.grants.get('acc')).toBeUndefined();
	});
});
