import { beforeAll, describe, expect, it } from 'vitest';
import { need } from './i18n.svelte';
import { discoveryText, failureText, problemText } from './problems';

beforeAll(() => need('problems', 'fields'));

describe('the problems’ catalog', () => {
	it('words a problem with its data, as people read it', () => {
		expect(problemText({ code: 'timeout', params: { host: 'login.example.com' } })).toBe(
			'The token endpoint at login.example.com did not answer in time. Retrying…'
		);
		expect(problemText({ code: 'invalid-grant', params: { description: 'Token revoked' } })).toBe(
			'The provider no longer accepts this account’s refresh token: it was revoked, expired, or already used (Token revoked). Sign in again.'
		);
		expect(problemText({ code: 'connection-moved', params: { connection: 'Work' } })).toBe(
			'The connection “Work” now points at another provider or client, so this account signed out. Sign in again.'
		);
		expect(
			discoveryText({ code: 'issuer-mismatch', params: { named: 'https://a.example', issuer: 'https://b.example' } })
		).toBe(
			'The provider calls itself “https://a.example”, not “https://b.example”. Enter its issuer exactly: a response from one issuer is never accepted for another.'
		);
		expect(
			failureText({ email: 'ada@example.com', problem: { code: 'revoke-timeout', params: { host: 'id.example' } } })
		).toBe('ada@example.com: Could not reach id.example (no answer in time).');
	});

	it('still says what to do for a code this version does not know (stored by a newer one)', () => {
		expect(problemText({ code: 'something-new' })).toBe('Something went wrong (something-new). Sign in again.');
	});
});
