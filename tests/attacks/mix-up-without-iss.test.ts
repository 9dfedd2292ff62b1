/**
 * Attack (RFC 9700 §4.4, "mix-up"): the person starts a sign-in at a connection whose provider
 * the attacker runs. The attacker's authorization server sends them on to an honest provider,
 * with the honest connection's client id and the same `state` and PKCE challenge. The honest
 * provider, which does not name itself (`iss`) in its answers, sends its code back to the app. If
 * the app took it for the sign-in it started, it would send the honest code and the verifier to
 * the attacker's token endpoint.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeSignIn, prepareSignIn } from '$lib/auth/signin';
import { FakeLocks, json, scriptedFetch, testStorage } from '$lib/auth/testing/fakes';
import { problemText } from '$lib/messages/problems';
import type { Storage } from '$lib/storage';

const CALLBACK = 'https://app.example.org/callback';
const ATTACKER = 'https://attacker.example';
const HONEST = 'https://honest.example';
const metadata = (issuer: string) => ({
	issuer,
	authorization_endpoint: `${issuer}/authorize`,
	token_endpoint: `${issuer}/token`,
	code_challenge_methods_supported: ['S256']
});

let storage: Storage;
let attacker: string;
let honest: string;
let account: string;

beforeEach(async () => {
	storage = testStorage();
	const a = await storage.connections.save({ name: 'Looks fine', provider: 'oidc', issuer: ATTACKER, clientId: 'a' });
	const h = await storage.connections.save({ name: 'Work', provider: 'oidc', issuer: HONEST, clientId: 'h' });
	if (!a.ok || !h.ok) throw new Error('connections');
	attacker = a.value.id;
	honest = h.value.id;
	const acc = await storage.accounts.save({ name: 'Ada', email: 'ada@example.com', connectionId: attacker });
	if (!acc.ok) throw new Error('account');
	account = acc.value.id;
	await storage.discovery.put(ATTACKER, metadata(ATTACKER), 60_000);
	await storage.discovery.put(HONEST, metadata(HONEST), 60_000);
});
afterEach(async () => {
	await storage.db.delete();
});

async function startAtAttacker() {
	const stored = await storage.accounts.get(account);
	const connection = await storage.connections.get(attacker);
	if (!stored || !connection) throw new Error('account');
	const started = await prepareSignIn(
		{ storage, callbackBase: CALLBACK, locks: new FakeLocks() },
		{ account: stored, connection }
	);
	if (!started.ok) throw new Error(problemText(started.error));
	const prepared = started.value;
	return { prepared, state: new URL(prepared.url).searchParams.get('state')! };
}

describe('mix-up without iss', () => {
	it('an answer at the honest connection’s address is refused: nothing goes to the attacker’s token endpoint', async () => {
		const { prepared, state } = await startAtAttacker();
		expect(new URL(prepared.url).searchParams.get('redirect_uri')).toBe(`${CALLBACK}/${attacker}`);
		const http = scriptedFetch([]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: CALLBACK, locks: new FakeLocks(), fetch: http.fetch },
			`${CALLBACK}/${honest}?code=honest-code&state=${state}`,
			prepared.pending
		);
		expect(outcome).toMatchObject({
			kind: 'failed',
			code: 'wrong-redirect',
			problem: {
				code: 'wrong-redirect',
				params: { arrived: `${CALLBACK}/${honest}`, expected: `${CALLBACK}/${attacker}`, connection: 'Looks fine' }
			}
		});
		expect(outcome.kind === 'failed' && problemText(outcome.problem)).toMatch(
			/^This answer arrived at .*, but its sign-in \(connection “Looks fine”\) asked the provider to answer at .*\. It was refused and nothing was sent or stored/
		);
		expect(http.calls).toEqual([]);
		expect(await storage.grants.get(account)).toBeUndefined();
	});

	it('connections still on the shared address: refused while several share it and the provider does not name itself', async () => {
		await storage.db.connections.toCollection().modify((row) => {
			row.sharedRedirect = true;
		});
		const { prepared, state } = await startAtAttacker();
		expect(new URL(prepared.url).searchParams.get('redirect_uri')).toBe(CALLBACK);
		const http = scriptedFetch([]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: CALLBACK, locks: new FakeLocks(), fetch: http.fetch },
			`${CALLBACK}?code=honest-code&state=${state}`,
			prepared.pending
		);
		expect(outcome).toMatchObject({
			kind: 'failed',
			code: 'shared-redirect',
			problem: { code: 'shared-redirect', params: { callback: CALLBACK } }
		});
		expect(outcome.kind === 'failed' && problemText(outcome.problem)).toMatch(
			/^Several connections here still share the redirect URI https:\/\/app\.example\.org\/callback, and this provider does not name itself/
		);
		expect(http.calls).toEqual([]);
	});

	it('a provider that names itself is still told apart on the shared address: another issuer is refused', async () => {
		await storage.db.connections.toCollection().modify((row) => {
			row.sharedRedirect = true;
		});
		const { prepared, state } = await startAtAttacker();
		const http = scriptedFetch([]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: CALLBACK, locks: new FakeLocks(), fetch: http.fetch },
			`${CALLBACK}?code=honest-code&state=${state}&iss=${encodeURIComponent(HONEST)}`,
			prepared.pending
		);
		expect(outcome).toMatchObject({
			kind: 'failed',
			code: 'issuer-mismatch',
			problem: { params: { iss: HONEST, issuer: ATTACKER } }
		});
		expect(http.calls).toEqual([]);
	});

	it('an error answer in another provider’s name is refused as such, not shown as a refusal', async () => {
		const { prepared, state } = await startAtAttacker();
		const outcome = await completeSignIn(
			{ storage, callbackBase: CALLBACK, locks: new FakeLocks() },
			`${CALLBACK}/${attacker}?error=access_denied&state=${state}&iss=${encodeURIComponent(HONEST)}`,
			prepared.pending
		);
		expect(outcome).toMatchObject({ kind: 'failed', code: 'issuer-mismatch', problem: { code: 'issuer-mismatch' } });
		expect(outcome.kind === 'failed' && problemText(outcome.problem)).toBe(
			`This response comes from “${HONEST}”, not from “${ATTACKER}”. It was refused and nothing was stored. Start again with Refresh token.`
		);
	});

	it('the one connection on the shared address still signs in there, as before', async () => {
		await storage.db.connections.update(attacker, { sharedRedirect: true });
		const { prepared, state } = await startAtAttacker();
		const nonce = new URL(prepared.url).searchParams.get('nonce');
		const now = Math.floor(Date.now() / 1000);
		const idToken = `e30.${Buffer.from(
			JSON.stringify({ iss: ATTACKER, sub: 's', aud: 'a', nonce, iat: now, exp: now + 60 })
		).toString('base64url')}.x`;
		const http = scriptedFetch([
			json({ access_token: 'at', token_type: 'Bearer', refresh_token: 'rt', id_token: idToken })
		]);
		const outcome = await completeSignIn(
			{ storage, callbackBase: CALLBACK, locks: new FakeLocks(), fetch: http.fetch },
			`${CALLBACK}?code=c&state=${state}`,
			prepared.pending
		);
		expect(outcome).toMatchObject({ kind: 'signed-in' });
		expect(http.calls[0]?.body.get('redirect_uri')).toBe(CALLBACK);
	});
});
