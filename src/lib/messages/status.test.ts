import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { aGrant } from '$lib/config/testing';
import { relative, statusDetail, validityText } from './status';
import { need } from './i18n.svelte';

const g = (p: Partial<Grant>): Grant => aGrant({ tokenEndpoint: 't', ...p });

describe('statusDetail', () => {
	it('says what to do', async () => {
		await need('status', 'problems');
		expect(statusDetail(undefined, 'Not signed in', 0)).toMatch(/Refresh token/);
		expect(
			statusDetail(
				g({
					state: 'retrying',
					problem: { code: 'timeout', params: { host: 'id.example' }, at: 0 },
					retry: { attempt: 1, nextAt: 30_000 }
				}),
				'Retrying',
				0
			)
		).toBe('The token endpoint at id.example did not answer in time. Retrying… Next try in 30 seconds.');
		expect(statusDetail(g({ issuedAt: 0, expiresAt: 600_000 }), 'Connected', 0)).toMatch(
			/^Access token valid until \d\d:10:00( [AP]M)?; next refresh in 9 minutes\.$/
		);
	});

	it('reads times as people do', () => {
		expect(relative(0, 10)).toBe('now');
		expect(relative(45_000, 0)).toBe('in 45 seconds');
		expect(relative(5 * 60_000, 0)).toBe('in 5 minutes');
		expect(relative(3 * 3_600_000, 0)).toMatch(/^at \d\d:\d\d( [AP]M)?$/);
	});
});

describe('validityText', () => {
	it('says until when, and how long that is', () => {
		const now = new Date(2026, 10, 30, 9, 0).getTime();
		expect(validityText({ until: now + 3 * 3_600_000, warn: true, over: false }, now)).toMatch(
			/^Sign-in valid until 12:00( PM)? \(in 3 hours\)\.$/
		);
		expect(validityText({ until: now + 40_000, warn: true, over: false }, now)).toMatch(/\(in 40 seconds\)\.$/);
		expect(validityText({ until: now, warn: true, over: true }, now)).toMatch(/^Sign-in ended/);
	});
});
