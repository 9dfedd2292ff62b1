import type { TokenAnswer } from '$lib/auth';
import {
	err,
	ok,
	type Account,
	type Connection,
	type Grant,
	type MailServer,
	type Problem,
	type Result,
	type Servers,
	type TransportKind
} from '$lib/config';
import {
	defaultServers,
	MICROSOFT_CLOUD_INFO,
	portalResource,
	PROVIDERS,
	resourceFor,
	transportOf,
	type ResourceRequest
} from '$lib/providers';
import { keeperOf, type AppContext } from './context';

/**
 * What an account is used for: its own mail transport (`mail`), a portal's IMAP and SMTP
 * (`portal`: whatever the account's own transport, and always with an expiry), or a sign-in.
 */
export type SessionPurpose = 'mail' | 'portal' | 'sign-in';

/** Why an account cannot be used so (the UI words each code). */
export type SessionCode =
	/** The account, or its connection, no longer exists (removed while it was being used). */
	| 'account-removed'
	| 'connection-removed'
	/** A portal: the provider restricts the IMAP scope to accounts whose transport is the portal (Google). */
	| 'restricted-scope'
	/** A portal: IMAP and SMTP are not offered on the connection's cloud (Microsoft national clouds). */
	| 'not-offered'
	/** A portal: the account signed in before its sign-in asked for IMAP and SMTP. */
	| 'scopes-missing';

export type SessionProblem = Problem<SessionCode>;

/** An account ready for use: what it is, which token it needs, and the servers it talks to. */
export interface AccountSession {
	readonly account: Account;
	readonly connection: Connection;
	readonly grant: Grant | undefined;
	/** The transport the session is for (a portal's: `host`). */
	readonly transport: TransportKind;
	/** Which of the grant's tokens (Microsoft mints one per resource). */
	readonly resource: ResourceRequest;
	/** The account's servers, or its provider's defaults; for a portal, each with its user name. */
	readonly servers: Servers;
	/** Microsoft Graph's root on the connection's cloud. */
	readonly graphRoot?: string;
	/** The one token function, bound to this account and resource. */
	token(options?: { readonly force?: boolean; readonly rejected?: string }): Promise<TokenAnswer>;
}

/**
 * The one way from an account to its token: the account, its connection and grant, the resource
 * its use needs, the servers, and the token function bound to them. Transports and portals alike
 * go through here.
 */
export async function accountSession(
	ctx: AppContext,
	accountId: string,
	purpose: SessionPurpose
): Promise<Result<AccountSession, SessionProblem>> {
	const { storage } = ctx;
	const account = await storage.accounts.get(accountId);
	if (!account) return err({ code: 'account-removed' });
	const connection = await storage.connections.get(account.connectionId);
	if (!connection) return err({ code: 'connection-removed' });
	const grant = await storage.grants.get(accountId);
	const servers = account.servers ?? defaultServers(connection, grant?.tenantId);
	let transport = transportOf(connection, account);
	let resource: ResourceRequest;
	if (purpose === 'portal') {
		// IMAP and SMTP, whatever the account's own transport: a token that allows them, or why not.
		const plan = portalResource(connection, account, grant?.resource);
		const provider = PROVIDERS[connection.provider].label;
		if (!plan.ok) return err({ code: plan.code, params: { provider } });
		const missing = grant ? plan.needs.filter((scope) => !grant.scopes.includes(scope)) : [];
		if (missing.length > 0) return err({ code: 'scopes-missing', params: { provider, missing: missing.join(' ') } });
		transport = 'host';
		resource = plan.resource;
	} else {
		resource = resourceFor(connection, account, transport, grant?.resource);
	}
	// Microsoft Graph answers on the connection's cloud.
	const graphRoot =
		connection.provider === 'microsoft' ? MICROSOFT_CLOUD_INFO[connection.cloud ?? 'global'].graph : undefined;
	const needExpiry = purpose === 'portal';
	return ok({
		account,
		connection,
		grant,
		transport,
		resource,
		servers: purpose === 'portal' ? withUserNames(servers, account.email) : servers,
		...(graphRoot ? { graphRoot } : {}),
		token: async (options = {}) =>
			(await keeperOf(ctx)).getAccessToken(accountId, {
				resource,
				...(options.force ? { force: true } : {}),
				...(options.rejected ? { rejected: options.rejected } : {}),
				...(needExpiry ? { needExpiry } : {})
			})
	});
}

/** IMAP and SMTP sign in with the account's address where no other user name is set (XOAUTH2). */
function withUserNames(servers: Servers, email: string): Servers {
	const named = (server: MailServer | undefined) =>
		server ? { ...server, username: server.username || email } : undefined;
	const imap = named(servers.imap);
	const smtp = named(servers.smtp);
	return { ...(imap ? { imap } : {}), ...(smtp ? { smtp } : {}), ...(servers.jmap ? { jmap: servers.jmap } : {}) };
}
