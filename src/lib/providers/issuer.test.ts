import { describe, expect, it } from 'vitest';
import { issuerMatches } from './issuer';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('issuerMatches', () => {
	it('is exact for everyone', () => {
		expect(issuerMatches('oidc', 'https://id.test', 'https://id.test')).toBe(true);
		expect(issuerMatches('oidc', 'https://id.test', 'https://id.test/')).toBe(false);
		expect(issuerMatches('oidc', 'https://id.test', 'https://evil.test')).toBe(false);
	});

	it('accepts Google’s scheme-less issuer', () => {
		expect(issuerMatches('google', 'https://accounts.google.com', 'accounts.google.com')).toBe(true);
		expect(issuerMatches('oidc', 'https://accounts.google.com', 'accounts.google.com')).toBe(false);
	});

	it('accepts the person’s tenant for Microsoft’s multi-tenant endpoints, consistent with tid', () => {
		const common = 'https://login.microsoftonline.com/common/v2.0';
		expect(issuerMatches('microsoft', common, `https://login.microsoftonline.com/${TID}/v2.0`, { tid: TID })).toBe(
			true
		);
		expect(issuerMatches('microsoft', common, `https://login.microsoftonline.com/${TID}/v2.0`, { tid: 'other' })).toBe(
			false
		);
		expect(issuerMatches('microsoft', common, 'https://evil.example.com/v2.0')).toBe(false);
		const own = `https://login.microsoftonline.com/${TID}/v2.0`;
		expect(
			issuerMatches('microsoft', own, 'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0')
		).toBe(false);
	});
});
