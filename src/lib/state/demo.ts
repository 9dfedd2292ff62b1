import {
	PUBLIC_DEMO_CLIENT_ID,
	PUBLIC_DEMO_DAY_SECONDS,
	PUBLIC_DEMO_ISSUER,
	PUBLIC_DEMO_JMAP_URL,
	PUBLIC_DEMO_TWINS
} from '$env/static/public';
import type { Fetch } from '$lib/auth';

/**
 * The provider twins of `npm start` (server/twins): local imitations of Microsoft, Google and
 * Fastmail that behave as those providers document. An ordinary browser cannot be sent to them
 * under the providers' own names, so the demo build sends the requests it would make to those
 * hosts to the twins' loopback ports instead (`origins`). Ordinary builds have none of this.
 */
export interface DemoTwins {
	/** Real origin (https://login.microsoftonline.com) → the twin's (http://127.0.0.1:8177). */
	readonly origins: Readonly<Record<string, string>>;
	readonly clients: Readonly<
		Partial<Record<'microsoft' | 'google' | 'fastmail', { readonly clientId: string; readonly clientSecret?: string }>>
	>;
}

/**
 * The local demo, switched on at build time by `npm start`. An ordinary build has no demo and
 * never probes loopback addresses on its own. `jmapSessionUrl`: the demo's JMAP server (Cyrus),
 * where `npm start` could run one.
 */
export const demo:
	| {
			readonly issuer: string;
			readonly clientId: string;
			readonly jmapSessionUrl?: string;
			/**
			 * How many seconds a day lasts: the provider twins scale documented lifetimes (Microsoft's
			 * 24-hour sign-in) down, and the demo build counts the same way. Ordinary builds: a day.
			 */
			readonly daySeconds?: number;
			/** `npm start`'s provider twins: which preset each stands in for, and its client. */
			readonly twins?: DemoTwins;
	  }
	| undefined =
	PUBLIC_DEMO_ISSUER && PUBLIC_DEMO_CLIENT_ID
		? {
				issuer: PUBLIC_DEMO_ISSUER,
				clientId: PUBLIC_DEMO_CLIENT_ID,
				...(PUBLIC_DEMO_JMAP_URL ? { jmapSessionUrl: PUBLIC_DEMO_JMAP_URL } : {}),
				...(Number(PUBLIC_DEMO_DAY_SECONDS) > 0 ? { daySeconds: Number(PUBLIC_DEMO_DAY_SECONDS) } : {}),
				...(PUBLIC_DEMO_TWINS ? { twins: JSON.parse(PUBLIC_DEMO_TWINS) as DemoTwins } : {})
			}
		: undefined;

export const DEMO_JMAP_SCOPES = [
	'urn:ietf:params:jmap:core',
	'urn:ietf:params:jmap:mail',
	'urn:ietf:params:jmap:submission'
];

/** A URL of a provider a twin stands in for, sent to the twin (`npm start` only). */
export function throughTwins(url: string): string {
	const origins = demo?.twins?.origins;
	if (!origins) return url;
	const parsed = new URL(url);
	const twin = origins[parsed.origin];
	return twin ? `${twin}${parsed.pathname}${parsed.search}` : url;
}

/**
 * The `fetch` the app's requests go through: in the demo build with twins, requests to the
 * providers they stand in for reach the twins; everywhere else, the browser's own.
 */
export const demoHttp: { readonly fetch?: Fetch } = demo?.twins
	? {
			fetch: (input, init) =>
				globalThis.fetch(
					input instanceof Request ? new Request(throughTwins(input.url), input) : throughTwins(String(input)),
					init
				)
		}
	: {};
