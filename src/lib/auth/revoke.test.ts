import { afterEach, describe, expect, it } from 'vitest';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';
import { revokeGrant } from './revoke';
import { CUSTOM_CONNECTION, FakeLocks, scriptedFetch, seedGrant, testStorage } from './testing/fakes';

let storages: Storage[] = [];
afterEach(async () => {
	for (const s of storages) await s.db.delete();
	storages = [];
});

async function setup() {
	const storage = testStorage();
	storages.push(storage);
	return { storage, ...(await seedGrant(storage, { state: 'sign-in-required' })) };
}

describe('revokeGrant', () => {
	it('sends the refresh token to the revocation endpoint of the provider that issued it', async () => {
		const { storage, accountId } = await setup();
		const http = scriptedFetch([new Response(null, { status: 200 })]);
		const result = await revokeGrant({ storage, fetch: http.fetch, locks: new FakeLocks() }, accountId);
		expect(result.kind).toBe('revoked');
		expect(http.calls.map((c) => c.url)).toEqual([CUSTOM_CONNECTION.revocationEndpoint]);
		expect(http.calls[0]?.body.get('token')).toBe('rt-1');
		expect(http.calls[0]?.body.get('client_id')).toBe('client-1');
	});

	it('never sends a token to a provider the connection points at after a change', async () => {
		const { storage, accountId, connectionId } = await setup();
		const moved = await storage.connections.save({
			...CUSTOM_CONNECTION,
			id: connectionId,
			tokenEndpoint: 'https://other.example.net/token',
			revocationEndpoint: 'https://other.example.net/revoke'
		});
		expect(moved.ok).toBe(true);
		const http = scriptedFetch([]);
		const result = await revokeGrant({ storage, fetch: http.fetch, locks: new FakeLocks() }, accountId);
		expect(http.calls).toEqual([]);
		expect(result).toMatchObject({
			kind: 'failed',
			problem: { class: 'configuration', code: 'revoke-unrecorded', params: { connection: 'Custom' } }
		});
		expect(result.kind === 'failed' && problemText(result.problem)).toMatch(/was not sent anywhere/);
		expect(result.kind === 'failed' && problemText(result.problem)).toMatch(/^The connection “Custom” was changed/);
	});
});
