import type { Fetch, TokenSource } from './types';

/** A documented request/response example (see fixtures/README.md). */
export interface Fixture {
	readonly status?: number;
	readonly headers?: Record<string, string>;
	readonly body?: unknown;
	readonly request?: { method: string; url: string; body?: unknown };
}

export function respond(fixture: Fixture): Response {
	const status = fixture.status ?? 200;
	const body = fixture.body === undefined || status === 202 || status === 204 ? null : JSON.stringify(fixture.body);
	return new Response(body, { status, headers: { 'content-type': 'application/json', ...fixture.headers } });
}

export interface Call {
	url: string;
	method: string;
	authorization: string | undefined;
	body: unknown;
}

/** A server that answers by URL (first match wins), recording every request. */
export function fakeServer(
	routes: Array<[match: (url: string, method: string) => boolean, answer: () => Response | Error]>
) {
	const calls: Call[] = [];
	const fetch: Fetch = async (input, init) => {
		const url = String(input);
		const method = init?.method ?? 'GET';
		const headers = (init?.headers ?? {}) as Record<string, string>;
		const raw = typeof init?.body === 'string' ? init.body : undefined;
		calls.push({ url, method, authorization: headers.authorization, body: raw ? JSON.parse(raw) : undefined });
		const route = routes.find(([match]) => match(url, method));
		if (!route) throw new Error(`unexpected ${method} ${url}`);
		const answer = route[1]();
		if (answer instanceof Error) throw answer;
		return answer;
	};
	return { fetch, calls };
}

/** A token function that hands out `at-1`, `at-2`, … and counts renewals. */
export function tokens() {
	let n = 1;
	let renewals = 0;
	const rejected: (string | undefined)[] = [];
	const source: TokenSource = async ({ force, rejected: refused }) => {
		if (force) {
			renewals++;
			rejected.push(refused);
			n++;
		}
		return { ok: true, value: { accessToken: `at-${n}`, tokenType: 'bearer' } };
	};
	/** `rejected`: the refused token each renewal named (so that parallel refusals share one). */
	return { source, renewals: () => renewals, rejected: () => rejected };
}

/** A session as RFC 8620 §2.1 describes it; `apiUrl` relative, as Cyrus sends it. */
export function jmapSession(state = 's1') {
	return {
		capabilities: {
			'urn:ietf:params:jmap:core': {},
			'urn:ietf:params:jmap:mail': {},
			'urn:ietf:params:jmap:submission': {}
		},
		accounts: { A1: { name: 'ada@example.com', isPersonal: true } },
		primaryAccounts: { 'urn:ietf:params:jmap:mail': 'A1', 'urn:ietf:params:jmap:submission': 'A1' },
		username: 'ada@example.com',
		apiUrl: '/jmap/',
		downloadUrl: '/jmap/download/{accountId}/{blobId}/{name}?accept={type}',
		uploadUrl: '/jmap/upload/{accountId}/',
		eventSourceUrl: '/jmap/eventsource/',
		state
	};
}
