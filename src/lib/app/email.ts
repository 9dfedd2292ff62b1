import {
	DISCOVERY_LIFETIME_MS,
	type DomainProblem,
	type DomainStep,
	type FoundProvider,
	type RegistrationProblem
} from '$lib/auth';
import { discoverDomain } from '$lib/auth/domain-discovery';
import { deleteRegistration, publicClientMetadata, registerClient } from '$lib/auth/registration';
import {
	err,
	newId,
	ok,
	type Account,
	type Connection,
	type ConnectionInput,
	type Params,
	type ProviderId,
	type Result
} from '$lib/config';
import { appBase, clientMetadataUrl, emailDomain, presetForDomain } from '$lib/providers';
import type { NewRegistration } from '$lib/storage';
import { domainDeps, type AppContext } from './context';

/**
 * "Email first": an email address, and the app finds where it signs in and how the app is known
 * there (docs/zero-registration.md). What can be decided without a request is decided in the
 * click (`planForEmail`), so that a sign-in window can still open in it; the rest is
 * `findProvider` (three requests) and `connectFound` (one more, where the app registers).
 */

export type EmailPlan =
	| { readonly kind: 'invalid' }
	/** An account with this address exists: sign it in. */
	| { readonly kind: 'account'; readonly account: Account }
	/** A connection signs this domain in already (a preset's, or one made from an earlier address). */
	| { readonly kind: 'connection'; readonly connection: Connection; readonly domain: string }
	/** A known provider, but no connection for it yet: an administrator makes one. */
	| { readonly kind: 'preset-missing'; readonly provider: ProviderId; readonly domain: string }
	| { readonly kind: 'discover'; readonly domain: string };

/**
 * What the address alone says, from what is stored (no request): its account, a preset's domain
 * (gmail.com, outlook.com, fastmail.com…), or a domain resolved before.
 */
export function planForEmail(
	email: string,
	connections: readonly Connection[],
	accounts: readonly Account[]
): EmailPlan {
	const domain = emailDomain(email);
	if (!domain || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) return { kind: 'invalid' };
	const wanted = email.trim().toLowerCase();
	const account = accounts.find((a) => a.email.toLowerCase() === wanted);
	if (account) return { kind: 'account', account };
	const resolved = connections.find((c) => c.registered?.domains.includes(domain));
	if (resolved) return { kind: 'connection', connection: resolved, domain };
	const provider = presetForDomain(domain);
	if (provider) {
		const connection = connections.find((c) => c.provider === provider);
		return connection ? { kind: 'connection', connection, domain } : { kind: 'preset-missing', provider, domain };
	}
	return { kind: 'discover', domain };
}

/** How the app will identify itself at the server found. */
export type IdentifyMethod = 'cimd' | 'dcr' | 'none';

export interface Found extends FoundProvider {
	readonly method: IdentifyMethod;
	/** Answered from this tab's memory: no request sent. */
	readonly remembered: boolean;
}

/** Domains resolved in this tab: never discovered twice (a cancelled sign-in, a second address). */
const resolvedDomains = new WeakMap<AppContext, Map<string, Found>>();

function methodFor(ctx: AppContext, found: FoundProvider): IdentifyMethod {
	if (found.metadata.client_id_metadata_document_supported === true && ctx.clientMetadataDocument) return 'cimd';
	if (typeof found.metadata.registration_endpoint === 'string') return 'dcr';
	return 'none';
}

/**
 * Finds the provider of a domain: JMAP autodiscovery, the resource's metadata, the server's
 * metadata (`discoverDomain`), and how the app will identify itself there. The server's metadata
 * goes into the discovery cache, so that the sign-in asks for nothing again.
 */
export async function findProvider(
	ctx: AppContext,
	domain: string,
	options: { onStep?: (step: DomainStep, found?: Params) => void; signal?: AbortSignal } = {}
): Promise<Result<Found, DomainProblem>> {
	let memory = resolvedDomains.get(ctx);
	if (!memory) resolvedDomains.set(ctx, (memory = new Map()));
	const known = memory.get(domain);
	if (known) return ok({ ...known, remembered: true, requests: 0 });
	const found = await discoverDomain(domain, {
		...domainDeps(ctx),
		...(ctx.allowLoopbackHttp ? { allowLoopbackHttp: true } : {}),
		...(options.onStep ? { onStep: options.onStep } : {}),
		...(options.signal ? { signal: options.signal } : {})
	});
	if (!found.ok) return found;
	const value: Found = { ...found.value, method: methodFor(ctx, found.value), remembered: false };
	// The connection made from it discovers its issuer again at sign-in (OpenID Connect): from
	// this cache, without a request.
	if (speaksOpenId(value)) {
		await ctx.storage.discovery.put(value.issuer, { ...value.metadata }, DISCOVERY_LIFETIME_MS);
	}
	memory.set(domain, value);
	return ok(value);
}

/** What a connection made from the server's metadata holds (no client id yet). */
/** An OpenID provider (a custom OpenID Connect connection), or a plain OAuth server (custom OAuth2). */
function speaksOpenId(found: FoundProvider): boolean {
	return found.metadataKind === 'openid' || (found.metadata.scopes_supported?.includes('openid') ?? false);
}

export function connectionFromMetadata(found: Found): Omit<ConnectionInput, 'clientId' | 'name'> {
	const m = found.metadata;
	const openid = speaksOpenId(found);
	const offline = !m.scopes_supported || m.scopes_supported.includes('offline_access') ? ['offline_access'] : [];
	const resourceScopes = found.resourceScopes ?? [];
	if (openid) {
		return {
			provider: 'oidc',
			issuer: found.issuer,
			scopes: [...new Set(['openid', 'email', 'profile', ...offline, ...resourceScopes])]
		};
	}
	return {
		provider: 'oauth2',
		issuer: found.issuer,
		authorizationEndpoint: m.authorization_endpoint,
		tokenEndpoint: m.token_endpoint,
		...(m.revocation_endpoint ? { revocationEndpoint: m.revocation_endpoint } : {}),
		scopes: [...new Set([...resourceScopes, ...offline])]
	};
}

export type ConnectCode = 'no-method' | 'connection-not-saved' | 'account-not-saved';

export type ConnectProblem =
	| { readonly step: 'registration'; readonly code: RegistrationProblem['code']; readonly params: Params }
	| { readonly step: 'save'; readonly code: ConnectCode; readonly params: Params };

/** What the app is called where it registers (a server shows it on its consent page). */
export const CLIENT_NAME = 'OAuth2 Client';

/**
 * Makes the connection the server found (identified by the app's Client ID Metadata Document, or
 * registered by RFC 7591: one request) and the account for `email`, whose transport is the JMAP
 * session found. Answers the account's id, ready for its sign-in.
 */
export async function connectFound(
	ctx: AppContext,
	found: Found,
	email: string
): Promise<Result<{ accountId: string; connectionId: string }, ConnectProblem>> {
	const { storage } = ctx;
	const base = connectionFromMetadata(found);
	let connectionId: string;
	if (found.method === 'cimd') {
		const clientId = clientMetadataUrl(ctx.callbackBase);
		// One connection per server: another domain signing in there joins it.
		const same = (await storage.connections.list()).items.find(
			(c: Connection) => c.clientId === clientId && c.issuer === found.issuer
		);
		if (same) {
			await storage.connections.addDomain(same.id, found.domain);
			connectionId = same.id;
		} else {
			const saved = await saveNamed(
				ctx,
				{ ...base, clientId },
				{
					method: 'cimd',
					domain: found.domain,
					sessionUrl: found.sessionUrl
				}
			);
			if (!saved.ok) return saved;
			connectionId = saved.value;
		}
	} else if (found.method === 'dcr') {
		const endpoint = found.metadata.registration_endpoint as string;
		const id = newId();
		const appUrl = `${appBase(ctx.callbackBase)}/`;
		const registered = await registerClient(
			endpoint,
			publicClientMetadata({
				name: CLIENT_NAME,
				appUrl,
				redirectUri: `${ctx.callbackBase}/${id}`,
				...(appUrl.startsWith('https:') ? { logoUri: `${appUrl}icons/icon-192.png` } : {}),
				...(base.scopes && base.scopes.length > 0 ? { scope: base.scopes.join(' ') } : {})
			}),
			domainDeps(ctx)
		);
		if (!registered.ok) return err({ step: 'registration', ...registered.error });
		const r = registered.value;
		const saved = await saveNamed(
			ctx,
			{ ...base, id, clientId: r.clientId, ...(r.clientSecret ? { clientSecret: r.clientSecret } : {}) },
			{
				method: 'dcr',
				domain: found.domain,
				sessionUrl: found.sessionUrl,
				...(r.managementUri && r.managementToken
					? { managementUri: r.managementUri, managementToken: r.managementToken }
					: {})
			}
		);
		if (!saved.ok) return saved;
		connectionId = saved.value;
	} else {
		return err({ step: 'save', code: 'no-method', params: { issuer: found.issuer } });
	}
	const account = await saveAccount(ctx, email, connectionId, found.sessionUrl);
	if (!account.ok) return account;
	return ok({ accountId: account.value, connectionId });
}

/** The account for `email` at `connectionId`: a new one, or the one with that address moved there. */
export async function saveAccount(
	ctx: AppContext,
	email: string,
	connectionId: string,
	sessionUrl?: string
): Promise<Result<string, ConnectProblem>> {
	const address = email.trim();
	const existing = await ctx.storage.accounts.byEmail(address);
	const saved = await ctx.storage.accounts.save({
		...(existing ?? { name: address, email: address }),
		connectionId,
		...(sessionUrl ? { transport: 'jmap', servers: { jmap: { sessionUrl } } } : {})
	});
	if (!saved.ok) {
		return err({ step: 'save', code: 'account-not-saved', params: { email: address, field: saved.error[0]?.code } });
	}
	return ok(saved.value.id);
}

/** Saves the connection under the server's host name (another number if that name is taken). */
async function saveNamed(
	ctx: AppContext,
	input: Omit<ConnectionInput, 'name'>,
	registration: NewRegistration
): Promise<Result<string, ConnectProblem>> {
	const host = new URL(input.issuer ?? '').host;
	for (let n = 1; n <= 20; n++) {
		const name = n === 1 ? host : `${host} (${n})`;
		const saved = await ctx.storage.connections.save({ ...input, name }, { registration });
		if (saved.ok) return ok(saved.value.id);
		if (!saved.error.every((e) => e.code === 'connection-name-taken')) {
			return err({ step: 'save', code: 'connection-not-saved', params: { field: saved.error[0]?.code } });
		}
	}
	return err({ step: 'save', code: 'connection-not-saved', params: { field: 'connection-name-taken' } });
}

export type RemoveOutcome =
	| { readonly kind: 'removed'; readonly registration: 'deleted' | 'none'; readonly host?: string }
	| { readonly kind: 'registration-kept'; readonly host: string; readonly problem: RegistrationProblem }
	| { readonly kind: 'in-use' };

/**
 * Removes a connection the app made itself once its last account is gone, and deletes its
 * registration at the server where RFC 7592 lets it (`registration_client_uri` and its token).
 * The connection goes even if the server refuses: the registration then does no harm there.
 */
export async function removeMadeConnection(ctx: AppContext, connectionId: string): Promise<RemoveOutcome> {
	const { storage } = ctx;
	const usage = await storage.connections.usage(connectionId);
	if (usage.accounts.length > 0 || usage.unreadable > 0) return { kind: 'in-use' };
	let management: { uri: string; token: string } | undefined;
	try {
		management = await storage.connections.management(connectionId);
	} catch {
		// The sealed token cannot be opened (the browser's key is gone): nothing to delete it with.
		management = undefined;
	}
	let outcome: RemoveOutcome = { kind: 'removed', registration: 'none' };
	if (management) {
		const host = new URL(management.uri).host;
		const deleted = await deleteRegistration(management.uri, management.token, domainDeps(ctx));
		outcome = deleted.ok
			? { kind: 'removed', registration: 'deleted', host }
			: { kind: 'registration-kept', host, problem: deleted.error };
	}
	await storage.connections.delete(connectionId);
	return outcome;
}
