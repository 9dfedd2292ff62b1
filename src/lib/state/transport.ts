import type { TransportKind } from '$lib/config';
import { defaultServers, MICROSOFT_CLOUD_INFO, resourceFor, transportOf } from '$lib/providers';
import type {
	Identity,
	Mailbox,
	MailTransport,
	OutgoingMessage,
	SentReceipt,
	TransportError,
	TransportResult
} from '$lib/transports';
import { tokenKeeper } from './auth';
import { demoHttp } from './demo';
import { storage } from './storage';

export interface ConnectionCheck {
	readonly transport: TransportKind;
	readonly identity?: Identity;
	readonly mailboxes?: readonly Mailbox[];
	readonly error?: TransportError;
	/** The server refused the token once; it was renewed and the request repeated. */
	readonly renewed: boolean;
}

/**
 * Transports kept per account, so that a JMAP session is fetched once per session lifetime, not
 * once per click. Keyed by what shapes them: a changed server or resource makes a new one.
 */
const cache = new Map<string, { key: string; transport: MailTransport }>();

/** The account's transport, with its token from the one token function. */
async function transportFor(accountId: string) {
	const s = storage();
	const account = await s.accounts.get(accountId);
	const connection = account ? await s.connections.get(account.connectionId) : undefined;
	if (!account || !connection) {
		return {
			ok: false as const,
			kind: 'host' as TransportKind,
			error: { code: 'configuration' as const, message: 'The account or its connection no longer exists.' }
		};
	}
	const kind = transportOf(connection, account);
	const grant = await s.grants.get(accountId);
	const resource = resourceFor(connection, account, kind, grant?.resource);
	const keeper = await tokenKeeper();
	const servers = account.servers ?? defaultServers(connection, grant?.tenantId);
	// Microsoft Graph answers on the connection's cloud.
	const graph =
		connection.provider === 'microsoft' ? MICROSOFT_CLOUD_INFO[connection.cloud ?? 'global'].graph : undefined;
	const key = JSON.stringify([kind, servers, resource, account.email, connection.id, graph]);
	const kept = cache.get(accountId);
	if (kept?.key === key) return { ok: true as const, transport: kept.transport, kind };
	const { createTransport } = await import('$lib/transports');
	const created = await createTransport({
		kind,
		account: { email: account.email, name: account.name },
		servers,
		...(graph ? { graphRoot: graph } : {}),
		deps: demoHttp,
		token: ({ force, rejected }) =>
			keeper.getAccessToken(accountId, { resource, ...(force ? { force } : {}), ...(rejected ? { rejected } : {}) })
	});
	if (created.ok) cache.set(accountId, { key, transport: created.transport });
	return { ...created, kind };
}

/** Test connection: who the server says the account is, and its mailboxes with their counts. */
export async function testConnection(accountId: string): Promise<ConnectionCheck> {
	const t = await transportFor(accountId);
	if (!t.ok) return { transport: t.kind, error: t.error, renewed: false };
	if (t.kind === 'host') {
		const identity = await t.transport.verify();
		return identity.ok
			? { transport: t.kind, identity: identity.value, renewed: identity.renewed }
			: { transport: t.kind, error: identity.error, renewed: identity.renewed };
	}
	// Started together: a JMAP server gets them in one request.
	const [identity, mailboxes] = await Promise.all([t.transport.verify(), t.transport.listMailboxes()]);
	const renewed = identity.renewed || mailboxes.renewed;
	if (!identity.ok) return { transport: t.kind, error: identity.error, renewed };
	if (!mailboxes.ok) return { transport: t.kind, identity: identity.value, error: mailboxes.error, renewed };
	return { transport: t.kind, identity: identity.value, mailboxes: mailboxes.value, renewed };
}

/** Send test message. */
export async function sendMessage(accountId: string, message: OutgoingMessage): Promise<TransportResult<SentReceipt>> {
	const t = await transportFor(accountId);
	if (!t.ok) return { ok: false, error: t.error, renewed: false };
	return t.transport.send(message);
}
