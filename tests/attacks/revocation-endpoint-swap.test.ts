/**
 * Attack: a connection's revocation endpoint is pointed at another host (in the editor, or by an
 * imported file that reuses the connection's id), or an import moves its token endpoint, while
 * accounts are signed in through it. Delete account, Delete connection and Forget this browser
 * would then post the refresh token there, and whoever runs it can redeem it at the real token
 * endpoint (a public client needs no secret).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revokeGrant } from '$lib/auth/tokens';
import { CUSTOM_CONNECTION, FakeLocks, scriptedFetch, seedGrant, testStorage } from '$lib/auth/testing/fakes';
import type { Fetch } from '$lib/auth';
import type { AppContext } from '$lib/app';
import { importFile, previewFile, saveConnection } from '$lib/app/grants';
import { parseConfigurationFile } from '$lib/config';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';

const EVIL = 'https://evil.example.net/revoke';

let storages: Storage[] = [];
afterEach(async () => {
	for (const s of storages) await s.db.delete();
	storages = [];
});

/** The application layer's context, as the app builds it, with this test's storage and network. */
function context(fetch: Fetch = scriptedFetch([]).fetch): AppContext & { storage: Storage } {
	const storage = testStorage();
	storages.push(storage);
	return { storage, fetch, callbackBase: 'https://app.example/callback', locks: new FakeLocks(), now: Date.now };
}

/** An account signed in through the custom connection: its grant recorded the revocation endpoint. */
async function signedIn(s: Storage) {
	const seeded = await seedGrant(s);
	await s.grants.update(seeded.accountId, { revocation: { endpoint: CUSTOM_CONNECTION.revocationEndpoint } });
	return seeded;
}

describe('a swapped revocation endpoint', () => {
	it('the editor treats it as a binding change: asks, revokes at the old endpoint, wipes the token', async () => {
		const fetch = vi.fn(async (_url: string | URL | Request) => new Response(null, { status: 200 }));
		const ctx = context(fetch);
		const s = ctx.storage;
		const { connectionId, accountId } = await signedIn(s);
		const swapped = { ...CUSTOM_CONNECTION, id: connectionId, revocationEndpoint: EVIL };
		expect(await saveConnection(ctx, swapped)).toMatchObject({
			kind: 'confirm-sign-out',
			accounts: [{ id: accountId }]
		});
		expect(fetch).not.toHaveBeenCalled();
		expect(await saveConnection(ctx, swapped, { signOutConfirmed: true })).toMatchObject({
			kind: 'saved',
			signedOut: [{ id: accountId }],
			revocationFailures: []
		});
		expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
		const grant = await s.grants.get(accountId);
		expect(grant).toMatchObject({
			state: 'sign-in-required',
			problem: { code: 'connection-moved', params: { connection: 'Custom' } }
		});
		expect(problemText(grant!.problem!)).toBe(
			'The connection “Custom” now points at another provider or client, so this account signed out. Sign in again.'
		);
		expect((await s.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('revocation goes where the sign-in recorded, whatever the connection says now', async () => {
		const s = context().storage;
		const { connectionId, accountId } = await signedIn(s);
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
		const s = context().storage;
		const { connectionId, accountId } = await seedGrant(s);
		await new Promise((ok) => setTimeout(ok, 5));
		await s.connections.save({ ...CUSTOM_CONNECTION, id: connectionId, revocationEndpoint: EVIL });
		const http = scriptedFetch([]);
		const result = await revokeGrant({ storage: s, fetch: http.fetch, locks: new FakeLocks() }, accountId);
		expect(result).toMatchObject({ kind: 'failed', problem: { code: 'revoke-unrecorded' } });
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
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
		return parsed.value;
	};

	it('lists the accounts it leaves behind, and wipes their tokens (revoked first, at the old endpoint)', async () => {
		const http = scriptedFetch([new Response(null, { status: 200 })]);
		const ctx = context(http.fetch);
		const s = ctx.storage;
		const { connectionId, accountId } = await signedIn(s);
		const moved = file({
			...CUSTOM_CONNECTION,
			id: connectionId,
			tokenEndpoint: 'https://evil.example.net/token',
			revocationEndpoint: EVIL
		});
		const preview = await previewFile(ctx, moved);
		expect(preview.rebound).toEqual([{ id: accountId, email: 'ada@example.com' }]);
		// The import signs them out: revoked where the token came from, then wiped.
		expect(await importFile(ctx, moved, preview, 'moved.json', () => {})).toEqual({
			kind: 'done',
			revocationFailures: []
		});
		expect(http.calls.map((c) => c.url)).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
		const grant = await s.grants.get(accountId);
		expect(grant).toMatchObject({ state: 'sign-in-required', problem: { code: 'import-moved' } });
		expect(problemText(grant!.problem!)).toBe(
			'An imported configuration points this account’s connection at another provider or client, so it signed out. Sign in again.'
		);
		expect((await s.grants.secrets(accountId)).refreshToken).toBeUndefined();
	});

	it('leaves the grants alone when the file changes nothing that binds them', async () => {
		const http = scriptedFetch([]);
		const ctx = context(http.fetch);
		const s = ctx.storage;
		const { connectionId, accountId } = await signedIn(s);
		const same = file({ ...CUSTOM_CONNECTION, id: connectionId, name: 'Renamed' });
		const preview = await previewFile(ctx, same);
		expect(preview.rebound).toEqual([]);
		expect(await importFile(ctx, same, preview, 'same.json', () => {})).toEqual({
			kind: 'done',
			revocationFailures: []
		});
		expect(http.calls).toEqual([]);
		expect((await s.grants.get(accountId))?.state).toBe('connected');
		expect((await s.grants.secrets(accountId)).refreshToken).toBe('rt-1');
	});
});
