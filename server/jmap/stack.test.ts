/**
 * The JMAP test stack end to end, without a browser: real access tokens from the demo OpenID
 * provider (authorization code flow with PKCE and a resource indicator, driven over plain HTTP),
 * the token-checking front, a private Cyrus IMAP and the SMTP sink.
 *
 * Needs Debian's Cyrus and root (see cyrus.js); without them these tests FAIL with the reason.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { startDemoProvider } from '../demo-provider.js';
import { startJmapFront } from './front.js';
import { cyrusAvailable, reservePort, startJmapStack, type JmapStack } from './stack.js';

const ADA = { email: 'ada@example.test', password: 'ada-secret' };
const GRACE = { email: 'grace@example.test', password: 'grace-secret' };
const APP_ORIGIN = 'http://127.0.0.1:8173';
const CLIENT = { clientId: 'jmap-stack-test', redirectUris: [`${APP_ORIGIN}/callback`] };
const JMAP_SCOPES = 'urn:ietf:params:jmap:core urn:ietf:params:jmap:mail urn:ietf:params:jmap:submission';
const OTHER_RESOURCE = 'http://127.0.0.1:9/other-jmap';
const USING = ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail', 'urn:ietf:params:jmap:submission'];

type Provider = Awaited<ReturnType<typeof startDemoProvider>>;
type Invocation = [name: string, args: Record<string, unknown>, callId: string];
type Session = {
	username: string;
	apiUrl: string;
	capabilities: Record<string, unknown>;
	accounts: Record<string, { isPersonal: boolean }>;
	primaryAccounts: Record<string, string>;
};
type SetResult = { created?: Record<string, { id: string }> };
type GetResult<T> = { list: T[] };

let provider: Provider | undefined;
let stack: JmapStack | undefined;
let frontUrl = '';
let adaToken = '';

/**
 * Signs in at the demo provider as a person would (login form, consent form), without a browser,
 * and exchanges the code for an access token for `resource`.
 */
async function accessToken(options: { email: string; resource: string; scope: string; issuer?: string }) {
	const issuer = options.issuer ?? provider!.issuer;
	const redirectUri = CLIENT.redirectUris[0]!;
	const verifier = randomBytes(32).toString('base64url');
	const cookies = new Map<string, string>();
	const go = async (url: string, init: RequestInit = {}) => {
		const res = await fetch(new URL(url, issuer), {
			...init,
			redirect: 'manual',
			headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map((c) => c.join('=')).join('; ') }
		});
		for (const header of res.headers.getSetCookie()) {
			const [pair = ''] = header.split(';');
			const name = pair.slice(0, pair.indexOf('='));
			const value = pair.slice(pair.indexOf('=') + 1);
			if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(header)) cookies.delete(name);
			else cookies.set(name, value);
		}
		return res;
	};
	const query = new URLSearchParams({
		client_id: CLIENT.clientId,
		redirect_uri: redirectUri,
		response_type: 'code',
		scope: `openid ${options.scope}`,
		resource: options.resource,
		code_challenge: createHash('sha256').update(verifier).digest('base64url'),
		code_challenge_method: 'S256',
		state: 'test',
		login_hint: options.email
	});
	let res = await go(`/auth?${query}`);
	let code: string | null = null;
	for (let hop = 0; hop < 12 && !code; hop++) {
		const location = res.headers.get('location');
		if (!location) throw new Error(`sign-in stopped with ${res.status}: ${(await res.text()).slice(0, 500)}`);
		const next = new URL(location, issuer);
		if (next.href.startsWith(redirectUri)) {
			code = next.searchParams.get('code');
			if (!code) throw new Error(`no code: ${next.search}`);
		} else if (next.pathname.startsWith('/interaction/')) {
			const page = await (await go(next.href)).text();
			const form = /action="(\/interaction\/[^"]+\/(login|consent))"/.exec(page);
			if (!form?.[1]) throw new Error(`unexpected interaction page: ${page.slice(0, 500)}`);
			const body = form[2] === 'login' ? new URLSearchParams({ email: options.email }) : new URLSearchParams();
			res = await go(form[1], { method: 'POST', body });
		} else {
			res = await go(next.href);
		}
	}
	if (!code) throw new Error('sign-in did not come back to the redirect URI');
	const token = await fetch(`${issuer}/token`, {
		method: 'POST',
		body: new URLSearchParams({
			grant_type: 'authorization_code',
			code,
			redirect_uri: redirectUri,
			client_id: CLIENT.clientId,
			code_verifier: verifier,
			resource: options.resource
		})
	});
	const json = (await token.json()) as { access_token?: string; id_token?: string };
	if (!token.ok || !json.access_token) throw new Error(`token request failed: ${JSON.stringify(json)}`);
	return { accessToken: json.access_token, idToken: json.id_token ?? '' };
}

const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

async function session(token: string) {
	const res = await fetch(stack!.sessionUrl, { headers: bearer(token) });
	expect(res.status, await res.clone().text()).toBe(200);
	const body = (await res.json()) as Session;
	// apiUrl is relative in Cyrus: resolve it against the URL the session came from.
	return { ...body, apiUrl: new URL(body.apiUrl, res.url).href };
}

async function jmap(token: string, methodCalls: Invocation[]) {
	const { apiUrl } = await session(token);
	const res = await fetch(apiUrl, {
		method: 'POST',
		headers: bearer(token, { 'content-type': 'application/json' }),
		body: JSON.stringify({ using: USING, methodCalls })
	});
	expect(res.status, await res.clone().text()).toBe(200);
	const { methodResponses } = (await res.json()) as { methodResponses: Invocation[] };
	// Implicit responses (EmailSubmission's onSuccessUpdateEmail) share the call id: keep the first.
	const byId = new Map<string, Invocation>();
	for (const response of methodResponses) if (!byId.has(response[2])) byId.set(response[2], response);
	return { all: methodResponses, byId };
}

async function mailboxes(token: string, accountId: string) {
	const { byId } = await jmap(token, [['Mailbox/get', { accountId }, 'm']]);
	const [name, result] = byId.get('m')!;
	expect(name, JSON.stringify(result)).toBe('Mailbox/get');
	return (result as GetResult<{ id: string; name: string; role: string | null; totalEmails: number }>).list;
}

// Not a skip: a machine without Cyrus must not pass the suite silently.
it('can run a private Cyrus IMAP here (Debian packages, root)', () => {
	const available = cyrusAvailable();
	if (!available.ok) expect.fail(available.reason);
});

describe('JMAP test stack: Cyrus IMAP behind the token-checking front', () => {
	beforeAll(async () => {
		const available = cyrusAvailable();
		if (!available.ok) throw new Error(`Cannot run the JMAP stack: ${available.reason}`);
		// The provider must know the front's origin (the token audience) first: reserve its port.
		const port = await reservePort();
		frontUrl = `http://127.0.0.1:${port}`;
		provider = await startDemoProvider({
			clients: [CLIENT],
			resources: {
				[frontUrl]: { scope: JMAP_SCOPES },
				[OTHER_RESOURCE]: { scope: JMAP_SCOPES }
			}
		});
		const started = Date.now();
		stack = await startJmapStack({
			issuer: provider.issuer,
			port,
			allowedOrigins: [APP_ORIGIN],
			users: [ADA, GRACE]
		});
		console.info(`JMAP stack up in ${Date.now() - started} ms at ${stack.frontUrl}`);
		adaToken = (await accessToken({ email: ADA.email, resource: frontUrl, scope: JMAP_SCOPES })).accessToken;
	}, 20_000);

	afterAll(async () => {
		await stack?.stop();
		await provider?.close();
	});

	it('serves the session for a valid token, with the front as audience', async () => {
		expect(stack!.audience).toBe(frontUrl);
		const s = await session(adaToken);
		expect(s.username).toBe(ADA.email);
		expect(s.apiUrl).toBe(`${frontUrl}/jmap/`);
		expect(s.capabilities).toHaveProperty(['urn:ietf:params:jmap:mail']);
		expect(s.capabilities).toHaveProperty(['urn:ietf:params:jmap:submission']);
		expect(s.primaryAccounts['urn:ietf:params:jmap:mail']).toBe(ADA.email);
		expect(s.accounts[ADA.email]?.isPersonal).toBe(true);

		// The well-known redirect points at the front's session resource, with or without a token
		// (RFC 8620 §2.2 autodiscovery happens before anyone signs in).
		for (const headers of [bearer(adaToken), {}]) {
			const wellKnown = await fetch(`${frontUrl}/.well-known/jmap`, { headers, redirect: 'manual' });
			expect(wellKnown.status).toBe(307);
			expect(wellKnown.headers.get('location')).toBe(`${frontUrl}/jmap/`);
		}
	});

	it('maps each token to its own user', async () => {
		const graceToken = (await accessToken({ email: GRACE.email, resource: frontUrl, scope: JMAP_SCOPES })).accessToken;
		const s = await session(graceToken);
		expect(s.username).toBe(GRACE.email);
		expect(Object.keys(s.accounts)).toEqual([GRACE.email]);
	});

	it('lists the mailboxes with their roles and the seeded messages', async () => {
		const list = await mailboxes(adaToken, ADA.email);
		const byRole = Object.fromEntries(list.map((m) => [m.role, m]));
		expect(Object.keys(byRole).sort()).toEqual(['drafts', 'inbox', 'junk', 'sent', 'trash']);
		expect(byRole.inbox!.name.toLowerCase()).toBe('inbox');
		expect(byRole.inbox!.totalEmails).toBeGreaterThanOrEqual(3);
		expect(byRole.drafts!.name).toBe('Drafts');
		expect(byRole.sent!.name).toBe('Sent');
		expect(byRole.trash!.name).toBe('Trash');
		expect(byRole.junk!.name).toBe('Junk');
	});

	it('gives the identity with the user’s email address', async () => {
		const { byId } = await jmap(adaToken, [['Identity/get', { accountId: ADA.email }, 'i']]);
		const [name, result] = byId.get('i')!;
		expect(name, JSON.stringify(result)).toBe('Identity/get');
		expect((result as GetResult<{ email: string }>).list.map((i) => i.email)).toContain(ADA.email);
	});

	it('sends with EmailSubmission/set: the SMTP sink receives the message', async () => {
		const list = await mailboxes(adaToken, ADA.email);
		const drafts = list.find((m) => m.role === 'drafts')!.id;
		const sent = list.find((m) => m.role === 'sent')!.id;
		const identities = await jmap(adaToken, [['Identity/get', { accountId: ADA.email }, 'i']]);
		const identityId = (identities.byId.get('i')![1] as GetResult<{ id: string }>).list[0]!.id;
		const subject = `Stack test ${randomBytes(4).toString('hex')}`;

		const { all, byId } = await jmap(adaToken, [
			[
				'Email/set',
				{
					accountId: ADA.email,
					create: {
						draft: {
							mailboxIds: { [drafts]: true },
							keywords: { $draft: true, $seen: true },
							from: [{ name: 'Ada Lovelace', email: ADA.email }],
							to: [{ name: 'Someone', email: 'someone@elsewhere.test' }],
							subject,
							textBody: [{ partId: 'body', type: 'text/plain' }],
							bodyValues: { body: { value: 'Sent through the JMAP test stack.' } }
						}
					}
				},
				'c1'
			],
			[
				'EmailSubmission/set',
				{
					accountId: ADA.email,
					create: { send: { identityId, emailId: '#draft' } },
					onSuccessUpdateEmail: {
						'#send': { [`mailboxIds/${drafts}`]: null, [`mailboxIds/${sent}`]: true, 'keywords/$draft': null }
					}
				},
				'c2'
			]
		]);
		expect(byId.get('c1')![0]).toBe('Email/set');
		expect((byId.get('c1')![1] as SetResult).created?.draft?.id, JSON.stringify(all)).toBeTruthy();
		expect(byId.get('c2')![0], JSON.stringify(all)).toBe('EmailSubmission/set');
		expect((byId.get('c2')![1] as SetResult).created?.send?.id, JSON.stringify(all)).toBeTruthy();
		// The implicit Email/set of onSuccessUpdateEmail shares the call id c2.
		expect(all.filter((r) => r[2] === 'c2').map((r) => r[0])).toEqual(['EmailSubmission/set', 'Email/set']);

		const message = await stack!.sink.waitFor((m) => m.raw.includes(subject), 5000);
		expect(message.from).toBe(ADA.email);
		expect(message.to).toEqual(['someone@elsewhere.test']);
		expect(message.raw).toContain('Sent through the JMAP test stack.');

		const after = await mailboxes(adaToken, ADA.email);
		expect(after.find((m) => m.role === 'sent')!.totalEmails).toBeGreaterThanOrEqual(1);
	});

	it('refuses a missing token, a token for another audience, an ID token and a forged one (401)', async () => {
		const none = await fetch(stack!.sessionUrl);
		expect(none.status).toBe(401);
		// RFC 9728 §5.1: the challenge names the resource's metadata, which names the issuer.
		const metadataUrl = `${frontUrl}/.well-known/oauth-protected-resource/jmap/`;
		expect(none.headers.get('www-authenticate')).toBe(`Bearer realm="jmap", resource_metadata="${metadataUrl}"`);
		const metadata = (await (await fetch(metadataUrl)).json()) as Record<string, unknown>;
		expect(metadata.resource).toBe(stack!.sessionUrl);
		expect(metadata.authorization_servers).toEqual([provider!.issuer]);

		const other = await accessToken({ email: ADA.email, resource: OTHER_RESOURCE, scope: JMAP_SCOPES });
		const wrongAudience = await fetch(stack!.sessionUrl, { headers: bearer(other.accessToken) });
		expect(wrongAudience.status).toBe(401);
		expect(wrongAudience.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token".*audience/);
		expect(((await wrongAudience.json()) as { error_description: string }).error_description).toContain(
			`audience: the token is for ${OTHER_RESOURCE}`
		);

		const idToken = await fetch(stack!.sessionUrl, { headers: bearer(other.idToken) });
		expect(idToken.status).toBe(401);
		expect(((await idToken.json()) as { error_description: string }).error_description).toMatch(/^type:/);

		// Same kid as the provider's key, signed by another key.
		const { privateKey } = await generateKeyPair('RS256');
		const forged = await new SignJWT({ scope: JMAP_SCOPES })
			.setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'demo-rs256' })
			.setIssuer(provider!.issuer)
			.setAudience(frontUrl)
			.setSubject(ADA.email)
			.setIssuedAt()
			.setExpirationTime('5m')
			.sign(privateKey);
		const forgedRes = await fetch(stack!.sessionUrl, { headers: bearer(forged) });
		expect(forgedRes.status).toBe(401);
		expect(((await forgedRes.json()) as { error_description: string }).error_description).toMatch(/^signature:/);
	});

	it('refuses an expired token (401, "expired")', async () => {
		// The demo provider's ttl.AccessToken wins over a resource's ttl: a second provider issues
		// 1-second tokens, checked by a second front (no clock leeway) before the same Cyrus.
		const port = await reservePort();
		const audience = `http://127.0.0.1:${port}`;
		const quick = await startDemoProvider({
			clients: [CLIENT],
			accessTokenTtl: 1,
			resources: { [audience]: { scope: JMAP_SCOPES } }
		});
		const front = await startJmapFront({
			cyrusUrl: stack!.cyrus.url,
			issuer: quick.issuer,
			audience,
			requiredScopes: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'],
			allowedOrigins: [APP_ORIGIN],
			credentialFor: (email) => (email === ADA.email ? stack!.cyrus.basicAuth(email) : undefined),
			port,
			clockToleranceSeconds: 0
		});
		try {
			const token = await accessToken({
				email: ADA.email,
				resource: audience,
				scope: JMAP_SCOPES,
				issuer: quick.issuer
			});
			const first = await fetch(front.sessionUrl, { headers: bearer(token.accessToken) });
			// Issued in the same second or the one before: usually still good on the first try.
			expect([200, 401]).toContain(first.status);
			// Already expired on the first try: its body is read below.
			if (first.status !== 401) await first.body?.cancel();
			// Poll until it expires (at most about a second).
			let res = first;
			for (const deadline = Date.now() + 3000; res.status !== 401 && Date.now() < deadline;) {
				await new Promise((resolve) => setTimeout(resolve, 100));
				res = await fetch(front.sessionUrl, { headers: bearer(token.accessToken) });
				if (res.status !== 401) await res.body?.cancel();
			}
			expect(res.status).toBe(401);
			expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token", error_description="expired: /);
			expect(((await res.json()) as { error_description: string }).error_description).toMatch(/^expired: /);
		} finally {
			await front.close();
			await quick.close();
		}
	});

	it('refuses a token without the JMAP mail scope (403 insufficient_scope) and an unknown user (403)', async () => {
		const { accessToken: coreOnly } = await accessToken({
			email: ADA.email,
			resource: frontUrl,
			scope: 'urn:ietf:params:jmap:core'
		});
		const res = await fetch(stack!.sessionUrl, { headers: bearer(coreOnly) });
		expect(res.status).toBe(403);
		expect(res.headers.get('www-authenticate')).toMatch(
			/^Bearer .*error="insufficient_scope".*scope="urn:ietf:params:jmap:core urn:ietf:params:jmap:mail"/
		);
		expect(((await res.json()) as { error_description: string }).error_description).toMatch(
			/^scope: the token lacks urn:ietf:params:jmap:mail/
		);

		const { accessToken: stranger } = await accessToken({
			email: 'nobody@example.test',
			resource: frontUrl,
			scope: JMAP_SCOPES
		});
		const unknown = await fetch(stack!.sessionUrl, { headers: bearer(stranger) });
		expect(unknown.status).toBe(403);
		expect(((await unknown.json()) as { error_description: string }).error_description).toContain(
			'"nobody@example.test" has no mailbox'
		);
	});

	it('answers CORS preflights for allowed origins only, and exposes WWW-Authenticate', async () => {
		const preflight = (origin: string) =>
			fetch(stack!.sessionUrl, {
				method: 'OPTIONS',
				headers: {
					origin,
					'access-control-request-method': 'POST',
					'access-control-request-headers': 'authorization, content-type'
				}
			});
		const ok = await preflight(APP_ORIGIN);
		expect(ok.status).toBe(204);
		expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST');
		expect(ok.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, Accept');
		expect(Number(ok.headers.get('access-control-max-age'))).toBeGreaterThan(0);
		expect(ok.headers.get('vary')).toBe('Origin');

		const evil = await preflight('http://127.0.0.1:6666');
		expect(evil.headers.get('access-control-allow-origin')).toBeNull();

		// Real responses carry CORS headers too, refusals included (the app must read WWW-Authenticate).
		const refused = await fetch(stack!.sessionUrl, { headers: { origin: APP_ORIGIN } });
		expect(refused.status).toBe(401);
		expect(refused.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(refused.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate');
		const served = await fetch(stack!.sessionUrl, { headers: bearer(adaToken, { origin: APP_ORIGIN }) });
		expect(served.status).toBe(200);
		expect(served.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(served.headers.get('vary')).toMatch(/Origin/);

		expect(stack!.front.requests.some((r) => r.method === 'OPTIONS' && r.status === 204)).toBe(true);
		expect(stack!.front.requests.some((r) => r.status === 200 && r.sub === ADA.email)).toBe(true);
	});
});
