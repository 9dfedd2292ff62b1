import { err, ok, type Params, type Problem, type Result } from '$lib/config';
import { browserOnline, request, type HttpDeps } from './http';

/**
 * Dynamic Client Registration (RFC 7591) of the app as a public client, and deleting that
 * registration again (RFC 7592 §2.3). docs/zero-registration.md.
 */

export type RegistrationCode =
	| 'offline'
	| 'unreachable'
	| 'timeout'
	| 'needs-token'
	| 'refused'
	| 'http-status'
	| 'not-json'
	| 'no-client-id'
	| 'not-public';

export interface RegistrationProblem extends Problem<RegistrationCode> {
	readonly params: Params;
}

/** What the app asks to be registered as (RFC 7591 §2; `application_type` is OpenID Connect's). */
export interface ClientMetadata {
	readonly client_name: string;
	readonly client_uri?: string;
	readonly logo_uri?: string;
	readonly redirect_uris: readonly string[];
	readonly grant_types: readonly string[];
	readonly response_types: readonly string[];
	readonly token_endpoint_auth_method: 'none';
	readonly application_type: 'web';
	readonly scope?: string;
	readonly software_id?: string;
	readonly software_version?: string;
}

export interface Registered {
	readonly clientId: string;
	/** RFC 7591 §3.2.1: issued although we asked for none; kept sealed, like any client secret. */
	readonly clientSecret?: string;
	/** RFC 7592 §3: where the registration is read, changed and deleted, and the token for it. */
	readonly managementUri?: string;
	readonly managementToken?: string;
}

/**
 * The metadata of this app as a browser app: a public client (no secret: a browser keeps none),
 * Authorization Code with PKCE, refresh tokens. Shared by the registration request and the Client
 * ID Metadata Document the build writes (scripts/client-metadata.js writes the same fields).
 */
export function publicClientMetadata(options: {
	name: string;
	appUrl: string;
	redirectUri: string;
	logoUri?: string;
	scope?: string;
	version?: string;
}): ClientMetadata {
	return {
		client_name: options.name,
		client_uri: options.appUrl,
		...(options.logoUri ? { logo_uri: options.logoUri } : {}),
		redirect_uris: [options.redirectUri],
		grant_types: ['authorization_code', 'refresh_token'],
		response_types: ['code'],
		// Written out: RFC 7591 §2 makes `client_secret_basic` the default when it is absent.
		token_endpoint_auth_method: 'none',
		application_type: 'web',
		...(options.scope ? { scope: options.scope } : {}),
		software_id: 'oauth2-client',
		...(options.version ? { software_version: options.version } : {})
	};
}

function problem(code: RegistrationCode, params: Params = {}): RegistrationProblem {
	return { code, params };
}

/** Registers the app at `endpoint` (RFC 7591 §3.1): one request. */
export async function registerClient(
	endpoint: string,
	metadata: ClientMetadata,
	deps: HttpDeps
): Promise<Result<Registered, RegistrationProblem>> {
	const host = new URL(endpoint).host;
	if (!browserOnline(deps)) return err(problem('offline', { url: endpoint, host }));
	const answer = await request(
		endpoint,
		{
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(metadata),
			credentials: 'omit'
		},
		deps
	);
	if (!answer.ok)
		return err(problem(answer.failure === 'timeout' ? 'timeout' : 'unreachable', { url: endpoint, host }));
	const response = answer.response;
	let body: Record<string, unknown> | undefined;
	try {
		const parsed: unknown = await response.json();
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
			body = parsed as Record<string, unknown>;
	} catch {
		body = undefined;
	}
	// RFC 7591 §3.1.1: an open registration needs no token; one that wants an initial access token says 401/403.
	if (response.status === 401 || response.status === 403)
		return err(problem('needs-token', { host, status: response.status }));
	if (response.status === 400) {
		return err(
			problem('refused', {
				host,
				error: typeof body?.error === 'string' ? body.error : undefined,
				description: typeof body?.error_description === 'string' ? body.error_description : undefined
			})
		);
	}
	if (!response.ok) return err(problem('http-status', { host, status: response.status }));
	if (!body) return err(problem('not-json', { host }));
	if (typeof body.client_id !== 'string' || body.client_id === '') return err(problem('no-client-id', { host }));
	// The server must have registered what was asked: a public client.
	if (body.token_endpoint_auth_method !== undefined && body.token_endpoint_auth_method !== 'none') {
		return err(problem('not-public', { host, method: String(body.token_endpoint_auth_method) }));
	}
	const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
	const managementUri = text(body.registration_client_uri);
	const managementToken = text(body.registration_access_token);
	const clientSecret = text(body.client_secret);
	return ok({
		clientId: body.client_id,
		...(clientSecret ? { clientSecret } : {}),
		...(managementUri && managementToken ? { managementUri, managementToken } : {})
	});
}

/**
 * Deletes a registration (RFC 7592 §2.3): 204 when done; 401 also means it is gone (a token
 * of a deleted client is invalid). 403: the server does not let the client delete itself.
 */
export async function deleteRegistration(
	managementUri: string,
	token: string,
	deps: HttpDeps
): Promise<Result<'deleted' | 'gone', RegistrationProblem>> {
	const host = new URL(managementUri).host;
	if (!browserOnline(deps)) return err(problem('offline', { host }));
	const answer = await request(
		managementUri,
		{ method: 'DELETE', headers: { authorization: `Bearer ${token}` }, credentials: 'omit' },
		deps
	);
	if (!answer.ok) return err(problem(answer.failure === 'timeout' ? 'timeout' : 'unreachable', { host }));
	const status = answer.response.status;
	void answer.response.body?.cancel().catch(() => undefined);
	if (status === 204 || status === 200) return ok('deleted');
	if (status === 401 || status === 404) return ok('gone');
	if (status === 403) return err(problem('needs-token', { host, status }));
	return err(problem('http-status', { host, status }));
}
