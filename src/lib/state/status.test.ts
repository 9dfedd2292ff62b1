import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { relative, signInValidity, statusDetail, statusWord, validityText } from './status';

const g = (p: Partial<Grant>): Grant => ({
	accountId: 'a',
	connectionId: 'c',
	tokenEndpoint: 't',
	clientId: 'x',
	state: 'connected',
	hasRefreshToken: true,
	scopes: [],
	obtainedAt: 0,
	updatedAt: 0,
	...p
});

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

	it('says what to do', () => {
		expect(statusDetail(undefined, 'Not signed in', 0)).toMatch(/Refresh token/);
		expect(
			statusDetail(
				g({
					state: 'retrying',
					problem: { code: 'x', message: 'Down.', at: 0 },
					retry: { attempt: 1, nextAt: 30_000 }
				}),
				'Retrying',
				0
			)
		).toBe('Down. Next try in 30 s.');
		expect(statusDetail(g({ issuedAt: 0, expiresAt: 600_000 }), 'Connected', 0)).toBe(
			'Access token valid for 10 min more; next refresh in 9 min.'
		);
	});

	it('reads times as people do', () => {
		expect(relative(0, 10)).toBe('now');
		expect(relative(45_000, 0)).toBe('in 45 s');
		expect(relative(5 * 60_000, 0)).toBe('in 5 min');
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

	it('says until when, and how long that is', () => {
		const now = new Date(2026, 10, 30, 9, 0).getTime();
		expect(validityText({ until: now + 3 * 3_600_000, warn: true, over: false }, now)).toMatch(
			/^Sign-in valid until 12:00( PM)? \(in 3 h\)\.$/
		);
		expect(validityText({ until: now + 40_000, warn: true, over: false }, now)).toMatch(/\(in 40 s\)\.$/);
		expect(validityText({ until: now, warn: true, over: true }, now)).toMatch(/^Sign-in ended/);
	});
});
