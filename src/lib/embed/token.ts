import { refreshMargin, type TokenAnswer } from '$lib/auth';
import type { PortalErrorCode } from './messages';

/**
 * The lifetime a portal is told for an access token whose provider gave no `expires_in` (RFC 6749
 * makes it optional): the usual default of OAuth 2 servers, and the lifetime the refresh timing
 * assumes where it cannot tell one (`refreshDueAt`). The keeper itself treats such a token as
 * good until a server refuses it, and does not schedule its renewal.
 */
export const ASSUMED_LIFETIME_MS = 3_600_000;

export interface PortalTokenSource {
	/** The token keeper's answer for the account; `force` renews even a token it holds good. */
	token(options: { readonly force: boolean }): Promise<TokenAnswer>;
	/**
	 * What the store knows about an access token it handed out: when it was issued (if it still
	 * holds that token), and whether the grant has a refresh token to renew it with.
	 */
	stored(accessToken: string): Promise<{ readonly issuedAt?: number | undefined; readonly renewable: boolean }>;
	now(): number;
}

export type PortalAccessToken =
	| {
			readonly ok: true;
			readonly accessToken: string;
			readonly tokenType: string;
			/** Epoch milliseconds: always known to the portal, assumed where the provider did not say. */
			readonly expiresAt: number;
			readonly scopes: readonly string[];
	  }
	| {
			readonly ok: false;
			readonly code: Exclude<PortalErrorCode, 'not-allowed' | 'unknown-account'>;
			readonly message: string;
	  };

/**
 * A current access token for a portal, which always gets an expiry (DESIGN.md: `expiresAt`, epoch
 * ms). Where the provider gave none, the token is taken to live `ASSUMED_LIFETIME_MS` from when
 * it was issued; once that is (nearly) over, it is renewed first, as a token with a known expiry
 * would be. A grant without a refresh token cannot renew it: the portal is told to sign in again
 * (the grant itself is left as it is: the app keeps using the token until a server refuses it).
 */
export async function portalAccessToken(source: PortalTokenSource): Promise<PortalAccessToken> {
	const answer = await source.token({ force: false });
	if (answer.kind !== 'token') return failure(answer);
	if (answer.expiresAt !== undefined) return success(answer, answer.expiresAt);

	const now = source.now();
	const { issuedAt, renewable } = await source.stored(answer.accessToken);
	// Not found (another tab replaced it meanwhile): its age is unknown, so it is treated as due.
	const assumed = issuedAt !== undefined ? issuedAt + ASSUMED_LIFETIME_MS : now;
	if (now < assumed - refreshMargin(ASSUMED_LIFETIME_MS)) return success(answer, assumed);
	if (!renewable) {
		return {
			ok: false,
			code: 'sign-in-required',
			message: `The provider gave this account's access token no expiry and no refresh token: portals get it for ${ASSUMED_LIFETIME_MS / 60_000} minutes after sign-in. Sign in again.`
		};
	}
	const renewed = await source.token({ force: true });
	if (renewed.kind !== 'token') return failure(renewed);
	// Issued after `now`: counting from `now` errs on the early side.
	return success(renewed, renewed.expiresAt ?? now + ASSUMED_LIFETIME_MS);
}

function success(answer: Extract<TokenAnswer, { kind: 'token' }>, expiresAt: number): PortalAccessToken {
	return { ok: true, accessToken: answer.accessToken, tokenType: answer.tokenType, expiresAt, scopes: answer.scopes };
}

function failure(answer: Exclude<TokenAnswer, { kind: 'token' }>): PortalAccessToken {
	switch (answer.kind) {
		case 'not-signed-in':
		case 'sign-in-required':
			return { ok: false, code: 'sign-in-required', message: answer.message };
		case 'offline':
			return { ok: false, code: 'offline', message: answer.message };
		default:
			return { ok: false, code: 'provider-error', message: answer.message };
	}
}

/**
 * Why a portal gets no IMAP/SMTP token for an account, for the portal's `error` (code
 * `provider-error` or `sign-in-required`) and its log. See docs/portal.md.
 */
export function noImapToken(
	why: 'restricted-scope' | 'not-offered' | 'scopes-missing',
	context: { readonly provider: string; readonly missing?: readonly string[] }
): { readonly code: 'provider-error' | 'sign-in-required'; readonly message: string } {
	switch (why) {
		case 'restricted-scope':
			return {
				code: 'provider-error',
				message: `This ${context.provider} account signs in for the ${context.provider} mail API only: IMAP and SMTP need a scope ${context.provider} restricts (https://mail.google.com/), which the app asks for only when the account's transport is "Embedding portal (IMAP and SMTP)". Choose that transport for the account and sign in again.`
			};
		case 'not-offered':
			return {
				code: 'provider-error',
				message: `IMAP and SMTP with OAuth are not offered for this account's ${context.provider} cloud: only Microsoft Graph is. Use the global cloud for IMAP and SMTP.`
			};
		case 'scopes-missing':
			return {
				code: 'sign-in-required',
				message: `This account signed in without IMAP and SMTP access (${(context.missing ?? []).join(' ')}). Sign in again: the sign-in now asks for it.`
			};
	}
}
