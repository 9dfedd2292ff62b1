import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scriptedFetch } from '$lib/auth/testing/fakes';
import type { AppContext } from '$lib/app';
import { dropStorages, GOOGLE_REVOKE, seedAdaAtWork, testContext } from '$lib/app/testing';
import type { Storage } from '$lib/storage';

let current: AppContext;

vi.mock('./app', () => ({ appContext: () => current }));
vi.mock('./storage', () => ({ storage: () => current.storage }));

const { TransferState } = await import('./transfer.svelte');

let storage: Storage;
let http: ReturnType<typeof scriptedFetch>;
let answers: Parameters<typeof scriptedFetch>[0];

beforeEach(async () => {
	answers = [];
	http = scriptedFetch(answers);
	({ ctx: current, storage } = testContext({ fetch: http.fetch }));
	await seedAdaAtWork(storage);
});

afterEach(dropStorages);

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
		const transfer = await previewed(replacing);
		let during: unknown;
		answers.push(() => {
			during = transfer.step;
			return new Response(null, { status: 200 });
		});
		await transfer.confirm();
		expect(during).toEqual({
			kind: 'importing',
			name: 'config.json',
			progress: 'Signing out ada@example.org (1 of 1)…'
		});
		expect(transfer.step).toEqual({
			kind: 'done',
			name: 'config.json',
			connections: 1,
			accounts: 1,
			revocationFailures: []
		});
		expect(http.calls.map((c) => c.url)).toEqual([GOOGLE_REVOKE]);
		expect(await storage.settings.get('importedAccounts')).toEqual(['a1']);
		expect(await storage.grants.get('a1')).toBeUndefined();
	});

	it('words the accounts whose tokens the provider could not be told to revoke', async () => {
		const transfer = await previewed(replacing);
		answers.push(new Response('busy', { status: 500 }));
		await transfer.confirm();
		expect(transfer.step).toEqual({
			kind: 'done',
			name: 'config.json',
			connections: 1,
			accounts: 1,
			revocationFailures: ['ada@example.org: oauth2.googleapis.com answered 500: busy.']
		});
	});

	it('says which accounts were already signed out at the provider when the write then fails', async () => {
		// While the token is being revoked, another tab takes the name the file brings.
		answers.push(async () => {
			await storage.connections.save({ id: 'c9', name: 'SECOND', provider: 'google', clientId: 'nine' });
			return new Response(null, { status: 200 });
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
		expect(await storage.connections.get('c2')).toBeUndefined();
		expect(await storage.settings.get('importedAccounts')).toBeUndefined();
		expect((await storage.grants.get('a1'))?.state).toBe('sign-in-required');
	});

	it('signs nobody out when the configuration changed while the preview was open', async () => {
		const transfer = await previewed(replacing);
		await storage.connections.save({ id: 'c9', name: 'second', provider: 'google', clientId: 'nine' });
		await transfer.confirm();
		expect(http.calls).toEqual([]);
		expect(transfer.step).toMatchObject({
			kind: 'preview',
			changed: true,
			problems: ['connections[0].name: “Second” is already the name of another connection here: rename one of them']
		});
		expect((await storage.grants.get('a1'))?.state).toBe('connected');
	});
});
