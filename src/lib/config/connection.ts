import * as v from 'valibot';
import { ID_PATTERN, MICROSOFT_CLOUDS, PROVIDER_IDS, type MicrosoftCloud, type ProviderId } from './ids';
import type { FieldCode } from './codes';
import { coded, err, fields, joinPath, ok, toFieldErrors, type FieldError, type Validated } from './result';
import { blankToUndefined, CONTROL, isPlainObject, label, opaque, stripUndefined } from './text';
import { endpointUrl } from './url';

/**
 * A connection as people and files describe it: one registered app at a provider.
 * `scopes` absent means "the provider's defaults" (resolved by the provider catalog).
 */
export interface ConnectionSettings {
	readonly id: string;
	readonly name: string;
	readonly provider: ProviderId;
	readonly clientId: string;
	/** Google: Project Id (informational); Microsoft: Tenant Id (stored in lower case); others: API Project Id. */
	readonly projectId?: string;
	/** Microsoft only: a national cloud (absent: the global one). */
	readonly cloud?: MicrosoftCloud;
	/**
	 * Custom OpenID Connect: where discovery starts. Custom OAuth2 (optional): the issuer the
	 * provider names in its answers (RFC 9207 `iss`), compared when set.
	 */
	readonly issuer?: string;
	/** Custom OAuth2 only. */
	readonly authorizationEndpoint?: string;
	readonly tokenEndpoint?: string;
	readonly revocationEndpoint?: string;
	readonly scopes?: readonly string[];
}

export interface AutoRegistration {
	readonly method: 'cimd' | 'dcr';
	readonly domains: readonly string[];
	readonly sessionUrl?: string;
	readonly manageable: boolean;
	readonly registeredAt: number;
}

/** What a form or an import hands to storage: the settings plus, maybe, a new client secret. */
export interface ConnectionInput extends Omit<ConnectionSettings, 'id'> {
	readonly id?: string;
	readonly clientSecret?: string;
}

/** A stored connection. The client secret stays encrypted in storage; only its presence shows. */
export interface Connection extends ConnectionSettings {
	readonly hasClientSecret: boolean;
	/**
	 * Made before each connection had its own redirect URI: it still uses the shared
	 * `<base>/callback` until the person says its own is registered at the provider.
	 */
	readonly sharedRedirect?: boolean;
	/**
	 * Made by the app itself from an email address (docs/zero-registration.md): how the app is
	 * known there, the domains found to sign in here, the JMAP session found, and whether the
	 * registration can be deleted (RFC 7592). Never exported: it is this browser's knowledge.
	 */
	readonly registered?: AutoRegistration;
	readonly createdAt: number;
	readonly updatedAt: number;
}

/**
 * RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

/** Splits a space-separated scope string (or takes a list), dropping duplicates, keeping order. */
export function parseScopes(raw: string | readonly string[]): string[] {
	const parts = typeof raw === 'string' ? raw.split(/\s+/) : raw.flatMap((s) => s.split(/\s+/));
	return [...new Set(parts.map((s) => s.trim()).filter((s) => s !== ''))];
}

export function formatScopes(scopes: readonly string[]): string {
	return scopes.join(' ');
}

const scopesSchema = v.pipe(
	v.union([v.string(), v.array(v.string(coded('scope-type')))], coded('scopes-type')),
	v.transform((raw) => parseScopes(raw)),
	v.maxLength(64, coded('scopes-too-many', { max: 64 })),
	v.check((scopes) => scopes.every((s) => SCOPE_TOKEN.test(s) && s.length <= 512), coded('scope-characters'))
);

/**
 * Microsoft's `{tenant}`: `common`, `organizations`, `consumers`, a tenant GUID or a verified domain.
 * @see https://learn.microsoft.com/entra/identity-platform/v2-protocols#endpoints
 */
const TENANT =
	/^(?:common|organizations|consumers|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

const shape = fields(
	{
		id: v.optional(v.pipe(v.string(coded('id-type')), v.regex(ID_PATTERN, coded('id-pattern')))),
		name: label('name'),
		provider: v.picklist(PROVIDER_IDS, coded('provider-unknown', { options: PROVIDER_IDS.join(', ') })),
		clientId: opaque('clientId'),
		clientSecret: v.optional(
			v.pipe(v.string(coded('client-secret-type')), v.maxLength(4096, coded('client-secret-too-long', { max: 4096 })))
		),
		projectId: v.optional(
			v.pipe(v.string(coded('project-id-type')), v.trim(), v.maxLength(256, coded('project-id-too-long', { max: 256 })))
		),
		cloud: v.optional(v.picklist(MICROSOFT_CLOUDS, coded('cloud-unknown', { options: MICROSOFT_CLOUDS.join(', ') }))),
		issuer: v.optional(endpointUrl),
		authorizationEndpoint: v.optional(endpointUrl),
		tokenEndpoint: v.optional(endpointUrl),
		revocationEndpoint: v.optional(endpointUrl),
		scopes: v.optional(scopesSchema)
	},
	'connection-not-object'
);

/**
 * The label of the project field, part of the app's contract (accessible names): Google calls it
 * Project Id, Microsoft Tenant Id, the rest API Project Id.
 */
export function projectFieldLabel(provider: ProviderId): 'Project Id' | 'Tenant Id' | 'API Project Id' {
	return provider === 'google' ? 'Project Id' : provider === 'microsoft' ? 'Tenant Id' : 'API Project Id';
}

/**
 * Fields that belong to some providers only; elsewhere the catalog supplies them. The code says
 * which providers own the field (`{provider}`: the one that does not).
 */
const ownedBy: Readonly<Record<string, { readonly owners: readonly ProviderId[]; readonly code: FieldCode }>> = {
	issuer: { owners: ['oidc', 'oauth2'], code: 'field-only-custom' },
	authorizationEndpoint: { owners: ['oauth2'], code: 'field-only-oauth2' },
	tokenEndpoint: { owners: ['oauth2'], code: 'field-only-oauth2' },
	revocationEndpoint: { owners: ['oauth2'], code: 'field-only-oauth2' },
	cloud: { owners: ['microsoft'], code: 'field-only-microsoft' }
};

/** The code for spaces in the project field, named as the provider names it (`projectFieldLabel`). */
const PROJECT_SPACES: Readonly<Record<ReturnType<typeof projectFieldLabel>, FieldCode>> = {
	'Project Id': 'project-id-spaces',
	'Tenant Id': 'tenant-id-spaces',
	'API Project Id': 'api-project-id-spaces'
};

/**
 * Providers that refuse a client secret from a browser app, and the code of why: a secret typed
 * for them is refused when the connection is saved, and one stored earlier is never sent.
 * @see docs/providers.md
 */
export const SECRET_REFUSED: Readonly<Partial<Record<ProviderId, FieldCode>>> = {
	microsoft: 'secret-refused-microsoft',
	fastmail: 'secret-refused-fastmail'
};

type Loose = { readonly [K in keyof v.InferOutput<typeof shape>]?: unknown };

/**
 * Rules that depend on the provider. They run on the raw input too when the shape check failed,
 * so that a person sees every problem at once, not one round at a time.
 */
function providerRules(input: Loose): FieldError[] {
	const errors: FieldError[] = [];
	const p = input.provider;
	if (typeof p !== 'string' || !(PROVIDER_IDS as readonly string[]).includes(p)) return errors;
	const provider = p as ProviderId;
	if (p === 'oidc' && input.issuer === undefined) errors.push({ path: 'issuer', code: 'issuer-required' });
	if (p === 'oauth2') {
		if (input.authorizationEndpoint === undefined)
			errors.push({ path: 'authorizationEndpoint', code: 'authorization-endpoint-required' });
		if (input.tokenEndpoint === undefined) errors.push({ path: 'tokenEndpoint', code: 'token-endpoint-required' });
	}
	for (const [field, { owners, code }] of Object.entries(ownedBy)) {
		if (!owners.includes(provider) && input[field as keyof Loose] !== undefined) {
			errors.push({ path: field, code, params: { provider: p } });
		}
	}
	const refused = SECRET_REFUSED[provider];
	if (refused && input.clientSecret !== undefined) errors.push({ path: 'clientSecret', code: refused });
	const projectId = typeof input.projectId === 'string' ? input.projectId.trim() : undefined;
	if (p === 'microsoft' && projectId !== undefined && !TENANT.test(projectId)) {
		errors.push({ path: 'projectId', code: 'tenant-invalid' });
	} else if (projectId !== undefined && (/\s/.test(projectId) || CONTROL.test(projectId))) {
		errors.push({ path: 'projectId', code: PROJECT_SPACES[projectFieldLabel(provider)] });
	}
	const scopes = Array.isArray(input.scopes) ? (input.scopes as unknown[]) : undefined;
	if (p === 'oidc' && scopes !== undefined && scopes.length > 0 && !scopes.includes('openid')) {
		errors.push({ path: 'scopes', code: 'openid-scope-missing' });
	}
	return errors;
}

/**
 * Validates a connection from a form or a file. Empty strings count as absent.
 * Returns every problem at once, each with the field it belongs to.
 */
export function validateConnection(raw: unknown, pathPrefix = ''): Validated<ConnectionInput> {
	if (!isPlainObject(raw)) {
		return err([{ path: pathPrefix, code: 'connection-not-object' }]);
	}
	const input = blankToUndefined(raw);
	const parsed = v.safeParse(shape, input);
	const errors = parsed.success ? [] : toFieldErrors(parsed.issues, pathPrefix);
	const taken = new Set(errors.map((e) => e.path));
	for (const rule of providerRules(parsed.success ? parsed.output : input)) {
		const path = joinPath(pathPrefix, rule.path);
		if (!taken.has(path)) errors.push({ ...rule, path });
	}
	if (!parsed.success || errors.length > 0) return err(errors);
	const out = parsed.output;
	const value: ConnectionInput = stripUndefined({
		...out,
		// Microsoft's tenant ids and domains are case-insensitive; its issuers are lower case.
		projectId: out.provider === 'microsoft' ? out.projectId?.toLowerCase() : out.projectId,
		cloud: out.cloud === 'global' ? undefined : out.cloud,
		scopes: out.scopes === undefined || out.scopes.length === 0 ? undefined : out.scopes
	});
	return ok(value);
}

/** What decides where a connection's client secret is sent. */
export type SecretDestination = Pick<
	ConnectionSettings,
	| 'provider'
	| 'clientId'
	| 'projectId'
	| 'cloud'
	| 'issuer'
	| 'authorizationEndpoint'
	| 'tokenEndpoint'
	| 'revocationEndpoint'
>;

/**
 * Whether a client secret stored for `stored` may stay with `next`: the same provider and client,
 * and the same endpoints (for custom OpenID Connect, the issuer whose discovery names them; for
 * Microsoft, the tenant that is part of them). Another provider's project id is informational.
 * Compared as written, without normalising: a doubt drops the secret, and the person enters it again.
 */
export function sameSecretDestination(stored: SecretDestination, next: SecretDestination): boolean {
	return (
		stored.provider === next.provider &&
		stored.clientId === next.clientId &&
		stored.issuer === next.issuer &&
		stored.authorizationEndpoint === next.authorizationEndpoint &&
		stored.tokenEndpoint === next.tokenEndpoint &&
		stored.revocationEndpoint === next.revocationEndpoint &&
		stored.cloud === next.cloud &&
		(next.provider !== 'microsoft' || stored.projectId === next.projectId)
	);
}
