import {
	bearerChallengeParams,
	checkEndpointUrl,
	err,
	isLoopbackHost,
	ok,
	type Params,
	type Problem,
	type Result
} from '$lib/config';
import { validateMetadata } from './discovery';
import { browserOnline, request, type HttpDeps } from './http';
import type { DiscoveryCode } from './problems';

/**
 * Finding the provider of an email address's domain, with no configuration and no account
 * anywhere (docs/zero-registration.md has the sequence of requests):
 *
 * 1. JMAP autodiscovery, RFC 8620 §2.2: `https://<domain>/.well-known/jmap`, following redirects,
 *    to the JMAP Session resource. Asked without credentials, it answers 401;
 * 2. its challenge's `resource_metadata` (RFC 9728 §5.1), or else the well-known location
 *    (RFC 9728 §3) of the session URL: the Protected Resource Metadata, whose `resource` must be
 *    exactly the URL that answered (§3.3);
 * 3. its first `authorization_servers` entry, an issuer identifier;
 * 4. that server's metadata: RFC 8414 §3, then OpenID Connect Discovery 1.0 §4; `issuer` must be
 *    exactly that identifier (RFC 8414 §3.3), endpoints https, PKCE S256 listed.
 *
 * Nothing is followed or used over plain http, except on loopback when `allowLoopbackHttp` (the
 * local demo). Every problem names the step it happened in.
 */

/** The steps, in order: each problem and each line of progress names one. */
export const DOMAIN_STEPS = ['autodiscovery', 'resource', 'server', 'registration'] as const;
export type DomainStep = (typeof DOMAIN_STEPS)[number];

export type DomainDiscoveryCode =
	| 'offline'
	| 'unreachable'
	| 'timeout'
	| 'insecure-url'
	| 'http-status'
	| 'not-json'
	| 'no-jmap'
	| 'no-resource-metadata'
	| 'resource-mismatch'
	| 'no-authorization-servers'
	| 'issuer-mismatch'
	| 'missing-endpoint'
	| 'no-s256'
	| 'no-metadata';

/** A problem, with the step it happened in (`params.step`) and the URL asked (`params.url`). */
export interface DomainProblem extends Problem<DomainDiscoveryCode> {
	readonly step: DomainStep;
	readonly params: Params;
}

/** The server metadata fields this flow reads (RFC 8414 §2, OpenID Connect Discovery §3, CIMD §6). */
export interface ServerMetadata {
	readonly issuer: string;
	readonly authorization_endpoint: string;
	readonly token_endpoint: string;
	readonly revocation_endpoint?: string;
	readonly registration_endpoint?: string;
	readonly code_challenge_methods_supported?: readonly string[];
	readonly scopes_supported?: readonly string[];
	readonly client_id_metadata_document_supported?: boolean;
	readonly [key: string]: unknown;
}

export interface FoundProvider {
	readonly domain: string;
	/** The JMAP Session resource that answered autodiscovery (after redirects). */
	readonly sessionUrl: string;
	/** The Protected Resource Metadata's scopes, if it lists them (RFC 9728 §2 `scopes_supported`). */
	readonly resourceScopes?: readonly string[];
	readonly issuer: string;
	readonly metadata: ServerMetadata;
	/** Where the metadata came from: RFC 8414's or OpenID Connect's well-known address. */
	readonly metadataKind: 'oauth' | 'openid';
	/** Requests sent (the bench holds the whole flow to 4). */
	readonly requests: number;
}

export interface DomainDiscoveryDeps extends HttpDeps {
	/** The local demo: plain http on loopback is acceptable (never in an ordinary build). */
	readonly allowLoopbackHttp?: boolean;
	/** Told as each step starts, and what it found (progress for the person). */
	readonly onStep?: (step: DomainStep, found?: Params) => void;
	readonly signal?: AbortSignal;
}

/** RFC 8620 §2.2: where a domain's JMAP Session resource is found without SRV (browsers have none). */
export function jmapWellKnown(domain: string): string {
	return `https://${domain}/.well-known/jmap`;
}

/**
 * RFC 9728 §3.1: `/.well-known/oauth-protected-resource` inserted between the host and the path
 * (a terminating slash after the host removed). Also RFC 8414 §3.1 with its own suffix.
 */
export function insertedWellKnown(identifier: string, suffix: string): string {
	const url = new URL(identifier);
	const path = url.pathname === '/' ? '' : url.pathname;
	return `${url.origin}/.well-known/${suffix}${path}${url.search}`;
}

/**
 * The server metadata addresses to try for an issuer, in order: RFC 8414 §3 (inserted), then
 * OpenID Connect Discovery §4 (appended, a terminating slash removed).
 */
export function metadataUrls(issuer: string): { url: string; kind: 'oauth' | 'openid' }[] {
	return [
		{ url: insertedWellKnown(issuer, 'oauth-authorization-server'), kind: 'oauth' },
		{ url: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, kind: 'openid' }
	];
}

/** An address the flow may follow: https, or http on loopback in the demo. */
function secure(raw: unknown, deps: DomainDiscoveryDeps): string | undefined {
	if (typeof raw !== 'string') return undefined;
	const checked = checkEndpointUrl(raw);
	if (!checked.ok) return undefined;
	if (checked.url.protocol === 'http:' && !(deps.allowLoopbackHttp && isLoopbackHost(checked.url.hostname))) {
		return undefined;
	}
	return raw;
}

type Fetched = { ok: true; response: Response } | { ok: false; problem: DomainProblem };

function problem(step: DomainStep, code: DomainDiscoveryCode, params: Params = {}): DomainProblem {
	return { step, code, params: { ...params, step } };
}

async function get(step: DomainStep, url: string, deps: DomainDiscoveryDeps, count: () => void): Promise<Fetched> {
	if (!browserOnline(deps)) return { ok: false, problem: problem(step, 'offline', { url }) };
	count();
	const answer = await request(
		url,
		{
			headers: { accept: 'application/json' },
			credentials: 'omit',
			redirect: 'follow',
			...(deps.signal ? { signal: deps.signal } : {})
		},
		deps
	);
	if (!answer.ok) {
		return { ok: false, problem: problem(step, answer.failure === 'timeout' ? 'timeout' : 'unreachable', { url }) };
	}
	return { ok: true, response: answer.response };
}

async function json(
	step: DomainStep,
	url: string,
	response: Response
): Promise<Result<Record<string, unknown>, DomainProblem>> {
	try {
		const body: unknown = await response.json();
		if (typeof body === 'object' && body !== null && !Array.isArray(body)) return ok(body as Record<string, unknown>);
	} catch {
		// Not JSON: said below.
	}
	return err(problem(step, 'not-json', { url }));
}

/**
 * Finds the provider of a domain's mail (JMAP) through autodiscovery, RFC 9728 and RFC 8414 /
 * OpenID Connect Discovery: three requests when the server answers at the first metadata address.
 */
export async function discoverDomain(
	domain: string,
	deps: DomainDiscoveryDeps = {}
): Promise<Result<FoundProvider, DomainProblem>> {
	let requests = 0;
	const count = () => {
		requests += 1;
	};

	// 1. JMAP autodiscovery.
	deps.onStep?.('autodiscovery', { domain });
	const start = jmapWellKnown(domain);
	const jmap = await get('autodiscovery', start, deps, count);
	if (!jmap.ok) return err(jmap.problem);
	// `fetch` followed the redirects; the session resource is where it ended.
	const sessionUrl = jmap.response.url || start;
	if (!secure(sessionUrl, deps)) return err(problem('autodiscovery', 'insecure-url', { url: sessionUrl }));
	if (jmap.response.status === 404) return err(problem('autodiscovery', 'no-jmap', { url: start, domain }));
	if (jmap.response.status !== 401 && !jmap.response.ok) {
		return err(problem('autodiscovery', 'http-status', { url: sessionUrl, status: jmap.response.status }));
	}
	const challenge = bearerChallengeParams(jmap.response.headers.get('www-authenticate'));
	void jmap.response.body?.cancel().catch(() => undefined);

	// 2. The Protected Resource Metadata: from the challenge, else at its well-known address.
	const named = challenge?.['resource_metadata'];
	const prmUrl = named ?? insertedWellKnown(sessionUrl, 'oauth-protected-resource');
	if (!secure(prmUrl, deps)) return err(problem('resource', 'insecure-url', { url: prmUrl }));
	deps.onStep?.('resource', { session: sessionUrl, host: new URL(sessionUrl).host });
	const prm = await get('resource', prmUrl, deps, count);
	if (!prm.ok) return err(prm.problem);
	if (!prm.response.ok) {
		return err(
			problem('resource', prm.response.status === 404 ? 'no-resource-metadata' : 'http-status', {
				url: prmUrl,
				status: prm.response.status
			})
		);
	}
	const resourceBody = await json('resource', prmUrl, prm.response);
	if (!resourceBody.ok) return resourceBody;
	const resource = resourceBody.value;
	// RFC 9728 §3.3: `resource` must be the URL the request was made to, or nothing is used.
	if (resource.resource !== sessionUrl) {
		return err(
			problem('resource', 'resource-mismatch', {
				url: prmUrl,
				named: typeof resource.resource === 'string' ? resource.resource : '',
				expected: sessionUrl
			})
		);
	}
	const servers = resource.authorization_servers;
	const first = Array.isArray(servers) ? servers[0] : undefined;
	if (typeof first !== 'string') return err(problem('resource', 'no-authorization-servers', { url: prmUrl }));
	const issuer = secure(first, deps);
	if (!issuer) return err(problem('resource', 'insecure-url', { url: first }));
	const scopes = Array.isArray(resource.scopes_supported)
		? resource.scopes_supported.filter((s): s is string => typeof s === 'string')
		: undefined;

	// 3. The authorization server's metadata.
	deps.onStep?.('server', { issuer, host: new URL(issuer).host });
	let last: DomainProblem | undefined;
	for (const { url, kind } of metadataUrls(issuer)) {
		const answer = await get('server', url, deps, count);
		if (!answer.ok) return err(answer.problem);
		// RFC 8414 §3: another address is tried only where this one has no document.
		if (answer.response.status === 404) {
			last = problem('server', 'no-metadata', { url, issuer });
			continue;
		}
		if (!answer.response.ok) return err(problem('server', 'http-status', { url, status: answer.response.status }));
		const body = await json('server', url, answer.response);
		if (!body.ok) return body;
		const checked = checkServerMetadata(body.value, issuer, url, deps);
		if (!checked.ok) return checked;
		return ok({
			domain,
			sessionUrl,
			...(scopes && scopes.length > 0 ? { resourceScopes: scopes } : {}),
			issuer,
			metadata: checked.value,
			metadataKind: kind,
			requests
		});
	}
	return err(last ?? problem('server', 'no-metadata', { issuer }));
}

/** What the checks of an issuer typed by hand (`validateMetadata`) found, as this flow's codes. */
const SERVER_CODES: Partial<Record<DiscoveryCode, DomainDiscoveryCode>> = {
	'not-an-object': 'not-json',
	'no-issuer': 'issuer-mismatch',
	'issuer-mismatch': 'issuer-mismatch',
	'missing-endpoint': 'missing-endpoint',
	'unusable-endpoint': 'insecure-url',
	'insecure-endpoint': 'insecure-url',
	'no-s256': 'no-s256'
};

/**
 * The checks of an issuer typed by hand (RFC 8414 §3.3's same issuer, usable endpoints, S256
 * where listed), and stricter ones for a server found on its own: S256 must be listed, and
 * plain http is refused on loopback too outside the demo, for the registration endpoint as well.
 */
function checkServerMetadata(
	m: Record<string, unknown>,
	issuer: string,
	url: string,
	deps: DomainDiscoveryDeps
): Result<ServerMetadata, DomainProblem> {
	const checked = validateMetadata(m, issuer);
	if (checked.kind === 'failed') {
		const field = typeof checked.params.field === 'string' ? checked.params.field : undefined;
		return err(
			problem('server', SERVER_CODES[checked.code] ?? 'not-json', {
				url: field && typeof m[field] === 'string' ? m[field] : url,
				issuer,
				named: typeof m.issuer === 'string' ? m.issuer : '',
				...(field ? { field } : {})
			})
		);
	}
	if (!checked.s256Advertised) return err(problem('server', 'no-s256', { url, issuer }));
	for (const field of ['authorization_endpoint', 'token_endpoint', 'revocation_endpoint', 'registration_endpoint']) {
		if (m[field] !== undefined && !secure(m[field], deps)) {
			return err(problem('server', 'insecure-url', { url: String(m[field]), field }));
		}
	}
	return ok(checked.metadata as ServerMetadata);
}
