import type { Params, Result, TransportKind } from '$lib/config';

/** Who the server says the account is. */
export interface Identity {
	readonly email: string;
	readonly name?: string;
}

/** A mailbox (JMAP), label (Gmail) or mail folder (Graph). */
export interface Mailbox {
	readonly id: string;
	readonly name: string;
	/** `inbox`, `drafts`, `sent`, `trash`, `junk`, `archive`, … (RFC 8457 names). */
	readonly role?: string;
	readonly total?: number;
	readonly unread?: number;
}

export interface OutgoingMessage {
	readonly to: readonly string[];
	readonly subject: string;
	readonly body: string;
}

export interface SentReceipt {
	/** The server's id for the sent message, where it says. */
	readonly id?: string;
}

/**
 * Why a transport call failed, as a stable code for decisions; `reason` says exactly what happened
 * (the UI words it: `transportText` in `$lib/messages`).
 * - `not-signed-in`, `sign-in-required`, `configuration`, `offline`, `retrying`: the token could
 *   not be had (see the account's status).
 * - `unauthorized`: the server refused the token even after one renewal.
 * - `scope-missing`: the token lacks a permission; `scope` names it.
 * - `unreachable`: no answer (network down, or the server refuses cross-origin requests).
 * - `refused`: the server understood and said no (a JMAP method or set error: see `type`).
 */
export type TransportErrorCode =
	| 'not-signed-in'
	| 'sign-in-required'
	| 'configuration'
	| 'offline'
	| 'retrying'
	| 'unauthorized'
	| 'scope-missing'
	| 'unreachable'
	| 'server-error'
	| 'refused'
	| 'bad-response'
	| 'not-supported';

/**
 * What exactly went wrong: one message each (`$lib/messages/en/transports.ts`). The data a message
 * names comes with the error: `status`, `type`, `scope` and `params`.
 */
export type TransportReason =
	// The token function had no token: why is its `cause`, worded as the token keeper's problem.
	| 'token-unavailable'
	// Before any server answered.
	| 'offline'
	| 'unreachable'
	| 'unreachable-timeout'
	| 'account-missing'
	| 'jmap-session-url-missing'
	| 'host-portal-only'
	// JMAP.
	| 'jmap-token-refused'
	| 'jmap-scope-missing'
	| 'jmap-not-session'
	| 'jmap-no-method-responses'
	| 'jmap-no-answer'
	| 'jmap-no-answer-create'
	| 'jmap-no-answer-send'
	| 'jmap-method-refused'
	| 'jmap-server-error'
	| 'jmap-not-found'
	| 'jmap-refused'
	| 'jmap-no-submission'
	| 'jmap-no-mail'
	| 'jmap-no-identity'
	| 'jmap-no-drafts'
	| 'jmap-create-refused'
	| 'jmap-send-refused'
	// The Gmail API (`-challenge`: said in a `WWW-Authenticate` header, not in the body).
	| 'gmail-token-refused'
	| 'gmail-scope-missing-challenge'
	| 'gmail-scope-missing'
	| 'gmail-server-error'
	| 'gmail-refused'
	| 'gmail-forbidden'
	| 'gmail-no-address'
	// Microsoft Graph.
	| 'graph-token-refused'
	| 'graph-scope-missing-challenge'
	| 'graph-scope-missing'
	| 'graph-denied-granted'
	| 'graph-denied-policy'
	| 'graph-server-error'
	| 'graph-refused'
	| 'graph-no-address';

/** Why the token function had no token (`NoToken.problem` of the keeper), passed on as the error's `cause`. */
export interface TokenProblemLike {
	readonly code: string;
	readonly params?: Params;
}

export interface TransportError {
	readonly code: TransportErrorCode;
	readonly reason: TransportReason;
	/**
	 * The other data the message names: `host`, `url`, `method`, `granted`, and the server's own
	 * words (`description`, `detail`, `message`), never ours. TRANSITION: `tokenMessage`, the token
	 * keeper's sentence for `token-unavailable`, until it answers with a code.
	 */
	readonly params?: Params;
	/** `scope-missing`: the scope to sign in again with. */
	readonly scope?: string;
	/** The server's own error type (`urn:ietf:params:jmap:error:…`, a SetError type, Graph's code). */
	readonly type?: string;
	readonly status?: number;
	/** `token-unavailable`: what the token function said (TRANSITION, see `TokenProblemLike`). */
	readonly cause?: TokenProblemLike;
}

/** `renewed`: the server refused the token once, it was renewed, and the request repeated. */
export type TransportResult<T> = Result<T, TransportError> & { readonly renewed: boolean };

/** What every transport can do. Expected failures are values; only the unexpected throws. */
export interface MailTransport {
	readonly kind: TransportKind;
	/** Who am I, according to the server. */
	verify(): Promise<TransportResult<Identity>>;
	listMailboxes(): Promise<TransportResult<readonly Mailbox[]>>;
	send(message: OutgoingMessage): Promise<TransportResult<SentReceipt>>;
}

/** What the one token function answers (structurally `TokenAnswer` of `$lib/auth`). */
export type TokenAnswerLike = Result<
	{
		readonly accessToken: string;
		readonly tokenType: string;
		readonly refreshed?: boolean;
		/** What the provider said the token grants, where it said so. */
		readonly scopes?: readonly string[];
	},
	{
		readonly status: 'not-signed-in' | 'sign-in-required' | 'configuration-error' | 'offline' | 'retrying';
		/** Why, as the token keeper says it: passed on as the error's `cause`, worded by the UI. */
		readonly problem: TokenProblemLike;
	}
>;

/**
 * How a transport gets its token: the app's one token function, bound to the account and the
 * resource this transport needs. `force` renews even a token that looks fresh (after a 401);
 * `rejected` names the refused token, so that calls refused at once share one renewal.
 */
export type TokenSource = (options: { force?: boolean; rejected?: string }) => Promise<TokenAnswerLike>;

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface TransportDeps {
	readonly fetch?: Fetch;
	readonly timeoutMs?: number;
	/** The browser's online flag (default `navigator.onLine`); a failed call while offline says so. */
	readonly online?: () => boolean;
}
