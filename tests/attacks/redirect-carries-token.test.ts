/**
 * Attack: a server the app sends a token or secret to answers with a redirect (307 or 308 keep
 * a POST's body) to a host of the attacker's choosing: the revocation endpoint with the refresh
 * token in its body, userinfo or a mail server with the access token. Real servers on loopback,
 * Node's own fetch: nothing may arrive at the other host.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken, tokenRequest } from '$lib/auth/token-client';
import { sendAuthorized } from '$lib/transports/http';
import { JmapClient } from '$lib/transports/jmap/client';

let honest: Server;
let thief: Server;
const received: string[] = [];
let honestUrl = '';
let thiefUrl = '';

async function listen(server: Server): Promise<string> {
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no address');
	return `http://127.0.0.1:${address.port}`;
}

beforeAll(async () => {
	// Every request to the honest server is sent on, 307 (a POST keeps its body), to the thief.
	honest = createServer((req, res) => {
		if (req.url === '/.well-known/jmap') {
			res.writeHead(301, { location: `${honestUrl}/jmap/session` }).end();
			return;
		}
		if (req.url === '/jmap/session') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ apiUrl: '/jmap/api', capabilities: {}, primaryAccounts: {}, state: 's' }));
			return;
		}
		res.writeHead(307, { location: `${thiefUrl}${req.url}` }).end();
	});
	thief = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''} ${body}`);
			res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
		});
	});
	honestUrl = await listen(honest);
	thiefUrl = await listen(thief);
});
afterAll(async () => {
	await Promise.all([honest, thief].map((s) => new Promise((ok) => s.close(ok))));
});

describe('a redirect from a server that got a token', () => {
	it('revocation: the refresh token in the body goes nowhere else', async () => {
		const result = await revokeToken(`${honestUrl}/revoke`, { token: 'refresh-token-1', clientId: 'app' }, {});
		expect(result.kind).toBe('failed');
		expect(received).toEqual([]);
	});

	it('token request: the refresh token and the client secret go nowhere else', async () => {
		const result = await tokenRequest(
			`${honestUrl}/token`,
			{ grant_type: 'refresh_token', refresh_token: 'refresh-token-2', client_id: 'app', client_secret: 's3cret' },
			'refresh',
			{}
		);
		expect(result.ok).toBe(false);
		expect(received).toEqual([]);
	});

	it('a mail API: the access token goes nowhere else', async () => {
		const sent = await sendAuthorized(
			async () => ({ ok: true, value: { accessToken: 'access-token-1', tokenType: 'Bearer' } }),
			`${honestUrl}/gmail/v1/users/me/labels`,
			{ method: 'POST', body: '{}' },
			{ online: () => true }
		);
		expect(sent.ok).toBe(false);
		expect(received).toEqual([]);
	});

	it('JMAP: the well-known redirect is followed without the token, which then goes only to the session', async () => {
		const client = new JmapClient(honestUrl, async () => ({
			ok: true,
			value: { accessToken: 'access-token-2', tokenType: 'Bearer' }
		}));
		const session = await client.session();
		expect(session.ok).toBe(true);
		expect(session.ok && session.value.apiUrl).toBe(`${honestUrl}/jmap/api`);
		expect(received).toEqual([]);
	});
});
