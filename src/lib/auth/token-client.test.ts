import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/messages/problems';
import { json, scriptedFetch } from './testing/fakes';
import { revokeToken, tokenRequest } from './token-client';
import { parseRetryAfter } from './problems';

const ENDPOINT = 'https://id.example.com/token';
const params = { grant_type: 'refresh_token', refresh_token: 'rt', client_id: 'c' };

async function sort(answer: Response | Error, purpose: 'code' | 'refresh' = 'refresh') {
	const { fetch } = scriptedFetch([answer]);
	const result = await tokenRequest(ENDPOINT, params, purpose, { fetch, now: () => 0 });
	if (result.ok) throw new Error('expected a problem');
	return result.error;
}

describe('tokenRequest', () => {
	it('posts the form and reads a token response', async () => {
		const { fetch, calls } = scriptedFetch([
			json({ access_token: 'at', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt2', scope: 'a b' })
		]);
		const result = await tokenRequest(ENDPOINT, params, 'refresh', { fetch });
		expect(result).toEqual({
			ok: true,
			value: { access_token: 'at', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt2', scope: 'a b' }
		});
		expect(calls[0]?.body.get('refresh_token')).toBe('rt');
	});

	it('says a failed code exchange plainly, and tells a provider that refuses browsers from a dead network', async () => {
		const code = { grant_type: 'authorization_code', code: 'c', client_id: 'app' };
		// The token endpoint answers a page's request in no-cors mode, but the real one got no CORS headers.
		const refusing = scriptedFetch([new TypeError('Failed to fetch'), new Response(null, { status: 200 })]);
		const refused = await tokenRequest(ENDPOINT, code, 'code', { fetch: refusing.fetch });
		expect(refused).toMatchObject({
			ok: false,
			error: { class: 'configuration', code: 'browser-refused', params: { host: 'id.example.com' } }
		});
		if (refused.ok) return;
		expect(problemText(refused.error)).toMatch(/^This provider did not accept the sign-in from a browser app/);
		expect(problemText(refused.error)).toContain('its token endpoint at id.example.com answers');
		expect(problemText(refused.error)).not.toMatch(/Retrying/);
		expect(refusing.calls.map((c) => c.url)).toEqual([ENDPOINT, ENDPOINT]);
		// Nothing answers at all: the network, and still no promise of a retry that never comes.
		const down = scriptedFetch([new TypeError('Failed to fetch'), new TypeError('Failed to fetch')]);
		const unreachable = await tokenRequest(ENDPOINT, code, 'code', { fetch: down.fetch });
		expect(unreachable).toMatchObject({
			ok: false,
			error: { code: 'code-unreachable', params: { host: 'id.example.com' } }
		});
		if (unreachable.ok) return;
		expect(problemText(unreachable.error)).toMatch(
			/^Could not reach the token endpoint at id\.example\.com to finish the sign-in/
		);
		expect(problemText(unreachable.error)).not.toMatch(/Retrying/);
		// A renewal that finds nothing is retried, and says so.
		const renewal = await sort(new TypeError('Failed to fetch'));
		expect(renewal).toMatchObject({ code: 'unreachable', params: { host: 'id.example.com' } });
		expect(problemText(renewal)).toMatch(/Retrying…$/);
	});

	it('sorts Microsoft’s own codes: a secret from a browser, a missing consent', async () => {
		expect(
			await sort(
				json(
					{
						error: 'invalid_client',
						error_description:
							"AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented."
					},
					401
				)
			)
		).toMatchObject({ class: 'configuration', code: 'secret-refused' });
		expect(
			await sort(
				json(
					{ error: 'invalid_grant', error_description: "AADSTS65001: The user or administrator hasn't consented." },
					400
				)
			)
		).toMatchObject({ class: 'sign-in-required', code: 'consent-missing' });
	});

	it('sorts network failures and server trouble as transient, keeping Retry-After', async () => {
		expect(await sort(new TypeError('Failed to fetch'))).toMatchObject({ class: 'transient', code: 'unreachable' });
		expect(await sort(new Response('<h1>down</h1>', { status: 503, headers: { 'retry-after': '7' } }))).toMatchObject({
			class: 'transient',
			code: 'server-error',
			status: 503,
			retryAfterMs: 7000
		});
		expect(await sort(json({ error: 'slow_down' }, 429))).toMatchObject({ class: 'transient', code: 'rate-limited' });
		expect(await sort(json({ error: 'temporarily_unavailable' }, 400))).toMatchObject({ class: 'transient' });
	});

	it('sorts invalid_grant on refresh as sign-in required, on a code exchange as a failed sign-in', async () => {
		const refused = await sort(json({ error: 'invalid_grant', error_description: 'grant request is invalid' }, 400));
		expect(refused).toMatchObject({
			class: 'sign-in-required',
			code: 'invalid-grant',
			params: { description: 'grant request is invalid' }
		});
		expect(problemText(refused)).toContain('(grant request is invalid). Sign in again.');
		expect(await sort(json({ error: 'invalid_grant' }, 400), 'code')).toMatchObject({
			class: 'configuration',
			code: 'code-rejected'
		});
	});

	it('sorts client and configuration errors as configuration, saying what to fix', async () => {
		const client = await sort(json({ error: 'invalid_client' }, 401));
		expect(client).toMatchObject({ class: 'configuration', code: 'invalid-client' });
		expect(problemText(client)).toContain('check the Client Id');
		expect(await sort(json({ error: 'unauthorized_client' }, 400))).toMatchObject({
			class: 'configuration',
			code: 'unauthorized-client'
		});
		const notFound = await sort(new Response('Not found', { status: 404 }));
		expect(notFound).toMatchObject({ class: 'configuration', code: 'endpoint-error', status: 404 });
		expect(problemText(notFound)).toContain('answered 404');
		// A 401 or 403 without an OAuth error: the endpoint refused the client.
		const forbidden = await sort(new Response('Forbidden', { status: 403 }));
		expect(forbidden).toMatchObject({ class: 'configuration', code: 'client-refused', status: 403 });
		expect(problemText(forbidden)).toBe(
			'The token endpoint at id.example.com refused the client (403): check the Client Id and Client Secret.'
		);
		// A success that is no token response.
		const html = await sort(new Response('<html>', { status: 200 }));
		expect(html).toMatchObject({ class: 'configuration', code: 'not-json' });
		expect(problemText(html)).toBe(
			'The token endpoint at id.example.com did not answer with JSON: check the Token endpoint.'
		);
		const empty = await sort(json({ token_type: 'Bearer' }));
		expect(empty).toMatchObject({ class: 'configuration', code: 'no-access-token' });
		expect(problemText(empty)).toBe(
			'The token endpoint at id.example.com answered without a usable access token: check the Token endpoint.'
		);
	});

	it('knows the Microsoft errors people meet from a browser app', async () => {
		expect(
			await sort(
				json(
					{
						error: 'invalid_request',
						error_description:
							'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type.'
					},
					400
				),
				'code'
			)
		).toMatchObject({ class: 'configuration', code: 'spa-platform' });
		expect(
			await sort(
				json(
					{
						error: 'invalid_grant',
						error_description:
							'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00'
					},
					400
				)
			)
		).toMatchObject({ class: 'sign-in-required', code: 'expired' });
	});

	it('times out instead of hanging', async () => {
		const hanging = (_: unknown, init?: RequestInit) =>
			new Promise<Response>((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(init.signal!.reason)));
		const result = await tokenRequest(ENDPOINT, params, 'refresh', { fetch: hanging, timeoutMs: 10 });
		expect(result).toMatchObject({ ok: false, error: { class: 'transient', code: 'timeout' } });
		if (!result.ok) {
			expect(problemText(result.error)).toBe('The token endpoint at id.example.com did not answer in time. Retrying…');
		}
		// A sign-in is not retried: its timeout says so.
		const code = { grant_type: 'authorization_code', code: 'c', client_id: 'app' };
		const signIn = await tokenRequest(ENDPOINT, code, 'code', { fetch: hanging, timeoutMs: 10 });
		expect(signIn).toMatchObject({ ok: false, error: { class: 'transient', code: 'code-timeout' } });
		if (!signIn.ok) expect(problemText(signIn.error)).not.toMatch(/Retrying/);
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('120', 0)).toBe(120_000);
		expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
		expect(parseRetryAfter('soon', 0)).toBeUndefined();
		expect(parseRetryAfter(null, 0)).toBeUndefined();
	});
});

describe('revokeToken', () => {
	it('revokes, reports providers without revocation, and says why a revocation failed', async () => {
		const ok = scriptedFetch([new Response('', { status: 200 })]);
		expect(
			await revokeToken('https://id.example.com/revoke', { token: 't', clientId: 'c' }, { fetch: ok.fetch })
		).toEqual({ kind: 'revoked' });
		expect(ok.calls[0]?.body.get('token_type_hint')).toBe('refresh_token');
		expect(await revokeToken(undefined, { token: 't', clientId: 'c' }, {})).toEqual({ kind: 'not-supported' });
		const down = scriptedFetch([new TypeError('Failed to fetch')]);
		const failed = await revokeToken(
			'https://id.example.com/revoke',
			{ token: 't', clientId: 'c' },
			{ fetch: down.fetch }
		);
		expect(failed).toMatchObject({
			kind: 'failed',
			problem: { code: 'revoke-unreachable', params: { host: 'id.example.com' } }
		});
		expect(failed.kind === 'failed' && problemText(failed.problem)).toContain('Could not reach id.example.com');
	});
});
