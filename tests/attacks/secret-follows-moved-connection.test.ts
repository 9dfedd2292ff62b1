/**
 * Attack: someone who can edit a connection (or the person, by mistake) points it at another
 * token endpoint. A client secret stored for the old one must not go along to the new one,
 * where whoever runs it would receive it with the next request.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage, type Storage } from '$lib/storage';

let storage: Storage | undefined;
afterEach(async () => {
	await storage?.db.delete();
});

describe('a stored client secret and a connection pointed elsewhere', () => {
	it('the editor does not keep the secret for another endpoint, client or provider', async () => {
		storage = createStorage({ name: `secret-moved-${Math.random()}` });
		const first = await storage.connections.save({
			name: 'Custom',
			provider: 'oauth2',
			clientId: 'app',
			clientSecret: 'the-secret',
			authorizationEndpoint: 'https://id.example.com/authorize',
			tokenEndpoint: 'https://id.example.com/token'
		});
		if (!first.ok) throw new Error('connection');
		const id = first.value.id;
		// Edited without typing a secret: the same place keeps it.
		const renamed = await storage.connections.save({ ...first.value, name: 'Renamed', clientSecret: undefined });
		expect(renamed.ok && renamed.value.hasClientSecret).toBe(true);
		expect(await storage.connections.clientSecret(id)).toBe('the-secret');
		// Pointed at another token endpoint: the secret stays behind.
		const moved = await storage.connections.save({
			...first.value,
			clientSecret: undefined,
			tokenEndpoint: 'https://evil.example.net/token'
		});
		expect(moved.ok && moved.value.hasClientSecret).toBe(false);
		expect(await storage.connections.clientSecret(id)).toBeUndefined();
	});

	it('nor for another client at the same provider', async () => {
		storage = createStorage({ name: `secret-moved-${Math.random()}` });
		const google = await storage.connections.save({
			name: 'Google',
			provider: 'google',
			clientId: 'one',
			clientSecret: 'GOCSPX-one'
		});
		if (!google.ok) throw new Error('connection');
		const other = await storage.connections.save({ ...google.value, clientId: 'two', clientSecret: undefined });
		expect(other.ok && other.value.hasClientSecret).toBe(false);
	});
});
