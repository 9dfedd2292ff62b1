/**
 * Attack: an id token the provider did not mean for this sign-in, slipped in where the checks
 * are loose: one without an expiry (good forever), one issued in the future or long ago (kept and
 * replayed), or one with several audiences whose authorized party is another client.
 * OpenID Connect Core §3.1.3.7.
 */
import { describe, expect, it } from 'vitest';
import { checkIdToken } from '$lib/auth/id-token';
import { problemText } from '$lib/messages/problems';

const NOW_S = 1_900_000_000;
const expected = {
	provider: 'oidc' as const,
	issuer: 'https://id.test',
	clientId: 'app',
	nonce: 'n',
	now: NOW_S * 1000
};
const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.x`;
const good = { iss: 'https://id.test', sub: 's', aud: 'app', nonce: 'n', iat: NOW_S, exp: NOW_S + 300 };
/** `accepted`, or why not: the code, and the words the person reads. */
const reason = (claims: Record<string, unknown>) => {
	const checked = checkIdToken(jwt(claims), expected);
	return checked.ok ? 'accepted' : { code: checked.error.code, text: problemText(checked.error) };
};
const refused = (code: string, words: RegExp) => ({ code, text: expect.stringMatching(words) });

describe('loose id-token claims', () => {
	it('accepts a token that says all the specification asks', () => {
		expect(reason(good)).toBe('accepted');
		expect(reason({ ...good, aud: ['app', 'api'], azp: 'app' })).toBe('accepted');
	});

	it('refuses a token without an expiry', () => {
		const { exp: _exp, ...noExpiry } = good;
		expect(reason(noExpiry)).toEqual(refused('id-token-no-exp', /has no expiry/));
	});

	it('refuses a token without a time of issue, from the future, or from long ago', () => {
		const { iat: _iat, ...noIssue } = good;
		expect(reason(noIssue)).toEqual(refused('id-token-no-iat', /no time of issue/));
		expect(reason({ ...good, iat: NOW_S + 3600 })).toEqual(refused('id-token-future', /issued in the future/));
		expect(reason({ ...good, iat: NOW_S - 2 * 86_400, exp: NOW_S + 60 })).toEqual(
			refused('id-token-old', /issued too long ago/)
		);
	});

	it('refuses several audiences without an authorized party, or with another one', () => {
		expect(reason({ ...good, aud: ['app', 'evil-client'] })).toEqual(
			refused('id-token-no-azp', /several audiences but no authorized party/)
		);
		expect(reason({ ...good, aud: ['app', 'evil-client'], azp: 'evil-client' })).toEqual(
			refused('id-token-azp', /another party/)
		);
		expect(reason({ ...good, azp: 'evil-client' })).toEqual(refused('id-token-azp', /another party/));
	});

	it('refuses a token that names nobody', () => {
		const { sub: _sub, ...nobody } = good;
		expect(reason(nobody)).toEqual(refused('id-token-no-sub', /names nobody/));
	});
});
