/** How long fetched metadata is trusted before asking again. */
export const DISCOVERY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** OpenID Connect Discovery §4: strip one trailing slash, then append the well-known path. */
export function wellKnownUrl(issuer: string): string {
	return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}
