import type { MicrosoftCloud } from '$lib/config';

/**
 * Microsoft's clouds: where people sign in and where Microsoft Graph answers. Outlook's IMAP and
 * SMTP resource is documented for the global cloud only, so only there do portals get IMAP/SMTP
 * tokens. Sources: docs/providers.md. Their names for people are in `$lib/messages` (`cloudLabel`).
 */
export interface MicrosoftCloudInfo {
	/** The sign-in host (the authority). */
	readonly login: string;
	/** Microsoft Graph's root, a resource of its own. */
	readonly graph: string;
	/** Outlook's resource (IMAP, SMTP) where documented. */
	readonly outlook?: string;
}

export const MICROSOFT_CLOUD_INFO: Readonly<Record<MicrosoftCloud, MicrosoftCloudInfo>> = {
	global: {
		login: 'login.microsoftonline.com',
		graph: 'https://graph.microsoft.com',
		outlook: 'https://outlook.office.com'
	},
	usgov: {
		login: 'login.microsoftonline.us',
		graph: 'https://graph.microsoft.us'
	},
	'usgov-dod': {
		login: 'login.microsoftonline.us',
		graph: 'https://dod-graph.microsoft.us'
	},
	china: {
		login: 'login.partner.microsoftonline.cn',
		graph: 'https://microsoftgraph.chinacloudapi.cn'
	}
};

/** The tenant of personal Microsoft accounts (Outlook.com, Hotmail, Xbox). */
export const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
	return typeof value === 'string' && GUID.test(value);
}

/** `common`, `organizations` and `consumers` stand for whichever tenant the person belongs to. */
export function isTenantAlias(tenant: string): boolean {
	return tenant === 'common' || tenant === 'organizations' || tenant === 'consumers';
}

/**
 * The authority a connection signs in at: `https://<login host>/<tenant>/v2.0`. It is also the
 * issuer we record for a grant: for a GUID tenant it is the real issuer; for the aliases and for
 * tenant domains it names where the person was sent, and the real issuer comes with the answer.
 */
export function microsoftAuthority(cloud: MicrosoftCloud | undefined, tenant: string | undefined): string {
	const info = MICROSOFT_CLOUD_INFO[cloud ?? 'global'];
	return `https://${info.login}/${encodeURIComponent((tenant ?? 'common').toLowerCase())}/v2.0`;
}

/**
 * What an answer's issuer must be, per Microsoft's "Validate the issuer": replace `{tenantid}` in
 * the issuer the metadata names with the tenant the token is for (its `tid`, a GUID) and compare
 * exactly. Beyond that, the tenant the connection names limits who may answer: a GUID (or the
 * GUID its domain stands for) that tenant only; `consumers` the consumer tenant only;
 * `organizations` any tenant but that one.
 * @param authority where the person was sent (`microsoftAuthority`)
 * @param template the issuer in the metadata: `https://<host>/{tenantid}/v2.0`, or a concrete
 *   issuer for a single tenant; absent: the template on the authority's host
 * @param actual the issuer the answer names
 * @param tid the answer's tenant: the id token's `tid`; for the RFC 9207 `iss` parameter, which
 *   comes without claims, the tenant in `actual` itself
 * @see https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-issuer
 */
export function microsoftIssuerMatches(
	authority: string,
	template: string | undefined,
	actual: string,
	tid: unknown
): boolean {
	const parsed = /^https:\/\/([^/]+)\/([^/]+)\/v2\.0$/.exec(authority);
	if (!parsed || !isGuid(tid)) return false;
	const [, host, tenant] = parsed as unknown as [string, string, string];
	const tenantId = tid.toLowerCase();
	const issuerTemplate = template ?? `https://${host}/{tenantid}/v2.0`;
	const multiTenant = issuerTemplate.includes('{tenantid}');
	// One tenant's own issuer (from the metadata of a tenant domain): the token must be that tenant's.
	if (!multiTenant && tenantInIssuer(issuerTemplate)?.toLowerCase() !== tenantId) return false;
	const expected = multiTenant ? issuerTemplate.replace('{tenantid}', tid) : issuerTemplate;
	if (actual !== expected) return false;
	if (tenant === 'consumers') return tenantId === CONSUMER_TENANT;
	if (tenant === 'organizations') return tenantId !== CONSUMER_TENANT;
	if (isGuid(tenant)) return tenantId === tenant.toLowerCase();
	// common, or a tenant domain whose own issuer was compared above.
	return tenant === 'common' || !multiTenant;
}

/** The GUID in an issuer `https://<host>/<GUID>/v2.0`, if it is one. */
export function tenantInIssuer(issuer: string): string | undefined {
	const tenant = /^https:\/\/[^/]+\/([^/]+)\/v2\.0$/.exec(issuer)?.[1];
	return isGuid(tenant) ? tenant : undefined;
}
