import { describe, expect, it } from 'vitest';
import { issuerMatches } from './issuer';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CONSUMER = '9188040d-6c67-4c5b-b112-36a304b66dad';
const ms = (tenant: string) => `https://login.microsoftonline.com/${tenant}/v2.0`;

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

	describe('Microsoft: the tenant (tid) substituted into the issuer template, as Microsoft documents', () => {
		const idToken = (authority: string, iss: string, tid: unknown, template?: string) =>
			issuerMatches('microsoft', authority, iss, { claims: { tid }, template });

		it('accepts the person’s tenant at common, and only with its GUID in tid', () => {
			expect(idToken(ms('common'), ms(TID), TID)).toBe(true);
			expect(idToken(ms('common'), ms(TID), undefined)).toBe(false);
			expect(idToken(ms('common'), ms(TID), 'not-a-guid')).toBe(false);
			// tid and the issuer must agree: another tenant's issuer is not this tenant's token.
			expect(idToken(ms('common'), ms(TID), CONSUMER)).toBe(false);
			expect(idToken(ms('common'), 'https://evil.example.com/v2.0', TID)).toBe(false);
			expect(idToken(ms('common'), `https://login.microsoftonline.us/${TID}/v2.0`, TID)).toBe(false);
		});

		it('lets consumers answer for the consumer tenant only, organizations for any other', () => {
			expect(idToken(ms('consumers'), ms(CONSUMER), CONSUMER)).toBe(true);
			expect(idToken(ms('consumers'), ms(TID), TID)).toBe(false);
			expect(idToken(ms('organizations'), ms(TID), TID)).toBe(true);
			expect(idToken(ms('organizations'), ms(CONSUMER), CONSUMER)).toBe(false);
		});

		it('holds a tenant GUID to itself, whatever case it was typed in', () => {
			expect(idToken(ms(TID), ms(TID), TID)).toBe(true);
			expect(idToken(ms(TID), ms(CONSUMER), CONSUMER)).toBe(false);
			expect(idToken(ms(TID.toUpperCase()), ms(TID), TID)).toBe(true);
		});

		it('holds a tenant domain to the tenant its metadata names', () => {
			expect(idToken(ms('contoso.com'), ms(TID), TID, ms(TID))).toBe(true);
			expect(idToken(ms('contoso.com'), ms(CONSUMER), CONSUMER, ms(TID))).toBe(false);
			// Without the metadata a domain proves nothing.
			expect(idToken(ms('contoso.com'), ms(TID), TID)).toBe(false);
		});

		it('uses a national cloud’s own host and template', () => {
			const us = (t: string) => `https://login.microsoftonline.us/${t}/v2.0`;
			expect(idToken(us('common'), us(TID), TID, us('{tenantid}'))).toBe(true);
			expect(idToken(us('common'), ms(TID), TID, us('{tenantid}'))).toBe(false);
		});

		it('checks the iss parameter by the tenant it names', () => {
			expect(issuerMatches('microsoft', ms('common'), ms(TID))).toBe(true);
			expect(issuerMatches('microsoft', ms('consumers'), ms(TID))).toBe(false);
			expect(issuerMatches('microsoft', ms('common'), ms('common'))).toBe(false);
		});
	});
});
