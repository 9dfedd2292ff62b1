import type { PortalAccount, PortalErrorCode, PortalTokenOutcome } from '$lib/embed';
import { err, ok } from '$lib/config';
import type { AppContext } from './context';
import { accountSession } from './session';
import { statusWord } from './status';

/** Every account with its status, as a portal may be told about the ones it was given. */
export async function portalAccounts(ctx: AppContext): Promise<PortalAccount[]> {
	const { storage } = ctx;
	const [accounts, grants] = await Promise.all([storage.accounts.list(), storage.grants.list()]);
	const online = ctx.online?.() ?? (typeof navigator === 'undefined' || navigator.onLine !== false);
	const now = ctx.now?.() ?? Date.now();
	return accounts.items.map((a) => {
		const grant = grants.find((g) => g.accountId === a.id);
		return {
			id: a.id,
			email: a.email,
			status: statusWord(grant, online, now),
			...(grant?.signInExpiresAt !== undefined ? { signInExpiresAt: grant.signInExpiresAt } : {})
		};
	});
}

/**
 * A current token for a portal, with the servers it talks to (IMAP and SMTP with XOAUTH2), from
 * the account's session for portals: always with an expiry.
 */
export async function portalToken(ctx: AppContext, accountId: string): Promise<PortalTokenOutcome> {
	const session = await accountSession(ctx, accountId, 'portal');
	if (!session.ok) {
		const problem = session.error;
		const code: Exclude<PortalErrorCode, 'not-allowed'> =
			problem.code === 'account-removed'
				? 'unknown-account'
				: problem.code === 'scopes-missing'
					? 'sign-in-required'
					: 'provider-error';
		return err({ code, problem });
	}
	const { account, grant, servers } = session.value;
	const answer = await session.value.token();
	if (!answer.ok) {
		const { status, problem } = answer.error;
		const code =
			status === 'not-signed-in' || status === 'sign-in-required'
				? 'sign-in-required'
				: status === 'offline'
					? 'offline'
					: 'provider-error';
		return err({ code, problem });
	}
	const token = answer.value;
	return ok({
		email: account.email,
		reply: {
			accessToken: token.accessToken,
			tokenType: token.tokenType,
			// `needExpiry`: always set for a portal's session.
			expiresAt: token.expiresAt!,
			scopes: token.scopes,
			...(grant?.signInExpiresAt !== undefined ? { signInExpiresAt: grant.signInExpiresAt } : {}),
			servers: {
				...(servers.imap ? { imap: servers.imap } : {}),
				...(servers.smtp ? { smtp: servers.smtp } : {}),
				...(servers.jmap ? { jmap: servers.jmap } : {})
			}
		}
	});
}
