import type { Problem, Result, StatusWord } from '$lib/config';
import { message, parsePortalMessage, type PortalErrorCode, type PortalRequest, type TokenReply } from './messages';

export interface PortalAccount {
	readonly id: string;
	readonly email: string;
	readonly status: StatusWord;
	/** When the account's sign-in ends by itself (Microsoft: 24 hours after it began). */
	readonly signInExpiresAt?: number | undefined;
}

/** Why a portal gets no token: the protocol's code, and what to tell its user (worded by `describe`). */
export interface PortalTokenError {
	/** `unknown-account`: the account was removed while the portal asked. */
	readonly code: Exclude<PortalErrorCode, 'not-allowed'>;
	readonly problem: Problem;
}

/** A token for the portal, with the account's address as stored (the portal may have asked in other case). */
export type PortalTokenOutcome = Result<{ readonly email: string; readonly reply: TokenReply }, PortalTokenError>;

export interface PortalLogInput {
	readonly origin: string;
	readonly request: string;
	readonly account?: string;
	readonly outcome: string;
	readonly detail?: string;
}

/** What the bridge needs from the app; injected, so that it runs under Vitest without a browser. */
export interface BridgeDeps {
	/** The embedding window: messages from anything else are not the portal's. */
	readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
	/** From `location.ancestorOrigins` where the browser has it. */
	readonly parentOrigin?: string | undefined;
	/** The person's decision for an origin, if any: the accounts given, by id and address key. */
	permission(
		origin: string
	): Promise<{ readonly accounts: readonly { readonly id: string; readonly emailKey: string }[] } | undefined>;
	accounts(): Promise<readonly PortalAccount[]>;
	/** A current token for the portal (refreshed first when needed). */
	token(accountId: string): Promise<PortalTokenOutcome>;
	/** The words of an `error` message's `message`, for the portal's user (the app's catalog). */
	describe(problem: Problem): string | Promise<string>;
	log(entry: PortalLogInput): Promise<void>;
	/** An origin that is not allowed tried to talk: the frame shows the notice. */
	onRefused?(origin: string): void;
}

/**
 * The app's side of the portal protocol. Answers only the embedding window, only if the person
 * allowed its origin, only about the accounts they allowed, and only ever to that exact origin.
 * A portal that is not allowed gets no answer at all; every message it sends is logged.
 */
export class EmbedBridge {
	#origin: string | undefined;
	#announced = false;
	/** What each account's last status told the portal: its word and when its sign-in ends. */
	readonly #statuses = new Map<string, string>();

	constructor(private readonly deps: BridgeDeps) {
		this.#origin = deps.parentOrigin;
	}

	/** The portal's origin: known from the browser, or from the first message. */
	get origin(): string | undefined {
		return this.#origin;
	}

	async receive(event: { readonly data: unknown; readonly origin: string; readonly source: unknown }): Promise<void> {
		if (event.source !== this.deps.parent) return;
		const request = parsePortalMessage(event.data);
		if (this.#origin === undefined) this.#origin = event.origin;
		if (event.origin !== this.#origin) {
			// Not the page that embeds us (it navigated elsewhere, or something else got a handle).
			await this.deps.log({
				origin: event.origin,
				...described(request, event.data),
				outcome: 'ignored',
				detail: `not the embedding page (${this.#origin})`
			});
			return;
		}
		const permission = await this.deps.permission(event.origin);
		if (!permission) {
			// Every message of a portal that is not allowed is logged, well-formed or not.
			await this.deps.log({
				origin: event.origin,
				...described(request, event.data),
				outcome: 'ignored',
				detail: request ? 'origin not allowed' : 'origin not allowed; not a valid request'
			});
			this.deps.onRefused?.(event.origin);
			return;
		}
		// An allowed portal's malformed, unknown or id-less messages are ignored without a word.
		if (!request) return;
		await this.#answer(request, event.origin, permission.accounts);
	}

	/** Says `ready` once, unasked, when the portal is known and allowed. */
	async announce(): Promise<boolean> {
		const origin = this.#origin;
		if (!origin || this.#announced || !(await this.deps.permission(origin))) return false;
		this.#announced = true;
		this.deps.parent.postMessage(message.ready(), origin);
		return true;
	}

	/** Tells the portal when an account it may use changes status. */
	async statusChanged(accounts: readonly PortalAccount[]): Promise<void> {
		const origin = this.#origin;
		const permission = origin ? await this.deps.permission(origin) : undefined;
		for (const account of accounts) {
			const before = this.#statuses.get(account.id);
			// A renewed sign-in keeps its word (Connected) but moves its end: the portal hears both.
			const now = `${account.status} ${account.signInExpiresAt ?? ''}`;
			this.#statuses.set(account.id, now);
			if (!origin || !permission?.accounts.some((a) => a.id === account.id)) continue;
			if (before !== undefined && before !== now) {
				this.deps.parent.postMessage(message.status(account.email, account.status, account.signInExpiresAt), origin);
			}
		}
	}

	async #answer(
		request: PortalRequest,
		origin: string,
		allowed: readonly { readonly id: string; readonly emailKey: string }[]
	): Promise<void> {
		const post = (m: unknown) => this.deps.parent.postMessage(m, origin);
		switch (request.type) {
			case 'hello': {
				post(message.ready());
				await this.deps.log({ origin, request: 'hello', outcome: 'ready' });
				return;
			}
			case 'list-accounts': {
				const accounts = (await this.deps.accounts()).filter((a) => allowed.some((b) => b.id === a.id));
				post(message.accounts(request.id, accounts));
				await this.deps.log({
					origin,
					request: 'list-accounts',
					outcome: 'accounts',
					detail: `${accounts.length} account(s)`
				});
				return;
			}
			case 'get-token': {
				const wanted = request.account.trim().toLowerCase();
				// Only the accounts given to this portal are looked at, by address: one that exists but
				// was not given and one that does not exist get the same answer, so a portal cannot
				// probe which accounts are set up here.
				const account = allowed.find((a) => a.emailKey === wanted);
				const fail = async (code: PortalErrorCode, problem: Problem) => {
					const text = await this.deps.describe(problem);
					post(message.error(request.id, code, text));
					await this.deps.log({
						origin,
						request: 'get-token',
						account: request.account,
						outcome: `error:${code}`,
						detail: text
					});
				};
				if (!account) return fail('not-allowed', { code: 'not-allowed', params: { account: request.account } });
				const outcome = await this.deps.token(account.id);
				if (!outcome.ok) return fail(outcome.error.code, outcome.error.problem);
				const { email, reply } = outcome.value;
				post(message.token(request.id, email, reply));
				await this.deps.log({
					origin,
					request: 'get-token',
					account: email,
					outcome: 'token',
					detail: `valid until ${new Date(reply.expiresAt).toISOString()}`
				});
				return;
			}
		}
	}
}

/** The longest message type the log keeps, as given. */
const MAX_LOGGED_TYPE = 80;

/**
 * What a message asked, for the log: the request (and account) when it is well-formed, else its
 * `type` as given (shortened) or `malformed` when it has none.
 */
function described(request: PortalRequest | undefined, data: unknown): { request: string; account?: string } {
	if (request)
		return request.type === 'get-token'
			? { request: request.type, account: request.account }
			: { request: request.type };
	let type: unknown;
	try {
		type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
	} catch {
		type = undefined;
	}
	if (typeof type !== 'string' || type === '') return { request: 'malformed' };
	return { request: type.length > MAX_LOGGED_TYPE ? `${type.slice(0, MAX_LOGGED_TYPE)}…` : type };
}
