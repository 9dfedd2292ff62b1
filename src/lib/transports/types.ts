import type { TransportKind } from '$lib/config';

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
 * Why a transport call failed, as a stable code; the message says what happened and what to do.
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

export interface TransportError {
	readonly code: TransportErrorCode;
	readonly message: string;
	/** `scope-missing`: the scope to sign in again with. */
	readonly scope?: string;
	/** The server's own error type (`urn:ietf:params:jmap:error:…`, a SetError type, Graph's code). */
	readonly type?: string;
	readonly status?: number;
}

/** `renewed`: the server refused the token once, it was renewed, and the request repeated. */
export type TransportResult<T> =
	| { readonly ok: true; readonly value: T; readonly renewed: boolean }
	| { readonly ok: false; readonly error: TransportError; readonly renewed: boolean };

/** What every transport can do. Expected failures are values; only the unexpected throws. */
export interface MailTransport {
	readonly kind: TransportKind;
	/** Who am I, according to the server. */
	verify(): Promise<TransportResult<Identity>>;
	listMailboxes(): Promise<TransportResult<readonly Mailbox[]>>;
	send(message: OutgoingMessage): Promise<TransportResult<SentReceipt>>;
}

/** What the one token function answers (structurally `TokenAnswer` of `$lib/auth`). */
export type TokenAnswerLike =
	| {
			readonly kind: 'token';
			readonly accessToken: string;
			readonly tokenType: string;
			readonly refreshed?: boolean;
			/** What the provider said the token grants, where it said so. */
			readonly scopes?: readonly string[];
	  }
	| {
			readonly kind: 'not-signed-in' | 'sign-in-required' | 'configuration-error' | 'offline' | 'retrying';
			readonly message: string;
	  };

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
