import { OidcClient } from 'oidc-client-ts';
import {
	err,
	ok,
	SECRET_REFUSED,
	type Account,
	type Connection,
	type Params,
	type Person,
	type Result
} from '$lib/config';
import { connectionRedirectUri, issuerMatches, metadataRedirectUri, PROVIDERS, signInPlan } from '$lib/providers';
import {
	clearStaleTransactions,
	DexieStateStore,
	SecretUnavailableError,
	transactionNamespace,
	type Storage
} from '$lib/storage';
import { resolveEndpoints } from './endpoints';
import { accessTokenFrom, grantProblem, holdGrant, type HeldGrant } from './grant-changes';
import type { HttpDeps } from './http';
import type { LockManagerLike } from './locks';
import { checkIdToken } from './id-token';
import { SIGN_IN_MAX_AGE_MS, signedInOutcome, type SignInFailure, type SignInOutcome } from './outcome';
import { problem, type AuthCode, type AuthProblem, type SignInCode } from './problems';
import { tokenRequest, type TokenResponse } from './token-client';

/** What the sign-in flow needs from its surroundings. */
export interface SignInDeps extends HttpDeps {
	readonly storage: Storage;
	/** `<origin><base>/callback`: each connection's redirect URI is `<callbackBase>/<its id>`. */
	readonly callbackBase: string;
	readonly appOrigin?: string;
	readonly locks?: LockManagerLike;
	/**
	 * How long a day lasts, in milliseconds: a provider's sign-in lifetime counts in days
	 * (Microsoft: one). Only the local demo and its tests, whose provider twins scale time down,
	 * change it.
	 */
	readonly dayMs?: number;
}

/** What we keep with a sign-in in flight (oidc-client-ts stores it, sealed, in our state store). */
export interface FlightData {
	readonly accountId: string;
	readonly connectionId: string;
	/**
	 * Where the provider sends its answer: the connection's own callback address. An answer that
	 * arrives anywhere else is not this sign-in's (absent on sign-ins started before that was kept).
	 */
	readonly redirectUri?: string;
	readonly provider: Connection['provider'];
	readonly issuer?: string;
	/** Microsoft: the issuer its metadata names, when it was discovered (see `issuerMatches`). */
	readonly issuerTemplate?: string;
	/** The connection's name, for messages. */
	readonly connectionName?: string;
	readonly tokenEndpoint: string;
	/** Where the grant's token may be revoked: recorded with it (a later change of the connection does not move it). */
	readonly revocationEndpoint?: string;
	readonly userinfoEndpoint?: string;
	readonly issParameterSupported: boolean;
	readonly clientId: string;
	readonly openid: boolean;
	/** RFC 8707: the server the token is for; sent again with the code. */
	readonly resource?: string;
	/** Microsoft: the scopes the code is redeemed with (one resource's). */
	readonly redeemScopes?: string;
	readonly returnTo?: string;
}

/**
 * A sign-in in flight as the window that started it remembers it: with it, the answer is redeemed
 * without reading anything back from storage first (that wait sits between the provider's answer
 * and the stored grant). The stored copy serves the same-tab flow and is removed either way.
 */
export interface PendingSignIn {
	readonly stateId: string;
	readonly codeVerifier: string;
	readonly nonce?: string;
	readonly scope: string;
	readonly data: FlightData;
	readonly clientSecret?: string;
}

const NAMESPACE = 'account:';

function client(
	deps: SignInDeps,
	accountId: string,
	settings: { authority: string; clientId: string; redirectUri?: string; metadata?: Record<string, string> }
) {
	return new OidcClient({
		authority: settings.authority,
		client_id: settings.clientId,
		redirect_uri: settings.redirectUri ?? deps.callbackBase,
		response_type: 'code',
		scope: 'openid',
		// Metadata is known (catalog or cached discovery): oidc-client-ts must not fetch it again.
		metadata: settings.metadata ?? { issuer: settings.authority },
		stateStore: new DexieStateStore(deps.storage.db, deps.storage.secrets, `${NAMESPACE}${accountId}`, deps.now),
		// We clear stale state ourselves, across all namespaces, in one query.
		staleStateAgeInSeconds: SIGN_IN_MAX_AGE_MS / 1000
	});
}

/**
 * Builds the authorization request for an account (Authorization Code + PKCE S256, `state`,
 * `nonce`, `login_hint`) and stores what the response will be checked against. Returns the URL
 * to open at the provider.
 */
export async function prepareSignIn(
	deps: SignInDeps,
	target: { readonly account: Account; readonly connection: Connection },
	options: {
		returnTo?: string;
		extraScopes?: readonly string[];
		/** `none`: renew without any page at the provider where its session allows (a silent renewal). */
		prompt?: 'none';
	} = {}
): Promise<Result<{ url: string; pending: PendingSignIn }, AuthProblem>> {
	const { storage } = deps;
	const { account, connection } = target;
	const accountId = account.id;
	const resolved = await resolveEndpoints(connection, { ...deps, cache: storage.discovery });
	if (!resolved.ok) return resolved;
	const endpoints = resolved.value;
	const base = signInPlan(connection, account);
	// "Sign in again with the missing scope": what a server said the token lacks.
	const plan = options.extraScopes ? { ...base, scopes: [...new Set([...base.scopes, ...options.extraScopes])] } : base;
	await clearStaleTransactions(storage.db, (deps.now?.() ?? Date.now()) - SIGN_IN_MAX_AGE_MS);

	const redirectUri = connectionRedirectUri(deps.callbackBase, connection);
	const data: FlightData = {
		accountId,
		connectionId: connection.id,
		redirectUri,
		provider: connection.provider,
		...(endpoints.issuer ? { issuer: endpoints.issuer } : {}),
		...(endpoints.issuerTemplate ? { issuerTemplate: endpoints.issuerTemplate } : {}),
		connectionName: connection.name,
		tokenEndpoint: endpoints.tokenEndpoint,
		...(endpoints.revocationEndpoint ? { revocationEndpoint: endpoints.revocationEndpoint } : {}),
		...(endpoints.userinfoEndpoint ? { userinfoEndpoint: endpoints.userinfoEndpoint } : {}),
		issParameterSupported: endpoints.issParameterSupported,
		clientId: connection.clientId,
		openid: plan.openid,
		...(plan.resource ? { resource: plan.resource } : {}),
		...(plan.redeemScopes ? { redeemScopes: plan.redeemScopes.join(' ') } : {}),
		...(options.returnTo ? { returnTo: options.returnTo } : {})
	};
	const oidc = client(deps, accountId, {
		authority: endpoints.issuer ?? new URL(endpoints.authorizationEndpoint).origin,
		clientId: connection.clientId,
		redirectUri,
		metadata: {
			issuer: endpoints.issuer ?? new URL(endpoints.authorizationEndpoint).origin,
			authorization_endpoint: endpoints.authorizationEndpoint,
			token_endpoint: endpoints.tokenEndpoint
		}
	});
	// No scopes at all (a custom OAuth2 connection may leave them empty): the provider's defaults.
	// oidc-client-ts insists on a scope, so the parameter is taken out of the request it builds.
	const scope = plan.scopes.join(' ');
	const request = await oidc.createSigninRequest({
		state: data,
		scope: scope || 'openid',
		login_hint: account.email,
		...(plan.openid ? { nonce: crypto.randomUUID().replace(/-/g, '') } : {}),
		...(plan.resource ? { resource: plan.resource } : {}),
		extraQueryParams: { ...plan.params, ...(options.prompt ? { prompt: options.prompt } : {}) }
	});
	const url = new URL(request.url);
	if (!scope) url.searchParams.delete('scope');
	let clientSecret: string | undefined;
	try {
		// A secret the provider refuses from browsers (stored before that was checked) is never sent.
		clientSecret = SECRET_REFUSED[connection.provider]
			? undefined
			: await storage.connections.clientSecret(connection.id);
	} catch (error) {
		if (!(error instanceof SecretUnavailableError)) throw error;
		return err(problem('configuration', 'secret-lost-sign-in'));
	}
	const state = request.state;
	return ok({
		url: url.href,
		pending: {
			stateId: state.id,
			codeVerifier: state.code_verifier ?? '',
			...(state.nonce ? { nonce: state.nonce } : {}),
			scope,
			data,
			...(clientSecret ? { clientSecret } : {})
		}
	});
}

/**
 * Processes a sign-in response in the window that started the sign-in (it holds the PKCE
 * verifier): checks state, issuer and nonce, redeems the code, stores the grant. A forged,
 * stale or replayed response finds no state and sends nothing.
 */
export async function completeSignIn(
	deps: SignInDeps,
	url: string,
	pending?: PendingSignIn,
	options: { consumeFirst?: boolean } = {}
): Promise<SignInOutcome> {
	const params = new URL(url).searchParams;
	const stateId = params.get('state') ?? undefined;
	const flight =
		pending && stateId === pending.stateId ? fromMemory(deps, pending) : await fromStorage(deps, url, stateId);
	if (!flight.ok) return flight.outcome;
	const { data } = flight;
	const accountId = data.accountId;
	const base = { accountId, ...(data.returnTo ? { returnTo: data.returnTo } : {}) };

	// The answer must come back where its sign-in asked: the connection's own address. An answer
	// to another connection's address that carries this sign-in's state is how a provider (or
	// someone posing as one) mixes two sign-ins up (RFC 9700 §4.4): refused, whatever it says.
	const arrived = answerAddress(url);
	const expected = data.redirectUri ?? deps.callbackBase;
	if (arrived !== expected) {
		return failed('wrong-redirect', base, { arrived, expected, connection: data.connectionName });
	}

	// RFC 9207: the authorization server that answered must be the one we sent the person to.
	// Checked on error answers too: a refusal in another provider's name is no refusal of ours.
	const iss = params.get('iss');
	if (iss !== null && !data.issuer) {
		// A custom OAuth2 connection without an Issuer URL: an ordinary gap in the configuration,
		// not an attack. Nothing is stored until the person says which issuer to expect.
		return failed('issuer-not-configured', base, { iss, connection: data.connectionName });
	}
	if (iss !== null || data.issParameterSupported) {
		if (
			!data.issuer ||
			iss === null ||
			!issuerMatches(data.provider, data.issuer, iss, { template: data.issuerTemplate })
		) {
			return failed('issuer-mismatch', base, { iss: iss ?? undefined, issuer: data.issuer });
		}
	}
	// The shared address (connections made before each had its own): two connections answered
	// there could be mixed up, unless the provider names itself. The stricter rule of docs/sign-in.md.
	if (arrived === deps.callbackBase && iss === null && (await deps.storage.connections.sharingRedirect()) > 1) {
		return failed('shared-redirect', base, { callback: deps.callbackBase });
	}
	// The same for the one address of the app's Client ID Metadata Document, which every
	// connection that identifies the app by it shares (docs/zero-registration.md).
	const metadataRedirect = metadataRedirectUri(deps.callbackBase);
	if (
		arrived === metadataRedirect &&
		iss === null &&
		(await deps.storage.connections.usingClientId(data.clientId)) > 1
	) {
		return failed('shared-redirect', base, { callback: metadataRedirect });
	}

	const error = params.get('error');
	if (error) {
		if (error === 'access_denied') return failed('denied', base);
		return failed(
			'provider-error',
			{ ...base, oauthError: error },
			{ error, description: params.get('error_description') ?? undefined }
		);
	}

	// A late answer: the sign-in window may be redeeming the code itself. Whoever removes the
	// state redeems it; the other stops here, so a code is never redeemed twice.
	if (options.consumeFirst && !(await flight.consumed)) return failed('unknown-state', base, {}, 'completed-elsewhere');
	// The grant's lock, asked for while the code is being redeemed, so that storing the grant
	// waits for nothing once the answer is in: a renewal of the old grant in flight in some tab
	// finishes first (and cannot write over this one afterwards); none starts until this is stored.
	const lock = holdGrant(deps, accountId);
	try {
		return await redeem(deps, url, data, flight, base, lock.held);
	} finally {
		lock.release();
	}
}

async function redeem(
	deps: SignInDeps,
	url: string,
	data: FlightData,
	flight: Flight,
	base: { accountId: string; returnTo?: string },
	lockHeld: Promise<HeldGrant>
): Promise<SignInOutcome> {
	const { storage } = deps;
	const now = () => deps.now?.() ?? Date.now();
	const params = new URL(url).searchParams;
	const accountId = data.accountId;
	// Read while the code is being redeemed: none of it is needed before.
	const accountRead = storage.accounts.get(accountId);
	const clientSecret = flight.clientSecret;
	const exchanged = await tokenRequest(
		data.tokenEndpoint,
		{
			grant_type: 'authorization_code',
			code: params.get('code') ?? '',
			redirect_uri: data.redirectUri ?? deps.callbackBase,
			code_verifier: flight.codeVerifier,
			...(data.resource ? { resource: data.resource } : {}),
			...(data.redeemScopes ? { scope: data.redeemScopes } : {}),
			client_id: data.clientId,
			...(clientSecret ? { client_secret: clientSecret } : {})
		},
		'code',
		deps
	);
	const [account, consumed] = await Promise.all([accountRead, flight.consumed]);
	if (!consumed) return failed('unknown-state', base, {}, 'completed-elsewhere');
	if (!exchanged.ok) return failedWith('token-error', base, exchanged.error);
	if (!account) return failed('account-gone', base, {}, 'account-deleted');
	const tokens = exchanged.value;

	let claims: Record<string, unknown> = {};
	if (tokens.id_token) {
		const checked = checkIdToken(tokens.id_token, {
			provider: data.provider,
			issuer: data.issuer ?? '',
			issuerTemplate: data.issuerTemplate,
			clientId: data.clientId,
			nonce: flight.nonce,
			now: now()
		});
		if (!checked.ok) return failedWith('id-token-invalid', base, checked.error);
		claims = checked.value;
	} else if (data.openid && flight.nonce) {
		return failed('id-token-invalid', base, {}, 'no-id-token');
	}
	let person = personFrom(claims);
	if ((!person.name || !person.email) && data.userinfoEndpoint && data.openid) {
		person = { ...(await userinfo(data.userinfoEndpoint, tokens.access_token, deps)), ...stripEmpty(person) };
	}

	const held = await lockHeld;
	await held.storeSignIn(...signedInGrant(data, tokens, claims, person, flight.scope, now(), deps.dayMs));
	// For `npm run bench` and the browser's performance panel: when the grant became usable.
	globalThis.performance?.mark?.('oauth2-client:grant-stored');
	return signedInOutcome(account, person, tokens.refresh_token !== undefined, data.returnTo);
}

interface Flight {
	readonly ok: true;
	readonly data: FlightData;
	readonly codeVerifier: string;
	readonly nonce?: string | undefined;
	readonly scope: string;
	readonly clientSecret?: string | undefined;
	/** Resolves `true` once the stored state is gone, `false` if another window took it first. */
	readonly consumed: Promise<boolean>;
}

type FlightOrFailure = Flight | { readonly ok: false; readonly outcome: SignInOutcome };

/** The window that started the sign-in: its memory, and the stored copy removed alongside. */
function fromMemory(deps: SignInDeps, pending: PendingSignIn): Flight {
	return {
		ok: true,
		data: pending.data,
		codeVerifier: pending.codeVerifier,
		nonce: pending.nonce,
		scope: pending.scope,
		clientSecret: pending.clientSecret,
		consumed: deps.storage.db.transactions
			.where('key')
			.equals(pending.stateId)
			.delete()
			.then((n) => n > 0)
	};
}

/** The same-tab flow: the state comes back from storage (and is removed: it is good once). */
async function fromStorage(deps: SignInDeps, url: string, stateId: string | undefined): Promise<FlightOrFailure> {
	const { storage } = deps;
	const unknown = (code: SignInCode): FlightOrFailure => ({
		ok: false,
		outcome: failed('unknown-state', {}, {}, code)
	});
	const namespace = stateId ? await transactionNamespace(storage.db, stateId) : undefined;
	if (!stateId || !namespace?.startsWith(NAMESPACE)) {
		return unknown('unknown-state');
	}
	const accountId = namespace.slice(NAMESPACE.length);
	let state: Awaited<ReturnType<OidcClient['readSigninResponseState']>>['state'];
	try {
		// Removes the state: a second use of the same response finds nothing.
		state = (
			await client(deps, accountId, {
				authority: 'https://unused.invalid',
				clientId: 'unused'
			}).readSigninResponseState(url, true)
		).state;
	} catch (error) {
		return unknown(error instanceof SecretUnavailableError ? 'state-unreadable' : 'state-not-waiting');
	}
	const data = state.data as FlightData;
	if (data.accountId !== accountId) return unknown('state-other-account');
	let clientSecret: string | undefined;
	try {
		clientSecret = SECRET_REFUSED[data.provider]
			? undefined
			: await storage.connections.clientSecret(data.connectionId);
	} catch (error) {
		if (!(error instanceof SecretUnavailableError)) throw error;
		return { ok: false, outcome: failed('token-error', { accountId }, {}, 'secret-lost-sign-in') };
	}
	return {
		ok: true,
		data,
		codeVerifier: state.code_verifier ?? '',
		nonce: state.nonce,
		scope: state.scope,
		clientSecret,
		consumed: Promise.resolve(true)
	};
}

/** Where an answer arrived: its address without the query (the code, the state). */
function answerAddress(url: string): string {
	const parsed = new URL(url);
	return `${parsed.origin}${parsed.pathname}`;
}

function personFrom(claims: Record<string, unknown>): Person {
	const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
	const name =
		text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || undefined);
	const email =
		text(claims.email) ??
		(text(claims.preferred_username)?.includes('@') ? text(claims.preferred_username) : undefined);
	return stripEmpty({ sub: text(claims.sub), name, email });
}

function stripEmpty(person: {
	sub?: string | undefined;
	name?: string | undefined;
	email?: string | undefined;
}): Person {
	return Object.fromEntries(Object.entries(person).filter(([, v]) => v !== undefined)) as Person;
}

/** Name and email from the userinfo endpoint, when the id token lacks them. Best effort. */
async function userinfo(endpoint: string, accessToken: string, deps: HttpDeps): Promise<Person> {
	try {
		const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
		const response = await doFetch(endpoint, {
			headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
			credentials: 'omit',
			// The request carries the new access token: it goes to this endpoint or nowhere.
			redirect: 'error',
			signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000)
		});
		if (!response.ok) return {};
		const body: unknown = await response.json();
		return typeof body === 'object' && body !== null ? personFrom(body as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/**
 * A failed sign-in: its kind, and what to tell the person (by default the kind's own message).
 * `params` are what that message names.
 */
function failed(
	code: SignInFailure,
	extra: { accountId?: string; returnTo?: string; oauthError?: string } = {},
	params: Params = {},
	message: AuthCode = code as AuthCode
): SignInOutcome {
	return { kind: 'failed', code, problem: { code: message, params }, ...extra };
}

/** A failed sign-in whose problem another step found (the token request, the id token). */
function failedWith(
	code: SignInFailure,
	extra: { accountId?: string; returnTo?: string },
	p: AuthProblem
): SignInOutcome {
	return { kind: 'failed', code, problem: { code: p.code, ...(p.params ? { params: p.params } : {}) }, ...extra };
}

/**
 * The grant a sign-in stores, and its tokens: bound to the issuer, token and revocation endpoints
 * and client it came from; with when it ends by itself where the provider limits that (Microsoft:
 * a day, for a single-page app), and who signed in.
 */
function signedInGrant(
	data: FlightData,
	tokens: TokenResponse,
	claims: Record<string, unknown>,
	person: Person,
	requested: string,
	issuedAt: number,
	dayMs = 86_400_000
): Parameters<HeldGrant['storeSignIn']> {
	const token = accessTokenFrom(tokens, issuedAt, requested.split(' ').filter(Boolean));
	const lifetimeDays = PROVIDERS[data.provider].signInLifetimeDays;
	const signInExpiresAt =
		lifetimeDays !== undefined && tokens.refresh_token ? issuedAt + lifetimeDays * dayMs : undefined;
	const tenantId = data.provider === 'microsoft' && typeof claims.tid === 'string' ? claims.tid : undefined;
	return [
		{
			accountId: data.accountId,
			connectionId: data.connectionId,
			...(data.issuer ? { issuer: data.issuer } : {}),
			tokenEndpoint: data.tokenEndpoint,
			clientId: data.clientId,
			state: 'connected',
			hasRefreshToken: tokens.refresh_token !== undefined,
			...(token.expiresAt !== undefined ? { expiresAt: token.expiresAt } : {}),
			issuedAt,
			scopes: token.scopes,
			...(data.resource ? { resource: data.resource } : {}),
			...(signInExpiresAt !== undefined ? { signInExpiresAt } : {}),
			revocation: data.revocationEndpoint ? { endpoint: data.revocationEndpoint } : {},
			...(tenantId ? { tenantId } : {}),
			person,
			...(tokens.refresh_token ? {} : { problem: grantProblem({ code: 'no-refresh-token-issued' }, issuedAt) }),
			obtainedAt: issuedAt,
			updatedAt: issuedAt
		},
		{
			...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
			accessTokens: { '': token },
			...(tokens.id_token ? { idToken: tokens.id_token } : {})
		}
	];
}
