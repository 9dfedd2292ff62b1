import type { TransportKind } from '$lib/config';
import type {
	Identity,
	Mailbox,
	MailTransport,
	OutgoingMessage,
	SentReceipt,
	TransportError,
	TransportResult
} from '$lib/transports';
import type { AppContext } from './context';
import { accountSession } from './session';

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
const kept = new WeakMap<AppContext, Map<string, { key: string; transport: MailTransport }>>();

/** The account's mail transport, with its token from the one token function. */
export async function transportFor(
	ctx: AppContext,
	accountId: string
): Promise<
	| { ok: true; transport: MailTransport; kind: TransportKind }
	| { ok: false; error: TransportError; kind: TransportKind }
> {
	const session = await accountSession(ctx, accountId, 'mail');
	if (!session.ok) return { ok: false, kind: 'host', error: { code: 'configuration', reason: 'account-missing' } };
	const { account, connection, transport: kind, resource, servers, graphRoot } = session.value;
	const key = JSON.stringify([kind, servers, resource, account.email, connection.id, graphRoot]);
	let cache = kept.get(ctx);
	if (!cache) kept.set(ctx, (cache = new Map()));
	const known = cache.get(accountId);
	if (known?.key === key) return { ok: true, transport: known.transport, kind };
	const { createTransport } = await import('$lib/transports');
	const created = await createTransport({
		kind,
		account: { email: account.email, name: account.name },
		servers,
		...(graphRoot ? { graphRoot } : {}),
		deps: { ...(ctx.fetch ? { fetch: ctx.fetch } : {}), ...(ctx.online ? { online: ctx.online } : {}) },
		token: (options) => session.value.token(options)
	});
	if (!created.ok) return { ok: false, error: created.error, kind };
	cache.set(accountId, { key, transport: created.value });
	return { ok: true, transport: created.value, kind };
}

/** Test connection: who the server says the account is, and its mailboxes with their counts. */
export async function testConnection(ctx: AppContext, accountId: string): Promise<ConnectionCheck> {
	const t = await transportFor(ctx, accountId);
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
export async function sendMessage(
	ctx: AppContext,
	accountId: string,
	message: OutgoingMessage
): Promise<TransportResult<SentReceipt>> {
	const t = await transportFor(ctx, accountId);
	if (!t.ok) return { ok: false, error: t.error, renewed: false };
	return t.transport.send(message);
}
