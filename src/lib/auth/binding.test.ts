import { describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { aGrant } from '$lib/config/testing';
import { bindingChanges, endpointsMoveGrant } from './binding';
import { checkIdToken } from './id-token';

const grant = (g: Partial<Grant>): Grant =>
	aGrant({
		tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
		issuer: 'https://login.microsoftonline.com/common/v2.0',
		...g
	});

describe('bindingChanges', () => {
	const base = { id: 'c', name: 'MS', provider: 'microsoft', clientId: 'x' } as const;
	it('sees client, tenant and issuer changes, and nothing else', () => {
		expect(bindingChanges(grant({}), base)).toBe(false);
		expect(bindingChanges(grant({}), { ...base, name: 'Renamed', scopes: ['openid'] })).toBe(false);
		expect(bindingChanges(grant({}), { ...base, clientId: 'y' })).toBe(true);
		expect(bindingChanges(grant({}), { ...base, projectId: 'contoso.onmicrosoft.com' })).toBe(true);
		const oidc = grant({ issuer: 'https://id.test', tokenEndpoint: 'https://id.test/token' });
		expect(
			bindingChanges(oidc, { id: 'c', name: 'n', provider: 'oidc', clientId: 'x', issuer: 'https://id.test' })
		).toBe(false);
		expect(
			bindingChanges(oidc, { id: 'c', name: 'n', provider: 'oidc', clientId: 'x', issuer: 'https://other.test' })
		).toBe(true);
	});
});

describe('endpointsMoveGrant', () => {
	const ms = {
		issuer: 'https://login.microsoftonline.com/common/v2.0',
		authorizationEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
		tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token'
	};
	it('sees another client, issuer or token endpoint before a renewal, and not where it may be revoked', () => {
		expect(endpointsMoveGrant(grant({}), 'x', ms)).toBe(false);
		expect(endpointsMoveGrant(grant({}), 'x', { ...ms, revocationEndpoint: 'https://evil.test/revoke' })).toBe(false);
		expect(endpointsMoveGrant(grant({}), 'y', ms)).toBe(true);
		expect(endpointsMoveGrant(grant({}), 'x', { ...ms, issuer: 'https://evil.test' })).toBe(true);
		expect(endpointsMoveGrant(grant({}), 'x', { ...ms, tokenEndpoint: 'https://evil.test/token' })).toBe(true);
	});
});

describe('checkIdToken', () => {
	const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.x`;
	const expected = {
		provider: 'oidc' as const,
		issuer: 'https://id.test',
		clientId: 'app',
		nonce: 'n1',
		now: 1_000_000_000
	};
	it('accepts a matching token and reads its claims', () => {
		const r = checkIdToken(
			jwt({
				iss: 'https://id.test',
				sub: 's',
				aud: ['app', 'other'],
				azp: 'app',
				nonce: 'n1',
				iat: 1_000_000,
				exp: 1_000_100
			}),
			expected
		);
		expect(r).toMatchObject({ ok: true, value: { nonce: 'n1' } });
	});
	it('refuses expired, garbled and foreign tokens', () => {
		expect(
			checkIdToken(
				jwt({ iss: 'https://id.test', sub: 's', aud: 'app', nonce: 'n1', iat: 980_000, exp: 990_000 }),
				expected
			)
		).toMatchObject({ ok: false, error: { class: 'configuration', code: 'id-token-expired' } });
		expect(checkIdToken('not-a-jwt', expected)).toMatchObject({ ok: false, error: { code: 'id-token-unreadable' } });
		expect(checkIdToken(jwt({ iss: 'https://id.test', aud: 'app' }), expected)).toMatchObject({
			ok: false,
			error: { code: 'id-token-no-sub' }
		});
		expect(checkIdToken(jwt({ iss: 'https://evil.test', sub: 's', aud: 'app' }), expected)).toMatchObject({
			ok: false,
			error: { code: 'id-token-issuer', params: { iss: 'https://evil.test', issuer: 'https://id.test' } }
		});
	});
});
