import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStorage, type Storage } from '$lib/storage';

let current: Storage;
const revokeGrant = vi.fn();

vi.mock('./storage', () => ({ storage: () => current }));
vi.mock('./auth', () => ({ tokensModule: async () => ({ revokeGrant }) }));

const { TransferState } = await import('./transfer.svelte');

beforeEach(async () => {
	current = createStorage({ name: `transfer-state-${Math.random()}` });
	const saved = [
		await current.connections.save({ id: 'c1', name: 'Work', provider: 'google', clientId: 'abc' }),
		await current.accounts.save({ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' })
	];
	if (!saved.every((r) => r.ok)) throw new Error('seed');
	await current.grants.store(
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
		{ refreshToken: 'rt', accessTokens: {} }
	);
	revokeGrant.mockReset();
});

afterEach(async () => {
	current.db.close();
	await Dexie.delete(current.db.name);
});

const replacing = {
	format: 'oauth2-client/v1',
	exportedAt: '2026-11-28T10:00:00Z',
	connections: [{ id: 'c2', name: 'Second', provider: 'google', clientId: 'two' }],
	accounts: [{ id: 'a1', name: 'Ada', email: 'ada@example.org', connectionId: 'c1' }]
};

async function previewed(content: unknown) {
	const transfer = new TransferState();
	await transfer.read(new File([JSON.stringify(content)], 'config.json'));
	expect(transfer.step.kind).toBe('preview');
	return transfer;
}

describe('TransferState.confirm', () => {
	it('imports, and lists the imported accounts for signing in', async () => {
		revokeGrant.mockResolvedValue({ kind: 'revoked' });
		const transfer = await previewed(replacing);
		await transfer.confirm();
		expect(transfer.step).toEqual({
			kind: 'done',
			name: 'config.json',
			connections: 1,
			accounts: 1,
			revocationFailures: []
		});
		expect(revokeGrant).toHaveBeenCalledTimes(1);
		expect(await current.settings.get('importedAccounts')).toEqual(['a1']);
		expect(await current.grants.get('a1')).toBeUndefined();
	});

	it('says which accounts were already signed out at the provider when the write then fails', async () => {
		// While the token is being revoked, another tab takes the name the file brings.
		revokeGrant.mockImplementation(async () => {
			await current.connections.save({ id: 'c9', name: 'SECOND', provider: 'google', clientId: 'nine' });
			return { kind: 'revoked' };
		});
		const transfer = await previewed(replacing);
		await transfer.confirm();
		expect(transfer.step).toEqual({
			kind: 'failed',
			name: 'config.json',
			reason:
				'The configuration here changed after the preview (in another tab or window?), and the file now clashes with it:',
			problems: ['connections[0].name: “Second” is already the name of another connection here: rename one of them'],
			signedOutAtProvider: ['ada@example.org']
		});
		expect(await current.connections.get('c2')).toBeUndefined();
		expect(await current.settings.get('importedAccounts')).toBeUndefined();
		// Its tokens are dead: the account asks for a sign-in instead of looking connected.
		const grant = await current.grants.get('a1');
		expect(grant?.state).toBe('sign-in-required');
		expect(grant?.problem?.message).toMatch(/signed out at its provider for an import of config\.json/);
		expect(await current.grants.secrets('a1')).toEqual({ accessTokens: {} });
	});

	it('signs nobody out when the configuration changed while the preview was open', async () => {
		const transfer = await previewed(replacing);
		await current.connections.save({ id: 'c9', name: 'second', provider: 'google', clientId: 'nine' });
		await transfer.confirm();
		expect(revokeGrant).not.toHaveBeenCalled();
		expect(transfer.step).toMatchObject({
			kind: 'preview',
			changed: true,
			problems: ['connections[0].name: “Second” is already the name of another connection here: rename one of them']
		});
		expect((await current.grants.get('a1'))?.state).toBe('connected');
	});
});
