/**
 * The provider twins over plain HTTP, without a browser: each behaviour the twins promise
 * (docs/providers.md) is driven here the way a client would meet it. The end-to-end tests then
 * run the app's presets against them under the providers' real host names.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwinsHttp, TWIN_CLIENTS } from './index.js';
import { CONSUMER_TENANT, CONTOSO_TENANT } from './microsoft.js';

const REDIRECT = 'http://127.0.0.1:8173/callback';
const APP_ORIGIN = new URL(REDIRECT).origin;
const GRAPH_SCOPES = ['User.Read', 'Mail.ReadBasic', 'Mail.Send'].map((s) => `https://graph.microsoft.com/${s}`);
const OUTLOOK_SCOPES = ['IMAP.AccessAsUser.All', 'SMTP.Send'].map((s) => `https://outlook.office.com/${s}`);

type Twins = Awaited<ReturnType<typeof startTwinsHttp>>;
let twins: Twins;
const origin = (realOrigin: string) => twins.origins[realOrigin]!;

/** A browser's cookie jar, for one person at one twin. */
function browser() {
	const cookies = new Map<string, string>();
	return async (url: string, init: RequestInit = {}) => {
		const res = await fetch(url, {
			...init,
			redirect: 'manual',
			headers: {
				...(init.headers as Record<string, string>),
				cookie: [...cookies].map((c) => c.join('=')).join('; ')
			}
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
}

/**
 * Follows an authorization request through the twin's pages as a person would (sign in with
 * `email`, allow) and answers the redirect back to the app, or the page it stopped at.
 */
async function authorize(
	go: ReturnType<typeof browser>,
	base: string,
	path: string,
	params: Record<string, string>,
	email: string
) {
	const verifier = randomBytes(32).toString('base64url');
	const query = new URLSearchParams({
		redirect_uri: REDIRECT,
		response_type: 'code',
		code_challenge: createHash('sha256').update(verifier).digest('base64url'),
		code_challenge_method: 'S256',
		state: 'state-1',
		...params
	});
	let res = await go(`${base}${path}?${query}`);
	for (let hop = 0; hop < 12; hop++) {
		const location = res.headers.get('location');
		if (!location) return { verifier, stopped: { status: res.status, text: await res.text() } };
		const next = new URL(location, base);
		if (next.href.startsWith(REDIRECT)) return { verifier, response: next.searchParams };
		if (next.pathname.includes('/interaction/')) {
			const page = await (await go(new URL(next.pathname, base).href)).text();
			const form = /action="([^"]*\/interaction\/[^"]+\/(login|consent))"/.exec(page);
			if (!form?.[1]) throw new Error(`unexpected page: ${page.slice(0, 400)}`);
			const body = form[2] === 'login' ? new URLSearchParams({ email }) : new URLSearchParams();
			res = await go(new URL(form[1], base).href, { method: 'POST', body });
		} else {
			res = await go(new URL(next.pathname + next.search, base).href);
		}
	}
	throw new Error('too many redirects');
}

async function tokenRequest(url: string, body: Record<string, string>, headers: Record<string, string> = {}) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_ORIGIN, ...headers },
		body: new URLSearchParams(body)
	});
	const text = await res.text();
	let json: Record<string, unknown>;
	try {
		json = JSON.parse(text);
	} catch {
		json = { text, status: res.status };
	}
	return { status: res.status, headers: res.headers, json };
}

function claims(jwt: unknown): Record<string, unknown> {
	return JSON.parse(Buffer.from(String(jwt).split('.')[1] ?? '', 'base64url').toString('utf8'));
}

beforeAll(async () => {
	twins = await startTwinsHttp({ redirectUris: [REDIRECT], daySeconds: 3, accessTokenTtl: 60 });
});
afterAll(async () => {
	await twins?.close();
});

describe('Microsoft twin', () => {
	const ms = () => origin('https://login.microsoftonline.com');
	const token = (tenant = 'common') => `${ms()}/${tenant}/oauth2/v2.0/token`;
	const clientId = TWIN_CLIENTS.microsoft.clientId;

	async function signIn(email: string, scopes: string[], tenant = 'common', extra: Record<string, string> = {}) {
		const go = browser();
		const { verifier, response, stopped } = await authorize(
			go,
			ms(),
			`/${tenant}/oauth2/v2.0/authorize`,
			{ client_id: clientId, scope: scopes.join(' '), login_hint: email, nonce: 'n-1', ...extra },
			email
		);
		if (!response) throw new Error(`sign-in stopped: ${stopped?.status} ${stopped?.text.slice(0, 300)}`);
		return { go, verifier, response };
	}

	it('publishes the multi-tenant issuer as a template, no iss parameter and no revocation endpoint', async () => {
		const common = (await (await fetch(`${ms()}/common/v2.0/.well-known/openid-configuration`)).json()) as Record<
			string,
			unknown
		>;
		expect(common.issuer).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
		expect(common).not.toHaveProperty('authorization_response_iss_parameter_supported');
		expect(common).not.toHaveProperty('revocation_endpoint');
		const consumers = (await (await fetch(`${ms()}/consumers/v2.0/.well-known/openid-configuration`)).json()) as {
			issuer: string;
		};
		expect(consumers.issuer).toBe(`https://login.microsoftonline.com/${CONSUMER_TENANT}/v2.0`);
	});

	it('signs a work account in at common: its tenant issues, no iss in the answer, one token per resource', async () => {
		const base = ['openid', 'email', 'profile', 'offline_access'];
		const { response, verifier } = await signIn('ada@contoso.test', [...base, ...GRAPH_SCOPES, ...OUTLOOK_SCOPES]);
		expect(response.get('code')).toBeTruthy();
		expect(response.get('iss')).toBeNull();
		const redeemed = await tokenRequest(token(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			code: response.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT,
			scope: [...base, ...GRAPH_SCOPES].join(' ')
		});
		expect(redeemed.status, JSON.stringify(redeemed.json)).toBe(200);
		expect(redeemed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		const id = claims(redeemed.json.id_token);
		expect(id).toMatchObject({
			iss: `https://login.microsoftonline.com/${CONTOSO_TENANT}/v2.0`,
			tid: CONTOSO_TENANT,
			aud: clientId,
			nonce: 'n-1',
			email: 'ada@contoso.test',
			name: 'Ada Lovelace'
		});
		expect(claims(redeemed.json.access_token).aud).toBe('https://graph.microsoft.com');
		// The same refresh token mints an Outlook token: Outlook was consented in the same request.
		const outlook = await tokenRequest(token(), {
			grant_type: 'refresh_token',
			client_id: clientId,
			refresh_token: String(redeemed.json.refresh_token),
			scope: [...OUTLOOK_SCOPES, 'offline_access'].join(' ')
		});
		expect(outlook.status, JSON.stringify(outlook.json)).toBe(200);
		const access = String(outlook.json.access_token);
		expect(claims(access).aud).toBe('https://outlook.office.com');
		expect(await twins.twins.microsoft.verifyOutlookToken(access)).toMatchObject({ ok: true });
		expect(await twins.twins.microsoft.verifyOutlookToken(String(redeemed.json.access_token))).toMatchObject({
			ok: false
		});
	});

	it('refuses a refresh for a resource the sign-in did not ask consent for (AADSTS65001)', async () => {
		const base = ['openid', 'email', 'profile', 'offline_access'];
		const { response, verifier } = await signIn('grace@outlook.test', [...base, ...GRAPH_SCOPES]);
		const redeemed = await tokenRequest(token(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			code: response.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		expect(redeemed.status, JSON.stringify(redeemed.json)).toBe(200);
		expect(claims(redeemed.json.id_token).tid).toBe(CONSUMER_TENANT);
		const outlook = await tokenRequest(token(), {
			grant_type: 'refresh_token',
			client_id: clientId,
			refresh_token: String(redeemed.json.refresh_token),
			scope: [...OUTLOOK_SCOPES, 'offline_access'].join(' ')
		});
		expect(outlook.status).toBe(400);
		expect(outlook.json.error).toBe('invalid_grant');
		expect(String(outlook.json.error_description)).toMatch(/^AADSTS65001: /);
	});

	it('refuses a client secret from a browser (AADSTS700025) and keeps a used refresh token working', async () => {
		const { response, verifier } = await signIn('alan@contoso.test', ['openid', 'offline_access', ...GRAPH_SCOPES]);
		const withSecret = await tokenRequest(token(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			client_secret: 'a-secret',
			code: response.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		expect(withSecret.status).toBe(401);
		expect(withSecret.json).toMatchObject({ error: 'invalid_client', error_codes: [700025] });
		const redeemed = await tokenRequest(token(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			code: response.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		expect(redeemed.status).toBe(200);
		const first = String(redeemed.json.refresh_token);
		const refresh = (refreshToken: string) =>
			tokenRequest(token(), {
				grant_type: 'refresh_token',
				client_id: clientId,
				refresh_token: refreshToken,
				scope: GRAPH_SCOPES.join(' ')
			});
		const once = await refresh(first);
		expect(once.status, JSON.stringify(once.json)).toBe(200);
		expect(once.json.refresh_token).not.toBe(first);
		// Microsoft does not revoke the refresh token it replaced.
		expect((await refresh(first)).status).toBe(200);
	});

	it('ends a single-page app’s sign-in after one (scaled) day: AADSTS700084', async () => {
		const { response, verifier } = await signIn('ada@contoso.test', ['openid', 'offline_access', ...GRAPH_SCOPES]);
		const redeemed = await tokenRequest(token(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			code: response.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		const refreshToken = String(redeemed.json.refresh_token);
		// One day lasts 3 s here; renewing within it does not extend it.
		await new Promise((ok) => setTimeout(ok, 1500));
		const renewed = await tokenRequest(token(), {
			grant_type: 'refresh_token',
			client_id: clientId,
			refresh_token: refreshToken,
			scope: GRAPH_SCOPES.join(' ')
		});
		expect(renewed.status, JSON.stringify(renewed.json)).toBe(200);
		await new Promise((ok) => setTimeout(ok, 2000));
		const late = await tokenRequest(token(), {
			grant_type: 'refresh_token',
			client_id: clientId,
			refresh_token: String(renewed.json.refresh_token),
			scope: GRAPH_SCOPES.join(' ')
		});
		expect(late.status).toBe(400);
		expect(late.json.error).toBe('invalid_grant');
		expect(String(late.json.error_description)).toMatch(/^AADSTS700084: /);
	});

	it('signs in silently with prompt=none while the person has a session, and says AADSTS50058 when not', async () => {
		const { go } = await signIn('ada@contoso.test', ['openid', 'offline_access', ...GRAPH_SCOPES]);
		const silent = await authorize(
			go,
			ms(),
			'/common/oauth2/v2.0/authorize',
			{
				client_id: clientId,
				scope: ['openid', 'offline_access', ...GRAPH_SCOPES].join(' '),
				login_hint: 'ada@contoso.test',
				prompt: 'none'
			},
			'ada@contoso.test'
		);
		expect(silent.response?.get('code')).toBeTruthy();
		const stranger = await authorize(
			browser(),
			ms(),
			'/common/oauth2/v2.0/authorize',
			{ client_id: clientId, scope: 'openid offline_access', login_hint: 'ada@contoso.test', prompt: 'none' },
			'ada@contoso.test'
		);
		expect(stranger.response?.get('error')).toBe('login_required');
		expect(stranger.response?.get('error_description')).toMatch(/^AADSTS50058: /);
	});

	it('keeps consumers and organizations to their own kind of account', async () => {
		const atConsumers = await authorize(
			browser(),
			ms(),
			'/consumers/oauth2/v2.0/authorize',
			{ client_id: clientId, scope: 'openid', login_hint: 'ada@contoso.test' },
			'ada@contoso.test'
		);
		expect(atConsumers.stopped?.status).toBe(400);
		const { response } = await signIn('grace@outlook.test', ['openid'], 'consumers');
		expect(response.get('code')).toBeTruthy();
		const atOrganizations = await authorize(
			browser(),
			ms(),
			'/organizations/oauth2/v2.0/authorize',
			{ client_id: clientId, scope: 'openid', login_hint: 'grace@outlook.test' },
			'grace@outlook.test'
		);
		expect(atOrganizations.stopped?.status).toBe(400);
	});
});

describe('Google twin', () => {
	const accounts = () => origin('https://accounts.google.com');
	const tokenUrl = () => `${origin('https://oauth2.googleapis.com')}/token`;
	const { clientId, clientSecret } = TWIN_CLIENTS.google;
	const GMAIL = 'https://www.googleapis.com/auth/gmail.';

	async function signIn(go: ReturnType<typeof browser>, email: string, extra: Record<string, string>) {
		const { response, verifier, stopped } = await authorize(
			go,
			accounts(),
			'/o/oauth2/v2/auth',
			{ client_id: clientId, scope: `openid email ${GMAIL}labels ${GMAIL}send`, login_hint: email, ...extra },
			email
		);
		if (!response) throw new Error(`sign-in stopped: ${stopped?.status} ${stopped?.text.slice(0, 300)}`);
		return { response, verifier };
	}
	const redeem = (code: string, verifier: string, secret: string | undefined = clientSecret) =>
		tokenRequest(tokenUrl(), {
			grant_type: 'authorization_code',
			client_id: clientId,
			code,
			code_verifier: verifier,
			redirect_uri: REDIRECT,
			...(secret ? { client_secret: secret } : {})
		});

	it('wants the client secret even with PKCE, names its issuer, and issues refresh tokens the way Google does', async () => {
		const go = browser();
		const first = await signIn(go, 'ada@gmail.test', { access_type: 'offline' });
		expect(first.response.get('iss')).toBe('https://accounts.google.com');
		const noSecret = await redeem(first.response.get('code')!, first.verifier, '');
		expect(noSecret).toMatchObject({
			status: 400,
			json: { error: 'invalid_request', error_description: 'client_secret is missing.' }
		});
		const tokens = await redeem(first.response.get('code')!, first.verifier);
		expect(tokens.status, JSON.stringify(tokens.json)).toBe(200);
		expect(tokens.json.refresh_token).toBeTruthy();
		expect(claims(tokens.json.id_token).iss).toBe('https://accounts.google.com');
		// The same person again, offline but without prompt=consent: no new refresh token.
		const again = await signIn(go, 'ada@gmail.test', { access_type: 'offline' });
		const second = await redeem(again.response.get('code')!, again.verifier);
		expect(second.status).toBe(200);
		expect(second.json.refresh_token).toBeUndefined();
		const consent = await signIn(go, 'ada@gmail.test', { access_type: 'offline', prompt: 'consent' });
		expect((await redeem(consent.response.get('code')!, consent.verifier)).json.refresh_token).toBeTruthy();
		// Without access_type=offline, never.
		const online = await signIn(browser(), 'grace@gmail.test', { prompt: 'consent' });
		expect((await redeem(online.response.get('code')!, online.verifier)).json.refresh_token).toBeUndefined();
	});

	it('lets the Gmail API in per method by the scopes its reference lists', async () => {
		const { response, verifier } = await signIn(browser(), 'ada@gmail.test', { access_type: 'offline' });
		const access = String((await redeem(response.get('code')!, verifier)).json.access_token);
		const gmail = (path: string, init: RequestInit = {}) =>
			fetch(`${origin('https://gmail.googleapis.com')}/gmail/v1/users/me${path}`, {
				...init,
				headers: { authorization: `Bearer ${access}`, ...(init.headers as Record<string, string>) }
			});
		expect((await gmail('/labels')).status).toBe(200);
		expect((await gmail('/labels/INBOX')).status).toBe(200);
		// gmail.labels and gmail.send do not open the profile (it needs a read scope).
		const profile = await gmail('/profile');
		expect(profile.status).toBe(403);
		expect(await profile.json()).toMatchObject({ error: { status: 'PERMISSION_DENIED' } });
		const send = await gmail('/messages/send', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ raw: Buffer.from('To: grace@example.test\r\n\r\nHi').toString('base64url') })
		});
		expect(send.status).toBe(200);
		expect((await gmail('/labels', { headers: { authorization: 'Bearer made-up' } })).status).toBe(401);
	});
});

describe('Fastmail and Yahoo twins', () => {
	it('Fastmail: a public client with PKCE, iss in the answer, a token endpoint called refresh, revocation', async () => {
		const api = origin('https://api.fastmail.com');
		const { response, verifier } = await authorize(
			browser(),
			api,
			'/oauth/authorize',
			{
				client_id: TWIN_CLIENTS.fastmail.clientId,
				scope: 'urn:ietf:params:jmap:core urn:ietf:params:jmap:mail https://www.fastmail.com/dev/protocol-imap'
			},
			'ada@fastmail.test'
		);
		expect(response?.get('iss')).toBe('https://api.fastmail.com');
		const tokens = await tokenRequest(`${api}/oauth/refresh`, {
			grant_type: 'authorization_code',
			client_id: TWIN_CLIENTS.fastmail.clientId,
			code: response!.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		expect(tokens.status, JSON.stringify(tokens.json)).toBe(200);
		expect(tokens.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(tokens.json.refresh_token).toBeTruthy();
		const revoked = await tokenRequest(`${api}/oauth/revoke`, {
			token: String(tokens.json.refresh_token),
			client_id: TWIN_CLIENTS.fastmail.clientId
		});
		expect(revoked.status).toBe(200);
	});

	it('Yahoo-like: its token endpoint answers a browser without CORS headers', async () => {
		const api = origin('https://api.login.yahoo.com');
		const { response, verifier } = await authorize(
			browser(),
			api,
			'/oauth2/request_auth',
			{ client_id: TWIN_CLIENTS.yahoo.clientId, scope: 'mail-w' },
			'ada@yahoo.test'
		);
		const tokens = await tokenRequest(`${api}/oauth2/get_token`, {
			grant_type: 'authorization_code',
			client_id: TWIN_CLIENTS.yahoo.clientId,
			client_secret: TWIN_CLIENTS.yahoo.clientSecret,
			code: response!.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT
		});
		expect(tokens.status, JSON.stringify(tokens.json)).toBe(200);
		expect(tokens.headers.get('access-control-allow-origin')).toBeNull();
	});
});
