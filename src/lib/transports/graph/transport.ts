import { isObject, jsonOf, refusedToken, sendAuthorized } from '../http';
import type {
	Identity,
	Mailbox,
	MailTransport,
	OutgoingMessage,
	SentReceipt,
	TokenSource,
	TransportDeps,
	TransportError,
	TransportResult
} from '../types';

export const GRAPH = 'https://graph.microsoft.com/v1.0';
const SCOPE = {
	me: 'https://graph.microsoft.com/User.Read',
	folders: 'https://graph.microsoft.com/Mail.ReadBasic',
	send: 'https://graph.microsoft.com/Mail.Send'
};

/** Well-known folder names and the roles they play (display names are localised; these are not). */
const WELL_KNOWN: Record<string, string> = {
	inbox: 'inbox',
	drafts: 'drafts',
	sentitems: 'sent',
	archive: 'archive',
	junkemail: 'junk',
	deleteditems: 'trash'
};

/**
 * Microsoft Graph mail: the signed-in user, mail folders with counts, and sendMail.
 * @see https://learn.microsoft.com/graph/api/resources/mail-api-overview
 */
export class GraphTransport implements MailTransport {
	readonly kind = 'graph' as const;

	readonly #api: string;

	/** @param root Graph's root on the account's cloud (national clouds have their own). */
	constructor(
		private readonly token: TokenSource,
		private readonly deps: TransportDeps = {},
		root = 'https://graph.microsoft.com'
	) {
		this.#api = `${root}/v1.0`;
	}

	/** The scopes of the token of the last call, where the provider said them. */
	#granted: readonly string[] | undefined;

	async #call(path: string, scope: string, init: RequestInit = {}): Promise<TransportResult<unknown>> {
		const sent = await sendAuthorized(this.token, `${this.#api}${path}`, init, this.deps);
		if (!sent.ok) return sent;
		const { response, renewed } = sent;
		this.#granted = sent.scopes;
		const body = response.status === 202 || response.status === 204 ? undefined : await jsonOf(response);
		if (response.ok) return { ok: true, value: body, renewed };
		return { ok: false, renewed, error: graphError(response, body, scope, sent.scopes) };
	}

	/** GET /me */
	async verify(): Promise<TransportResult<Identity>> {
		const answer = await this.#call('/me?$select=displayName,mail,userPrincipalName', SCOPE.me);
		if (!answer.ok) return answer;
		const me = isObject(answer.value) ? answer.value : {};
		const email =
			typeof me.mail === 'string' && me.mail
				? me.mail
				: typeof me.userPrincipalName === 'string'
					? me.userPrincipalName
					: '';
		if (!email)
			return {
				ok: false,
				renewed: answer.renewed,
				error: { code: 'bad-response', reason: 'graph-no-address' }
			};
		const name = typeof me.displayName === 'string' && me.displayName ? me.displayName : undefined;
		return { ok: true, value: { email, ...(name ? { name } : {}) }, renewed: answer.renewed };
	}

	/**
	 * The folders and, to tell their roles, the ids of the well-known ones: one JSON batch.
	 * @see https://learn.microsoft.com/graph/json-batching
	 */
	async listMailboxes(): Promise<TransportResult<readonly Mailbox[]>> {
		const requests = [
			{ id: 'folders', method: 'GET', url: '/me/mailFolders?$top=100' },
			...Object.keys(WELL_KNOWN).map((name) => ({ id: name, method: 'GET', url: `/me/mailFolders/${name}?$select=id` }))
		];
		const answer = await this.#call('/$batch', SCOPE.folders, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ requests })
		});
		if (!answer.ok) return answer;
		const responses =
			isObject(answer.value) && Array.isArray(answer.value.responses) ? answer.value.responses.filter(isObject) : [];
		const folders = responses.find((r) => r.id === 'folders');
		if (!folders || typeof folders.status !== 'number' || folders.status >= 400) {
			const status = typeof folders?.status === 'number' ? folders.status : 502;
			return {
				ok: false,
				renewed: answer.renewed,
				error: graphError(
					new Response(null, { status: status === 401 ? 403 : status }),
					folders?.body,
					SCOPE.folders,
					this.#granted
				)
			};
		}
		const roleById = new Map<string, string>();
		for (const r of responses) {
			const role = typeof r.id === 'string' ? WELL_KNOWN[r.id] : undefined;
			if (role && r.status === 200 && isObject(r.body) && typeof r.body.id === 'string') roleById.set(r.body.id, role);
		}
		const value =
			isObject(folders.body) && Array.isArray(folders.body.value) ? folders.body.value.filter(isObject) : [];
		const mailboxes = value.map((f) => {
			const id = String(f.id);
			const role = roleById.get(id);
			return {
				id,
				name: typeof f.displayName === 'string' ? f.displayName : id,
				...(role ? { role } : {}),
				...(typeof f.totalItemCount === 'number' ? { total: f.totalItemCount } : {}),
				...(typeof f.unreadItemCount === 'number' ? { unread: f.unreadItemCount } : {})
			};
		});
		return { ok: true, value: mailboxes, renewed: answer.renewed };
	}

	/** POST /me/sendMail: answers 202 Accepted with no body. */
	async send(message: OutgoingMessage): Promise<TransportResult<SentReceipt>> {
		const answer = await this.#call('/me/sendMail', SCOPE.send, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				message: {
					subject: message.subject,
					body: { contentType: 'Text', content: message.body },
					toRecipients: message.to.map((address) => ({ emailAddress: { address } }))
				},
				saveToSentItems: true
			})
		});
		if (!answer.ok) return answer;
		return { ok: true, value: {}, renewed: answer.renewed };
	}
}

/**
 * Graph's error format: `{ error: { code, message, innerError } }`. A token without the scope
 * gets 403 `ErrorAccessDenied` (or `Authorization_RequestDenied`).
 * @see https://learn.microsoft.com/graph/errors
 */
export function graphError(
	response: Response,
	body: unknown,
	scope: string,
	granted?: readonly string[]
): TransportError {
	// Every 401 (with the server's reason), and a 403 whose challenge names the missing scope.
	const token = refusedToken(response, 'graph', { scope });
	if (token) return token;
	const error = isObject(body) && isObject(body.error) ? body.error : {};
	const code = typeof error.code === 'string' ? error.code : undefined;
	const message = typeof error.message === 'string' ? error.message : '';
	// Microsoft's own words, which the message quotes.
	const said = message ? { params: { message } } : {};
	const type = code ? { type: code } : {};
	if (
		response.status === 403 &&
		(code === 'ErrorAccessDenied' || code === 'Authorization_RequestDenied' || code === 'AccessDenied')
	) {
		// Denied although the token has the permission (or Exchange says it blocks the app, as in
		// "Access to OData is disabled."): an organisation's policy, which no new sign-in changes.
		const short = (s: string) => s.slice(s.lastIndexOf('/') + 1).toLowerCase();
		const hasScope = granted?.some((s) => short(s) === short(scope)) ?? false;
		if (hasScope) {
			const permission = scope.slice(scope.lastIndexOf('/') + 1);
			return {
				code: 'refused',
				reason: 'graph-denied-granted',
				status: 403,
				...type,
				params: { granted: permission, ...(message ? { message } : {}) }
			};
		}
		if (/OData is disabled/i.test(message)) {
			return { code: 'refused', reason: 'graph-denied-policy', status: 403, ...type, ...said };
		}
		return { code: 'scope-missing', reason: 'graph-scope-missing', status: 403, scope, ...type, ...said };
	}
	if (response.status >= 500 || response.status === 429) {
		return { code: 'server-error', reason: 'graph-server-error', status: response.status, ...type, ...said };
	}
	return { code: 'refused', reason: 'graph-refused', status: response.status, ...type, ...said };
}
