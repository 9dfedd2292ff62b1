import { afterEach, describe, expect, it } from 'vitest';
import type { Fetch } from '$lib/auth';
import { emailDomain, KNOWN_DOMAIN_COUNT, presetForDomain } from '$lib/providers';
import { connectFound, findProvider, planForEmail, removeMadeConnection } from './email';
import { connection, dropStorages, testContext } from './testing';

afterEach(dropStorages);

const SESSION = 'https://mail.example.org/jmap/session';
const PRM = 'https://mail.example.org/.well-known/oauth-protected-resource/jmap/session';
const ISSUER = 'https://id.example.org';
const METADATA = {
	issuer: ISSUER,
	authorization_endpoint: `${ISSUER}/auth`,
	token_endpoint: `${ISSUER}/token`,
	registration_endpoint: `${ISSUER}/reg`,
	scopes_supported: ['openid', 'email', 'profile', 'offline_access', 'urn:ietf:params:jmap:mail'],
	code_challenge_methods_supported: ['S256'],
	client_id_metadata_document_supported: true
};

/** The mail domain example.org: autodiscovery, its metadata, the server's; registration and its deletion. */
function exampleOrg(options: { registration?: unknown; metadata?: object } = {}) {
	const asked: string[] = [];
	const fetch: Fetch = async (input, init) => {
		const url = String(input);
		asked.push(`${init?.method ?? 'GET'} ${url}`);
		const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
		if (url === 'https://example.org/.well-known/jmap') {
			const r = new Response(null, {
				status: 401,
				headers: { 'www-authenticate': `Bearer resource_metadata="${PRM}"` }
			});
			Object.defineProperty(r, 'url', { value: SESSION });
			return r;
		}
		if (url === PRM)
			return json({
				resource: SESSION,
				authorization_servers: [ISSUER],
				scopes_supported: ['urn:ietf:params:jmap:mail']
			});
		if (url === `${ISSUER}/.well-known/oauth-authorization-server`) return json({ ...METADATA, ...options.metadata });
		if (url === `${ISSUER}/reg` && init?.method === 'POST') {
			return json(
				options.registration ?? {
					client_id: 'dyn-1',
					registration_client_uri: `${ISSUER}/reg/dyn-1`,
					registration_access_token: 'rat-1'
				},
				201
			);
		}
		if (url === `${ISSUER}/reg/dyn-1` && init?.method === 'DELETE') return new Response(null, { status: 204 });
		throw new TypeError('Failed to fetch');
	};
	return { fetch, asked };
}

describe('the domains the presets know', () => {
	it('knows Google’s, Microsoft’s, Yahoo’s, AOL’s and Fastmail’s consumer domains', () => {
		expect(presetForDomain('gmail.com')).toBe('google');
		expect(presetForDomain('GoogleMail.com')).toBe('google');
		expect(['outlook.com', 'hotmail.com', 'live.com'].map(presetForDomain)).toEqual([
			'microsoft',
			'microsoft',
			'microsoft'
		]);
		expect(presetForDomain('yahoo.com')).toBe('yahoo');
		expect(presetForDomain('aol.com')).toBe('aol');
		expect(['fastmail.com', 'fastmail.fm', 'sent.com', 'eml.cc'].map(presetForDomain)).toEqual([
			'fastmail',
			'fastmail',
			'fastmail',
			'fastmail'
		]);
		expect(presetForDomain('example.org')).toBeUndefined();
		expect(KNOWN_DOMAIN_COUNT).toBe(124);
	});

	it('reads the domain of an address, or none', () => {
		expect(emailDomain(' Ada@Example.ORG ')).toBe('example.org');
		expect(emailDomain('ada@example.org.')).toBe('example.org');
		expect(emailDomain('ada')).toBeUndefined();
		expect(emailDomain('ada@localhost')).toBeUndefined();
		expect(emailDomain('ada@exa mple.org')).toBeUndefined();
	});
});

describe('planForEmail: what the address alone decides', () => {
	it('sends a preset’s domain straight to its connection, or says one is needed', async () => {
		const { storage } = testContext();
		const id = await connection(storage, {
			name: 'Google',
			provider: 'google',
			clientId: 'c.apps.googleusercontent.com'
		});
		const google = (await storage.connections.get(id))!;
		expect(planForEmail('ada@gmail.com', [google], [])).toMatchObject({ kind: 'connection', connection: { id } });
		expect(planForEmail('ada@outlook.com', [google], [])).toEqual({
			kind: 'preset-missing',
			provider: 'microsoft',
			domain: 'outlook.com'
		});
		expect(planForEmail('ada@example.org', [google], [])).toEqual({ kind: 'discover', domain: 'example.org' });
		expect(planForEmail('not an address', [google], [])).toEqual({ kind: 'invalid' });
	});
});

describe('findProvider and connectFound', () => {
	it('identifies the app by its metadata document where the server takes it and this deployment has one', async () => {
		const { fetch, asked } = exampleOrg();
		const { ctx, storage } = testContext({ fetch });
		const found = await findProvider({ ...ctx, clientMetadataDocument: true }, 'example.org');
		expect(found.ok && found.value.method).toBe('cimd');
		const cimdCtx = { ...ctx, clientMetadataDocument: true };
		const made = await connectFound(cimdCtx, found.ok ? found.value : (undefined as never), 'ada@example.org');
		expect(made.ok).toBe(true);
		const [saved] = (await storage.connections.list()).items;
		expect(saved).toMatchObject({
			name: 'id.example.org',
			provider: 'oidc',
			issuer: ISSUER,
			clientId: 'https://app.example/oauth-client.json',
			registered: { method: 'cimd', domains: ['example.org'], sessionUrl: SESSION, manageable: false }
		});
		expect(saved!.scopes).toContain('urn:ietf:params:jmap:mail');
		const [account] = (await storage.accounts.list()).items;
		expect(account).toMatchObject({
			email: 'ada@example.org',
			transport: 'jmap',
			servers: { jmap: { sessionUrl: SESSION } }
		});
		// Nothing was registered; the server's metadata waits in the discovery cache for the sign-in.
		expect(asked.filter((a) => a.startsWith('POST'))).toEqual([]);
		expect((await storage.discovery.fresh(ISSUER))?.metadata).toMatchObject({ issuer: ISSUER });
	});

	it('registers itself (RFC 7591) where there is no metadata document, keeping the management token sealed', async () => {
		const { fetch, asked } = exampleOrg();
		const { ctx, storage } = testContext({ fetch });
		const found = await findProvider(ctx, 'example.org');
		expect(found.ok && found.value.method).toBe('dcr');
		const made = await connectFound(ctx, found.ok ? found.value : (undefined as never), 'ada@example.org');
		expect(made.ok).toBe(true);
		const connectionId = made.ok ? made.value.connectionId : '';
		const saved = await storage.connections.get(connectionId);
		expect(saved).toMatchObject({ clientId: 'dyn-1', registered: { method: 'dcr', manageable: true } });
		// The redirect URI registered is the connection's own.
		const post = asked.find((a) => a.startsWith('POST'));
		expect(post).toBe(`POST ${ISSUER}/reg`);
		// The token is stored sealed, not in the clear.
		const row = await storage.db.connections.get(connectionId);
		expect(JSON.stringify(row)).not.toContain('rat-1');
		expect(await storage.connections.management(connectionId)).toEqual({ uri: `${ISSUER}/reg/dyn-1`, token: 'rat-1' });

		// Its account gone, the connection goes, and the registration with it (RFC 7592).
		await storage.accounts.delete(made.ok ? made.value.accountId : '');
		expect(await removeMadeConnection(ctx, connectionId)).toEqual({
			kind: 'removed',
			registration: 'deleted',
			host: 'id.example.org'
		});
		expect(asked).toContain(`DELETE ${ISSUER}/reg/dyn-1`);
		expect(await storage.connections.get(connectionId)).toBeUndefined();
	});

	it('never asks twice for a domain it resolved', async () => {
		const { fetch, asked } = exampleOrg();
		const { ctx } = testContext({ fetch });
		await findProvider(ctx, 'example.org');
		const count = asked.length;
		const again = await findProvider(ctx, 'example.org');
		expect(again.ok && again.value).toMatchObject({ remembered: true, requests: 0 });
		expect(asked).toHaveLength(count);
	});

	it('says when a server offers no way in, and keeps nothing', async () => {
		const { fetch } = exampleOrg({
			metadata: { registration_endpoint: undefined, client_id_metadata_document_supported: false }
		});
		const { ctx, storage } = testContext({ fetch });
		const found = await findProvider({ ...ctx, clientMetadataDocument: true }, 'example.org');
		expect(found.ok && found.value.method).toBe('none');
		const made = await connectFound(ctx, found.ok ? found.value : (undefined as never), 'ada@example.org');
		expect(made).toEqual({ ok: false, error: { step: 'save', code: 'no-method', params: { issuer: ISSUER } } });
		expect((await storage.connections.list()).items).toEqual([]);
	});

	it('stores nothing when the registration is refused', async () => {
		const { fetch } = exampleOrg({ registration: { error: 'invalid_client_metadata' } });
		const { ctx, storage } = testContext({ fetch });
		const found = await findProvider(ctx, 'example.org');
		const made = await connectFound(ctx, found.ok ? found.value : (undefined as never), 'ada@example.org');
		expect(made.ok).toBe(false);
		expect((await storage.connections.list()).items).toEqual([]);
		expect((await storage.accounts.list()).items).toEqual([]);
	});
});
