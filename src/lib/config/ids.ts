/** Provider ids: a contract (exports, imports, URLs). Never rename one. */
export const PROVIDER_IDS = ['google', 'microsoft', 'yahoo', 'aol', 'fastmail', 'oidc', 'oauth2'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Microsoft's clouds: the global one and the national clouds, each with its own sign-in host.
 * @see https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud
 */
export const MICROSOFT_CLOUDS = ['global', 'usgov', 'usgov-dod', 'china'] as const;
export type MicrosoftCloud = (typeof MICROSOFT_CLOUDS)[number];

/**
 * What an account uses its token for. `host` is the portal that embeds the app (it speaks
 * IMAP/SMTP with XOAUTH2 on its own back end); the others are HTTP mail APIs a browser can call.
 */
export const TRANSPORT_KINDS = ['host', 'jmap', 'gmail', 'graph'] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];

/** Ids we create are UUIDs; imported ids may be anything sane. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function newId(): string {
	return crypto.randomUUID();
}
