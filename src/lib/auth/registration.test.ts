import { describe, expect, it } from 'vitest';
import type { Fetch } from './http';
import { deleteRegistration, publicClientMetadata, registerClient } from './registration';

const METADATA = publicClientMetadata({
	name: 'OAuth2 Client',
	appUrl: 'https://mail.example.org/',
	redirectUri: 'https://mail.example.org/callback/4f1c',
	scope: 'openid offline_access'
});

function answering(status: number, body?: unknown) {
	const requests: { url: string; init: RequestInit | undefined }[] = [];
	const fetch: Fetch = async (input, init) => {
		requests.push({ url: String(input), init });
		return new Response(body === undefined ? null : JSON.stringify(body), { status });
	};
	return { fetch, requests };
}

describe('Dynamic Client Registration (RFC 7591)', () => {
	it('asks to be a public client with PKCE and refresh tokens, at its one redirect URI', async () => {
		const { fetch, requests } = answering(201, { client_id: 'c-123', token_endpoint_auth_method: 'none' });
		const result = await registerClient('https://id.example.org/reg', METADATA, { fetch });
		expect(result).toEqual({ ok: true, value: { clientId: 'c-123' } });
		const sent = JSON.parse(String(requests[0]!.init!.body)) as Record<string, unknown>;
		expect(sent).toMatchObject({
			redirect_uris: ['https://mail.example.org/callback/4f1c'],
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			token_endpoint_auth_method: 'none',
			application_type: 'web',
			scope: 'openid offline_access'
		});
		expect(requests[0]!.init!.method).toBe('POST');
		expect(requests[0]!.init!.credentials).toBe('omit');
	});

	it('keeps what RFC 7592 needs to delete it, and a secret if one is issued after all', async () => {
		const { fetch } = answering(201, {
			client_id: 'c-1',
			client_secret: 's3cret',
			registration_client_uri: 'https://id.example.org/reg/c-1',
			registration_access_token: 'rat'
		});
		expect(await registerClient('https://id.example.org/reg', METADATA, { fetch })).toEqual({
			ok: true,
			value: {
				clientId: 'c-1',
				clientSecret: 's3cret',
				managementUri: 'https://id.example.org/reg/c-1',
				managementToken: 'rat'
			}
		});
	});

	it('says why a registration was refused', async () => {
		const refused = await registerClient(
			'https://id.example.org/reg',
			METADATA,
			answering(400, { error: 'invalid_redirect_uri', error_description: 'not allowed' })
		);
		expect(refused).toEqual({
			ok: false,
			error: {
				code: 'refused',
				params: { host: 'id.example.org', error: 'invalid_redirect_uri', description: 'not allowed' }
			}
		});
		const closed = await registerClient('https://id.example.org/reg', METADATA, answering(401));
		expect(!closed.ok && closed.error.code).toBe('needs-token');
		const confidential = await registerClient(
			'https://id.example.org/reg',
			METADATA,
			answering(201, { client_id: 'x', token_endpoint_auth_method: 'client_secret_basic' })
		);
		expect(!confidential.ok && confidential.error).toEqual({
			code: 'not-public',
			params: { host: 'id.example.org', method: 'client_secret_basic' }
		});
		const empty = await registerClient('https://id.example.org/reg', METADATA, answering(201, { client_name: 'x' }));
		expect(!empty.ok && empty.error.code).toBe('no-client-id');
	});
});

describe('deleting a registration (RFC 7592 §2.3)', () => {
	it('sends DELETE with the registration access token; 204 is deleted, 401 gone, 403 refused', async () => {
		const done = answering(204);
		expect(await deleteRegistration('https://id.example.org/reg/c-1', 'rat', done)).toEqual({
			ok: true,
			value: 'deleted'
		});
		expect(done.requests[0]!.init).toMatchObject({ method: 'DELETE', headers: { authorization: 'Bearer rat' } });
		expect(await deleteRegistration('https://id.example.org/reg/c-1', 'rat', answering(401))).toEqual({
			ok: true,
			value: 'gone'
		});
		const forbidden = await deleteRegistration('https://id.example.org/reg/c-1', 'rat', answering(403));
		expect(!forbidden.ok && forbidden.error.code).toBe('needs-token');
	});
});
