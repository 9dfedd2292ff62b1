import { describe, expect, it } from 'vitest';
import { persistenceStatus, requestPersistence } from './persistence';

function fakeStorage(persisted: boolean, grant: boolean) {
	let asked = 0;
	return {
		asked: () => asked,
		persisted: async () => persisted,
		persist: async () => {
			asked++;
			persisted = grant;
			return grant;
		}
	};
}

describe('persistence', () => {
	it('reports what the browser says', async () => {
		expect(await persistenceStatus(fakeStorage(true, true))).toBe('persisted');
		expect(await persistenceStatus(fakeStorage(false, true))).toBe('not-granted');
		expect(await persistenceStatus(undefined)).toBe('unsupported');
	});

	it('asks only when not yet persisted', async () => {
		const already = fakeStorage(true, true);
		expect(await requestPersistence(already)).toBe('persisted');
		expect(already.asked()).toBe(0);
		const refused = fakeStorage(false, false);
		expect(await requestPersistence(refused)).toBe('not-granted');
		expect(refused.asked()).toBe(1);
	});
});
