import { checkEndpointUrl, type Params, type UrlProblem } from '$lib/config';
import type { DiscoveryCache } from '$lib/storage';
import { DISCOVERY_LIFETIME_MS, wellKnownUrl } from './discovery-url';
import { browserOnline, request, type HttpDeps } from './http';
import type { DiscoveryCode } from './problems';

export { DISCOVERY_LIFETIME_MS, wellKnownUrl };

/**
 * OpenID Provider metadata, the fields we use.
 * @see https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata
 */
export interface ProviderMetadata {
	readonly issuer: string;
	readonly authorization_endpoint: string;
	readonly token_endpoint: string;
	readonly revocation_endpoint?: string;
	readonly userinfo_endpoint?: string;
	readonly jwks_uri?: string;
	readonly end_session_endpoint?: string;
	readonly code_challenge_methods_supported?: readonly string[];
	readonly scopes_supported?: readonly string[];
	readonly authorization_response_iss_parameter_supported?: boolean;
	readonly [key: string]: unknown;
}

/** Why discovery failed: a stable code the UI words (`$lib/messages`), with the data it names. */
export type DiscoveryFailure = DiscoveryCode;

export type DiscoveryResult =
	| {
			readonly kind: 'found';
			readonly metadata: ProviderMetadata;
			/** Whether the answer came from the cache (no request sent). */
			readonly cached: boolean;
			/** `false`: the provider does not list its PKCE methods (it may still support S256). */
			readonly s256Advertised: boolean;
	  }
	| {
			readonly kind: 'failed';
			readonly code: DiscoveryFailure;
			/** What the message names: the URL asked, the status, the issuer named, the field. */
			readonly params: Params;
			/** "Could not check right now" (offline, unreachable, timeout), not "this issuer is wrong". */
			readonly retryable: boolean;
			/** The metadata's own issuer, when it differs from the one entered. */
			readonly actualIssuer?: string;
	  };

export interface DiscoverOptions extends HttpDeps {
	readonly cache?: DiscoveryCache;
	/** Ask the provider even if the cache is fresh ("Check again"). */
	readonly refresh?: boolean;
	/** The app's origin, named in the advice when the provider refuses cross-origin requests. */
	readonly appOrigin?: string;
	/**
	 * Which `issuer` the metadata may name, where it differs from the URL it was fetched from
	 * (Microsoft: a template with `{tenantid}`, or the tenant's own issuer for a tenant domain).
	 * By default it must be that URL exactly.
	 */
	readonly acceptIssuer?: (named: string) => boolean;
}

/**
 * Fetches and checks an OpenID provider's metadata: reachable, JSON, the issuer it claims is the
 * one entered (so one provider's metadata is never used for another), endpoints over https, and
 * PKCE S256 where methods are listed. Fresh metadata comes from the cache without a request.
 */
export async function discover(issuer: string, options: DiscoverOptions = {}): Promise<DiscoveryResult> {
	const checked = checkEndpointUrl(issuer);
	if (!checked.ok) return fail('invalid-issuer', { problem: checked.problem satisfies UrlProblem });

	if (options.cache && !options.refresh) {
		const row = await options.cache.fresh(issuer);
		if (row) {
			const valid = validateMetadata(row.metadata, issuer, options.acceptIssuer);
			if (valid.kind === 'found') return { ...valid, cached: true };
		}
	}

	const url = wellKnownUrl(issuer);
	if (!browserOnline(options)) {
		return fail('offline', { url });
	}
	const answer = await request(url, { headers: { accept: 'application/json' }, credentials: 'omit' }, options);
	if (!answer.ok) {
		if (answer.failure === 'timeout') return fail('timeout', { url });
		return fail('unreachable', { url, origin: options.appOrigin });
	}
	const response = answer.response;
	if (!response.ok) {
		return fail('http-status', { url, status: response.status, statusText: response.statusText || undefined });
	}
	let body: unknown;
	try {
		body = await response.json();
	} catch {
		return fail('not-json', { url });
	}
	const valid = validateMetadata(body, issuer, options.acceptIssuer);
	if (valid.kind === 'found' && options.cache) {
		await options.cache.put(issuer, body as Record<string, unknown>, DISCOVERY_LIFETIME_MS);
	}
	return valid;
}

/** The checks of fetched metadata: also those of a provider found from an email domain. */
export function validateMetadata(
	body: unknown,
	issuer: string,
	acceptIssuer?: (named: string) => boolean
): DiscoveryResult {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return fail('not-an-object');
	}
	const m = body as Record<string, unknown>;
	if (typeof m.issuer !== 'string' || m.issuer === '') {
		return fail('no-issuer');
	}
	if (acceptIssuer ? !acceptIssuer(m.issuer) : m.issuer !== issuer) {
		return { ...fail('issuer-mismatch', { named: m.issuer, issuer }), actualIssuer: m.issuer };
	}
	for (const field of ['authorization_endpoint', 'token_endpoint'] as const) {
		const value = m[field];
		if (typeof value !== 'string') return fail('missing-endpoint', { field });
		const url = checkEndpointUrl(value);
		if (!url.ok) return fail('unusable-endpoint', { field, problem: url.problem });
	}
	for (const field of ['revocation_endpoint', 'userinfo_endpoint'] as const) {
		const value = m[field];
		if (value === undefined) continue;
		if (typeof value !== 'string' || !checkEndpointUrl(value).ok) {
			return fail('insecure-endpoint', { field });
		}
	}
	const methods = m.code_challenge_methods_supported;
	if (methods !== undefined) {
		if (!Array.isArray(methods) || !methods.includes('S256')) {
			return fail('no-s256');
		}
	}
	return { kind: 'found', metadata: m as ProviderMetadata, cached: false, s256Advertised: methods !== undefined };
}

const RETRYABLE: ReadonlySet<DiscoveryFailure> = new Set(['offline', 'unreachable', 'timeout']);

function fail(code: DiscoveryFailure, params: Params = {}): Extract<DiscoveryResult, { kind: 'failed' }> {
	return { kind: 'failed', code, params, retryable: RETRYABLE.has(code) };
}
