import { PUBLIC_DEMO_CLIENT_ID, PUBLIC_DEMO_ISSUER, PUBLIC_DEMO_JMAP_URL } from '$env/static/public';

/**
 * The local demo, switched on at build time by `npm start`. An ordinary build has no demo and
 * never probes loopback addresses on its own. `jmapSessionUrl`: the demo's JMAP server (Cyrus),
 * where `npm start` could run one.
 */
export const demo:
	{ readonly issuer: string; readonly clientId: string; readonly jmapSessionUrl?: string } | undefined =
	PUBLIC_DEMO_ISSUER && PUBLIC_DEMO_CLIENT_ID
		? {
				issuer: PUBLIC_DEMO_ISSUER,
				clientId: PUBLIC_DEMO_CLIENT_ID,
				...(PUBLIC_DEMO_JMAP_URL ? { jmapSessionUrl: PUBLIC_DEMO_JMAP_URL } : {})
			}
		: undefined;

export const DEMO_JMAP_SCOPES = [
	'urn:ietf:params:jmap:core',
	'urn:ietf:params:jmap:mail',
	'urn:ietf:params:jmap:submission'
];
