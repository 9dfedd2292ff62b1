import { isObject, jsonOf, noAnswer, refusedToken, sendAuthorized } from '../http';
import type { TokenSource, TransportDeps, TransportError, TransportResult } from '../types';

export const CORE = 'urn:ietf:params:jmap:core';
export const MAIL = 'urn:ietf:params:jmap:mail';
export const SUBMISSION = 'urn:ietf:params:jmap:submission';

/** @see https://www.rfc-editor.org/rfc/rfc8620#section-2 */
export interface Session {
	readonly capabilities: Record<string, unknown>;
	readonly accounts: Record<
		string,
		{ name?: string; isPersonal?: boolean; accountCapabilities?: Record<string, unknown> }
	>;
	readonly primaryAccounts: Record<string, string>;
	readonly username: string;
	/** Resolved against the session response's URL: servers may send it relative (Cyrus: `/jmap/`). */
	readonly apiUrl: string;
	readonly state: string;
}

export type Invocation = [name: string, args: Record<string, unknown>, callId: string];

export type JmapResult<T> = TransportResult<T>;

/**
 * A thin JMAP client on `fetch` (RFC 8620): the session fetched once and kept while its state
 * holds, method calls made in the same tick sent as one request, errors kept with their type.
 * No npm JMAP client fits: they resolve relative URLs against the page and fix the token at
 * construction (docs/architecture.md, "Why each dependency").
 */
export class JmapClient {
	#session: Session | undefined;
	#queue: { using: string[]; call: [string, Record<string, unknown>]; resolve: (r: JmapResult<Invocation>) => void }[] =
		[];
	#requests = 0;

	constructor(
		private readonly sessionUrl: string,
		private readonly token: TokenSource,
		private readonly deps: TransportDeps = {}
	) {}

	/** HTTP requests sent so far (session and API), for the benchmark. */
	get requests(): number {
		return this.#requests;
	}

	/** The session, fetched on first use; `/.well-known/jmap` when given a bare origin. */
	session(): Promise<JmapResult<Session>> {
		if (this.#session) return Promise.resolve({ ok: true, value: this.#session, renewed: false });
		// Callers at the same time share one request.
		this.#fetching ??= this.#fetchSession().finally(() => (this.#fetching = undefined));
		return this.#fetching;
	}

	#fetching: Promise<JmapResult<Session>> | undefined;

	/** Where the session is, once `/.well-known/jmap` has said (it may redirect). */
	#located: string | undefined;

	/**
	 * The session's address. A bare origin means `/.well-known/jmap`, which may redirect to the
	 * session (RFC 8620 §2.2): that redirect is followed without the token, and the token then goes
	 * only to where it led. No request that carries the token follows a redirect.
	 */
	async #locate(): Promise<{ ok: true; url: string } | { ok: false; error: TransportError }> {
		if (this.#located) return { ok: true, url: this.#located };
		const wellKnown = /^https?:\/\/[^/]+\/?$/.test(this.sessionUrl)
			? new URL('/.well-known/jmap', this.sessionUrl).href
			: this.sessionUrl;
		if (new URL(wellKnown).pathname !== '/.well-known/jmap') return { ok: true, url: (this.#located = wellKnown) };
		this.#requests++;
		const doFetch = this.deps.fetch ?? globalThis.fetch.bind(globalThis);
		try {
			const response = await doFetch(wellKnown, {
				headers: { accept: 'application/json' },
				credentials: 'omit',
				signal: AbortSignal.timeout(this.deps.timeoutMs ?? 20_000)
			});
			return { ok: true, url: (this.#located = response.url || wellKnown) };
		} catch {
			return { ok: false, error: noAnswer(new URL(wellKnown).host, this.deps) };
		}
	}

	async #fetchSession(): Promise<JmapResult<Session>> {
		const located = await this.#locate();
		if (!located.ok) return { ok: false, error: located.error, renewed: false };
		const url = located.url;
		this.#requests++;
		const sent = await sendAuthorized(this.token, url, { headers: { accept: 'application/json' } }, this.deps);
		if (!sent.ok) return sent;
		const response = sent.response;
		const server = new URL(url).host;
		const refused = refusedToken(response, 'jmap', { host: server });
		if (refused) return { ok: false, error: refused, renewed: sent.renewed };
		if (!response.ok)
			return { ok: false, error: httpError(response, server, await jsonOf(response)), renewed: sent.renewed };
		const body = await jsonOf(response);
		if (
			!isObject(body) ||
			typeof body.apiUrl !== 'string' ||
			!isObject(body.capabilities) ||
			!isObject(body.primaryAccounts)
		) {
			return {
				ok: false,
				renewed: sent.renewed,
				error: { code: 'bad-response', reason: 'jmap-not-session', params: { url } }
			};
		}
		this.#session = {
			capabilities: body.capabilities,
			accounts: (isObject(body.accounts) ? body.accounts : {}) as Session['accounts'],
			primaryAccounts: body.primaryAccounts as Record<string, string>,
			username: typeof body.username === 'string' ? body.username : '',
			// Relative URLs (Cyrus sends apiUrl "/jmap/") resolve against the session's address.
			apiUrl: new URL(body.apiUrl, response.url || url).href,
			state: typeof body.state === 'string' ? body.state : ''
		};
		return { ok: true, value: this.#session, renewed: sent.renewed };
	}

	/** The account for a capability (`urn:ietf:params:jmap:mail`, …). */
	accountFor(session: Session, capability: string): string | undefined {
		return session.primaryAccounts[capability];
	}

	/**
	 * One method call. Calls made in the same tick travel in one request: verify() and
	 * listMailboxes() started together cost a single API request.
	 */
	call(using: string[], name: string, args: Record<string, unknown>): Promise<JmapResult<Invocation>> {
		return new Promise((resolve) => {
			this.#queue.push({ using, call: [name, args], resolve });
			if (this.#queue.length === 1) queueMicrotask(() => void this.#flush());
		});
	}

	async #flush(): Promise<void> {
		const batch = this.#queue.splice(0);
		const using = [...new Set(batch.flatMap((b) => b.using))];
		const result = await this.request(
			using,
			batch.map((b, i) => [b.call[0], b.call[1], `c${i}`])
		);
		batch.forEach((b, i) => {
			if (!result.ok) return b.resolve(result);
			const response = result.value.get(`c${i}`);
			if (!response) {
				return b.resolve({
					ok: false,
					renewed: result.renewed,
					error: { code: 'bad-response', reason: 'jmap-no-answer', params: { method: b.call[0] } }
				});
			}
			b.resolve(methodResult(response, result.renewed));
		});
	}

	/**
	 * Sends method calls as one request. Answers the first response per call id: a method may add
	 * implicit responses with the same id (EmailSubmission/set's onSuccessUpdateEmail adds an
	 * Email/set), which come after.
	 * @see https://www.rfc-editor.org/rfc/rfc8620#section-3.3
	 */
	async request(using: string[], methodCalls: Invocation[]): Promise<JmapResult<Map<string, Invocation>>> {
		const session = await this.session();
		if (!session.ok) return session;
		const api = session.value.apiUrl;
		this.#requests++;
		const sent = await sendAuthorized(
			this.token,
			api,
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ using: [...new Set([CORE, ...using])], methodCalls })
			},
			this.deps
		);
		const renewed = session.renewed || sent.renewed;
		if (!sent.ok) return { ...sent, renewed };
		const response = sent.response;
		const server = new URL(api).host;
		const refused = refusedToken(response, 'jmap', { host: server });
		if (refused) return { ok: false, error: refused, renewed };
		const body = await jsonOf(response);
		if (!response.ok) return { ok: false, error: httpError(response, server, body), renewed };
		if (!isObject(body) || !Array.isArray(body.methodResponses)) {
			return {
				ok: false,
				renewed,
				error: { code: 'bad-response', reason: 'jmap-no-method-responses', params: { host: server } }
			};
		}
		// A new session state means something changed (accounts, capabilities): fetch it again next time.
		if (typeof body.sessionState === 'string' && body.sessionState !== session.value.state) this.#session = undefined;
		const responses = new Map<string, Invocation>();
		for (const item of body.methodResponses as unknown[]) {
			if (!Array.isArray(item) || item.length !== 3 || typeof item[2] !== 'string') continue;
			if (!responses.has(item[2])) responses.set(item[2], item as Invocation);
		}
		return { ok: true, value: responses, renewed };
	}
}

/** A method response, or its method-level error with the error's type. */
export function methodResult(response: Invocation, renewed: boolean): JmapResult<Invocation> {
	if (response[0] === 'error') {
		const type = typeof response[1].type === 'string' ? response[1].type : 'serverFail';
		const description = typeof response[1].description === 'string' ? response[1].description : undefined;
		return {
			ok: false,
			renewed,
			error: {
				code: 'refused',
				reason: 'jmap-method-refused',
				type,
				...(description !== undefined ? { params: { description } } : {})
			}
		};
	}
	return { ok: true, value: response, renewed };
}

/** Request-level errors come as problem details (RFC 7807) with a JMAP type. */
function httpError(response: Response, server: string, body: unknown): TransportError {
	const type = isObject(body) && typeof body.type === 'string' ? body.type : undefined;
	const detail = isObject(body) && typeof body.detail === 'string' ? body.detail : undefined;
	const params = { host: server, ...(detail !== undefined ? { detail } : {}) };
	if (response.status >= 500) {
		return { code: 'server-error', reason: 'jmap-server-error', status: response.status, params };
	}
	if (response.status === 404) {
		return { code: 'configuration', reason: 'jmap-not-found', status: 404, params: { host: server } };
	}
	return { code: 'refused', reason: 'jmap-refused', status: response.status, ...(type ? { type } : {}), params };
}
