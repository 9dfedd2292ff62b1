import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionsState } from './connections.svelte';
import { CUSTOM_CONNECTION, seedGrant } from '$lib/auth/testing/fakes';
import { storage } from './storage';

const settings = CUSTOM_CONNECTION;

afterEach(async () => {
	const s = storage();
	await Promise.all([s.db.connections.clear(), s.db.accounts.clear(), s.db.grants.clear()]);
	vi.unstubAllGlobals();
});

function accountWithGrant(state: 'connected' | 'sign-in-required') {
	return seedGrant(storage(), { state });
}

const elsewhere = {
	tokenEndpoint: 'https://other.example.net/token',
	revocationEndpoint: 'https://other.example.net/revoke'
};

describe('saving a connection that now points at another provider', () => {
	it('drops the tokens of accounts that already needed a sign-in, without sending them anywhere', async () => {
		const { connectionId, accountId } = await accountWithGrant('sign-in-required');
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const result = await new ConnectionsState().save({ ...settings, ...elsewhere, id: connectionId });
		expect(result.kind).toBe('saved');
		expect(fetch).not.toHaveBeenCalled();
		const s = storage();
		expect((await s.grants.get(accountId))?.hasRefreshToken).toBe(false);
		expect(await s.grants.secrets(accountId)).toMatchObject({ accessTokens: {} });
		expect((await s.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('asks before signing out connected accounts, and a name already taken signs out nobody', async () => {
		const { connectionId, accountId } = await accountWithGrant('connected');
		const other = await storage().connections.save({ ...settings, name: 'Other' });
		expect(other.ok).toBe(true);
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const state = new ConnectionsState();
		const asked = await state.save({ ...settings, ...elsewhere, id: connectionId });
		expect(asked).toMatchObject({ kind: 'confirm-sign-out', accounts: [{ id: accountId }] });

		const refused = await state.save(
			{ ...settings, ...elsewhere, id: connectionId, name: 'other' },
			{ signOutConfirmed: true }
		);
		expect(refused).toMatchObject({ kind: 'invalid', errors: [{ path: 'name' }] });
		expect(fetch).not.toHaveBeenCalled();
		expect((await storage().grants.get(accountId))?.state).toBe('connected');
		expect((await storage().grants.secrets(accountId)).refreshToken).toBe('rt-1');
	});
});
