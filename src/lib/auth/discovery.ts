import { checkEndpointUrl, urlProblemMessage } from '$lib/config';
import type { DiscoveryCache } from '$lib/storage';
import { DISCOVERY_LIFETIME_MS, wellKnownUrl } from './discovery-url';
import { browserOnline, request, type HttpDeps } from './http';

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

export type DiscoveryFailure =
	| 'invalid-issuer'
	| 'offline'
	| 'unreachable'
	| 'timeout'
	| 'http-status'
	| 'not-json'
	| 'invalid-metadata'
	| 'issuer-mismatch'
	| 'no-s256';

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
			/** What happened and what to do, for people. */
			readonly message: string;
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
	if (!checked.ok) return fail('invalid-issuer', `Issuer URL: ${urlProblemMessage(checked.problem)}.`);

	if (options.cache && !options.refresh) {
		const row = await options.cache.fresh(issuer);
		if (row) {
			const valid = validateMetadata(row.metadata, issuer, options.acceptIssuer);
			if (valid.kind === 'found') return { ...valid, cached: true };
		}
	}

	const url = wellKnownUrl(issuer);
	if (!browserOnline()) {
		return fail(
			'offline',
			`The browser is offline, so ${url} could not be fetched. Connect to the network and check again.`
		);
	}
	const answer = await request(url, { headers: { accept: 'application/json' }, credentials: 'omit' }, options);
	if (!answer.ok) {
		if (answer.failure === 'timeout') {
			return fail(
				'timeout',
				`${url} did not answer in time. Check the Issuer URL and that the provider is up, then check again.`
			);
		}
		const origin = options.appOrigin ? ` (${options.appOrigin})` : '';
		return fail(
			'unreachable',
			`Could not reach ${url}. Check the Issuer URL. If that address opens in a browser tab, the provider refuses requests from this site: allow this site’s origin${origin} for cross-origin requests (CORS) at the provider.`
		);
	}
	const response = answer.response;
	if (!response.ok) {
		return fail(
			'http-status',
			`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check the Issuer URL: it is the address the provider names as its “issuer”, without /.well-known/….`
		);
	}
	let body: unknown;
	try {
		body = await response.json();
	} catch {
		return fail(
			'not-json',
			`${url} did not return JSON. Check the Issuer URL: it should point at an OpenID provider, not a web page.`
		);
	}
	const valid = validateMetadata(body, issuer, options.acceptIssuer);
	if (valid.kind === 'found' && options.cache) {
		await options.cache.put(issuer, body as Record<string, unknown>, DISCOVERY_LIFETIME_MS);
	}
	return valid;
}

function validateMetadata(
	body: unknown,
	issuer: string,
	acceptIssuer: ((named: string) => boolean) | undefined
): DiscoveryResult {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return fail('not-json', 'The provider’s metadata is not a JSON object.');
	}
	const m = body as Record<string, unknown>;
	if (typeof m.issuer !== 'string' || m.issuer === '') {
		return fail('invalid-metadata', 'The provider’s metadata names no issuer: it is not an OpenID provider.');
	}
	if (acceptIssuer ? !acceptIssuer(m.issuer) : m.issuer !== issuer) {
		return {
			kind: 'failed',
			code: 'issuer-mismatch',
			retryable: false,
			message: `The provider calls itself “${m.issuer}”, not “${issuer}”. Enter its issuer exactly: a response from one issuer is never accepted for another.`,
			actualIssuer: m.issuer
		};
	}
	for (const field of ['authorization_endpoint', 'token_endpoint'] as const) {
		const value = m[field];
		if (typeof value !== 'string') return fail('invalid-metadata', `The provider’s metadata has no ${field}.`);
		const url = checkEndpointUrl(value);
		if (!url.ok)
			return fail('invalid-metadata', `The provider’s ${field} is unusable: ${urlProblemMessage(url.problem)}.`);
	}
	for (const field of ['revocation_endpoint', 'userinfo_endpoint'] as const) {
		const value = m[field];
		if (value === undefined) continue;
		if (typeof value !== 'string' || !checkEndpointUrl(value).ok) {
			return fail('invalid-metadata', `The provider’s ${field} is not an https URL.`);
		}
	}
	const methods = m.code_challenge_methods_supported;
	if (methods !== undefined) {
		if (!Array.isArray(methods) || !methods.includes('S256')) {
			return fail(
				'no-s256',
				'The provider does not support PKCE with S256, which a browser app needs to sign in safely. Enable PKCE (S256) for this client at the provider.'
			);
		}
	}
	return { kind: 'found', metadata: m as ProviderMetadata, cached: false, s256Advertised: methods !== undefined };
}

const RETRYABLE: ReadonlySet<DiscoveryFailure> = new Set(['offline', 'unreachable', 'timeout']);

function fail(code: DiscoveryFailure, message: string): DiscoveryResult {
	return { kind: 'failed', code, message, retryable: RETRYABLE.has(code) };
}
