import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { aGrant } from '$lib/config/testing';
import { signInValidity, statusWord } from './status';

const g = (p: Partial<Grant>): Grant => aGrant({ tokenEndpoint: 't', ...p });

describe('statusWord', () => {
	it('uses exactly the contract words', () => {
		expect(statusWord(undefined, true, 0)).toBe('Not signed in');
		expect(statusWord(g({}), true, 0)).toBe('Connected');
		expect(statusWord(g({ busyUntil: 10, expiresAt: 4 }), true, 5)).toBe('Refreshing');
		expect(statusWord(g({ busyUntil: 10, expiresAt: 4 }), true, 11)).toBe('Connected');
		// Renewing a token that still works: nothing to see.
		expect(statusWord(g({ busyUntil: 10, expiresAt: 60_000 }), true, 5)).toBe('Connected');
		expect(statusWord(g({ state: 'retrying' }), true, 0)).toBe('Retrying');
		expect(statusWord(g({ state: 'sign-in-required' }), false, 0)).toBe('Sign-in required');
		expect(statusWord(g({ state: 'configuration-error' }), true, 0)).toBe('Configuration error');
		expect(statusWord(g({ state: 'retrying' }), false, 0)).toBe('Offline');
	});
});

describe('signInValidity', () => {
	const DAY = 86_400_000;
	it('warns once less than a third of a sign-in’s fixed lifetime is left', () => {
		const grant = g({ obtainedAt: 0, signInExpiresAt: DAY });
		expect(signInValidity(grant, DAY / 2)).toEqual({ until: DAY, warn: false, over: false });
		expect(signInValidity(grant, DAY - 7 * 3_600_000)).toEqual({ until: DAY, warn: true, over: false });
		expect(signInValidity(grant, DAY)).toMatchObject({ over: true });
		// No fixed lifetime, or already needing a sign-in: nothing to say.
		expect(signInValidity(g({}), 0)).toBeUndefined();
		expect(signInValidity(g({ signInExpiresAt: DAY, state: 'sign-in-required' }), 0)).toBeUndefined();
	});
});
