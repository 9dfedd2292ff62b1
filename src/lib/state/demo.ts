import { PUBLIC_DEMO_CLIENT_ID, PUBLIC_DEMO_ISSUER } from '$env/static/public';

/**
 * The local demo, switched on at build time by `npm start`. An ordinary build has no demo and
 * never probes loopback addresses on its own.
 */
export const demo: { readonly issuer: string; readonly clientId: string } | undefined =
	PUBLIC_DEMO_ISSUER && PUBLIC_DEMO_CLIENT_ID
		? { issuer: PUBLIC_DEMO_ISSUER, clientId: PUBLIC_DEMO_CLIENT_ID }
		: undefined;
