/**
 * Attack: a connection's revocation endpoint is pointed at another host (in the editor, or by an
 * imported file that reuses the connection's id), or an import moves its token endpoint, while
 * accounts are signed in through it. Delete account, Delete connection and Forget this browser
 * would then post the refresh token there, and whoever runs it can redeem it at the real token
 * endpoint (a public client needs no secret).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindingChanges, revokeGrant } from '$lib/auth/tokens';
import { CUSTOM_CONNECTION, FakeLocks, scriptedFetch, seedGrant } from '$lib/auth/testing/fakes';
import { parseConfigurationFile } from '$lib/config';
import { commitImport, previewImport } from '$lib/storage';
import { ConnectionsState } from '$lib/state/connections.svelte';
import { storage } from '$lib/state/storage';

const EVIL = 'https://evil.example.net/revoke';

afterEach(async () => {
	const s = storage();
	await Promise.all([s.db.connections.clear(), s.db.accounts.clear(), s.db.grants.clear(), s.db.portals.clear()]);
	vi.unstubAllGlobals();
});

/** An account signed in through the custom connection: its grant recorded the revocation endpoint. */
async function signedIn() {
	const s = storage();
	const seeded = await seedGrant(s);
	await s.grants.update(seeded.accountId, { revocation: { endpoint: CUSTOM_CONNECTION.revocationEndpoint } });
	return seeded;
}

describe('a swapped revocation endpoint', () => {
	it('the editor treats it as a binding change: asks, revokes at the old endpoint, wipes the token', async () => {
		const { connectionId, accountId } = await signedIn();
		const fetch = vi.fn(async (_url: string | URL) => new Response(null, { status: 200 }));
		vi.stubGlobal('fetch', fetch);
		vi.stubGlobal('navigator', { locks: new FakeLocks(), onLine: true });
		const state = new ConnectionsState();
		const swapped = { ...CUSTOM_CONNECTION, id: connectionId, revocationEndpoint: EVIL };
		expect(await state.save(swapped)).toMatchObject({ kind: 'confirm-sign-out', accounts: [{ id: accountId }] });
		expect(fetch).not.toHaveBeenCalled();
		expect(await state.save(swapped, { signOutConfirmed: true })).toMatchObject({ kind: 'saved' });
		expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
		const s = storage();
		expect((await s.grants.get(accountId))?.state).toBe('sign-in-required');
		expect((await s.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('revocation goes where the sign-in recorded, whatever the connection says now', async () => {
		const { connectionId, accountId } = await signedIn();
		const s = storage();
		// Changed behind the editor's back (a tab of an older version, say).
		const saved = await s.connections.save({ ...CUSTOM_CONNECTION, id: connectionId, revocationEndpoint: EVIL });
		expect(saved.ok).toBe(true);
		const http = scriptedFetch([new Response(null, { status: 200 })]);
		expect(await revokeGrant({ storage: s, fetch: http.fetch, locks: new FakeLocks() }, accountId)).toMatchObject({
			kind: 'revoked'
		});
		expect(http.calls.map((c) => c.url)).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
	});

	it('a grant from before it was recorded is not revoked anywhere once its connection was changed', async () => {
		const s = storage();
		const { connectionId, accountId } = await seedGrant(s);
		await new Promise((ok) => setTimeout(ok, 5));
		await s.connections.save({ ...CUSTOM_CONNECTION, id: connectionId, revocationEndpoint: EVIL });
		const http = scriptedFetch([]);
		const result = await revokeGrant({ storage: s, fetch: http.fetch, locks: new FakeLocks() }, accountId);
		expect(result).toMatchObject({ kind: 'failed' });
		expect(http.calls).toEqual([]);
	});
});

describe('an import that points a connection elsewhere', () => {
	const file = (connection: Record<string, unknown>) => {
		const parsed = parseConfigurationFile(
			JSON.stringify({
				format: 'oauth2-client/v1',
				exportedAt: '2026-11-30T00:00:00Z',
				connections: [connection],
				accounts: []
			})
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		return parsed.value;
	};

	it('lists the accounts it leaves behind, and wipes their tokens (revoked first, at the old endpoint)', async () => {
		const { connectionId, accountId } = await signedIn();
		const s = storage();
		const moved = file({
			...CUSTOM_CONNECTION,
			id: connectionId,
			tokenEndpoint: 'https://evil.example.net/token',
			revocationEndpoint: EVIL
		});
		const preview = await previewImport(s, moved, bindingChanges);
		expect(preview.rebound).toEqual([{ id: accountId, email: 'ada@example.com' }]);
		// The import's sign-out: revoked where the token came from.
		const http = scriptedFetch([new Response(null, { status: 200 })]);
		await revokeGrant({ storage: s, fetch: http.fetch, locks: new FakeLocks() }, accountId);
		expect(http.calls.map((c) => c.url)).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
		expect(await commitImport(s, moved, bindingChanges)).toEqual({ ok: true });
		expect((await s.grants.get(accountId))?.state).toBe('sign-in-required');
		expect((await s.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('leaves the grants alone when the file changes nothing that binds them', async () => {
		const { connectionId, accountId } = await signedIn();
		const s = storage();
		const same = file({ ...CUSTOM_CONNECTION, id: connectionId, name: 'Renamed' });
		expect((await previewImport(s, same, bindingChanges)).rebound).toEqual([]);
		expect(await commitImport(s, same, bindingChanges)).toEqual({ ok: true });
		expect((await s.grants.secrets(accountId)).refreshToken).toBe('rt-1');
	});
});
