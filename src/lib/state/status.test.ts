import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { relative, statusDetail, statusWord } from './status';

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
