import type { HeldGrant, RevokeResult } from '$lib/auth';
import {
	validateConnection,
	type Account,
	type Connection,
	type ConnectionSettings,
	type ConfigurationFile,
	type FieldError,
	type Problem
} from '$lib/config';
import type { CommitResult, ImportPreview } from '$lib/storage';
import { commitImport, previewImport } from '$lib/storage';
import { domainDeps, tokensModule, type AppContext } from './context';

/**
 * Every use case that changes grants, each grant under its lock (the changes themselves are
 * `HeldGrant`'s, in `$lib/auth`): sign-outs, revoking many, rebinding after a connection change,
 * deleting accounts and connections, an import's commit, forgetting the browser.
 */

/** Why the application layer signed an account out: stored on its grant, worded by the UI. */
export type AppCode =
	/** The connection was edited to point at another provider or client. */
	| 'connection-moved'
	/** An imported file pointed the account's connection at another provider or client. */
	| 'import-moved'
	/** Its tokens were revoked for an import that then failed. */
	| 'import-failed-revoked'
	/** The configuration here could not be read to check an import again. */
	| 'import-unreadable'
	/** The browser's database refused an import's write. */
	| 'import-refused'
	/** The configuration here changed after the preview, and the file now clashes with it. */
	| 'import-clashes'
	/** A sign-in failed in a way nothing expected (its own words: `detail`). */
	| 'sign-in-unexpected'
	/** Something failed that was not expected to: its own words (`detail`). */
	| 'unexpected';

/** An account whose tokens the provider could not be told to revoke, and why. */
export interface RevocationFailure {
	readonly email: string;
	readonly problem: Problem;
}

/** How far a long operation is: `done` of `total`, and whom it is at. */
export interface Progress {
	readonly done: number;
	readonly total: number;
	readonly current?: string;
}

/**
 * Revokes the grant of each account at its provider, one after the other under each grant's
 * lock, and then (`after`) changes it under the same lock: a renewal in another tab can neither
 * slip in between nor write over the change. Collects what could not be revoked.
 */
export async function revokeEach(
	ctx: AppContext,
	accounts: readonly { readonly id: string; readonly email: string }[],
	options: {
		readonly after?: (held: HeldGrant, result: RevokeResult) => Promise<void>;
		readonly onProgress?: (progress: Progress) => void;
	} = {}
): Promise<{ failures: RevocationFailure[]; revoked: { id: string; email: string; obtainedAt: number }[] }> {
	const failures: RevocationFailure[] = [];
	const revoked: { id: string; email: string; obtainedAt: number }[] = [];
	if (accounts.length === 0) return { failures, revoked };
	const { withGrant, revokeHeld } = await tokensModule();
	const deps = domainDeps(ctx);
	for (const [index, account] of accounts.entries()) {
		options.onProgress?.({ done: index, total: accounts.length, current: account.email });
		try {
			await withGrant(deps, account.id, async (held) => {
				const grant = await held.read();
				const result = await revokeHeld(deps, held);
				if (result.kind === 'failed') failures.push({ email: account.email, problem: result.problem });
				if (result.kind === 'revoked' && grant) revoked.push({ ...account, obtainedAt: grant.obtainedAt });
				await options.after?.(held, result);
			});
		} catch (error) {
			failures.push({ email: account.email, problem: unexpected(error) });
		}
	}
	options.onProgress?.({ done: accounts.length, total: accounts.length });
	return { failures, revoked };
}

/** An exception where a value was expected (the database refused, say): its own words, for the record. */
function unexpected(error: unknown): Problem {
	return { code: 'unexpected', params: { detail: error instanceof Error ? error.message : String(error) } };
}

export type ConnectionSave =
	| {
			readonly kind: 'saved';
			readonly connection: Connection;
			readonly signedOut: readonly Account[];
			readonly revocationFailures: readonly RevocationFailure[];
			/** The stored client secret was not kept: the connection now points elsewhere. */
			readonly droppedSecret: boolean;
	  }
	| { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
	/** Saving would point signed-in accounts at another provider or client: ask first. */
	| { readonly kind: 'confirm-sign-out'; readonly accounts: readonly Account[] };

/**
 * Saves a connection. A grant is bound to the issuer, token and revocation endpoints and client it
 * came from: if the change moves signed-in accounts elsewhere, the first call asks
 * (`confirm-sign-out`); with `signOutConfirmed` their tokens are revoked at the old provider and
 * they are marked "Sign-in required", keeping their settings. The tokens of accounts that needed a
 * sign-in anyway are dropped. Either way no token ever goes to the new provider. Accounts stuck on
 * a configuration error get another try with the corrected settings.
 */
export async function saveConnection(
	ctx: AppContext,
	raw: unknown,
	options: { removeClientSecret?: boolean; signOutConfirmed?: boolean; useOwnRedirect?: boolean } = {}
): Promise<ConnectionSave> {
	const { storage } = ctx;
	const checked = validateConnection(raw);
	if (!checked.ok) return { kind: 'invalid', errors: checked.error };
	const id = checked.value.id;
	const before = id ? await storage.connections.get(id) : undefined;
	const { moved, stale } = id ? await rebound(ctx, { ...checked.value, id }, before) : { moved: [], stale: [] };
	if (moved.length > 0 && !options.signOutConfirmed) return { kind: 'confirm-sign-out', accounts: moved };
	// A save that will be refused must not have signed anybody out first.
	const nameErrors = await storage.connections.nameProblem(checked.value.name, id);
	if (nameErrors) return { kind: 'invalid', errors: nameErrors };

	// Revoked at the old provider, then wiped, under each grant's lock; the save comes after, so a
	// renewal waiting for a lock finds the grant signed out, never sends its token anywhere new.
	const { failures } = await revokeEach(ctx, moved, {
		after: async (held) => {
			await held.signOut({ code: 'connection-moved', params: { connection: checked.value.name } });
		}
	});
	const { withGrant } = await tokensModule();
	for (const account of stale) await withGrant(domainDeps(ctx), account.id, (held) => held.dropTokens());
	const saved = await storage.connections.save(raw, options);
	if (!saved.ok) return { kind: 'invalid', errors: saved.error };
	if (options.useOwnRedirect) await storage.connections.useOwnRedirect(saved.value.id);
	const droppedSecret =
		before?.hasClientSecret === true &&
		!saved.value.hasClientSecret &&
		!options.removeClientSecret &&
		checked.value.clientSecret === undefined;
	for (const account of await storage.connections.accountsUsing(saved.value.id)) {
		await withGrant(domainDeps(ctx), account.id, (held) => held.retryNow());
	}
	return { kind: 'saved', connection: saved.value, signedOut: moved, revocationFailures: failures, droppedSecret };
}

/**
 * The accounts of a connection whose grants a change to it would move elsewhere: signed-in ones
 * (`moved`), and ones that need a sign-in anyway (`stale`: their tokens just go).
 */
async function rebound(
	ctx: AppContext,
	next: ConnectionSettings,
	before: Connection | undefined
): Promise<{ moved: Account[]; stale: Account[] }> {
	const { storage } = ctx;
	const accounts = await storage.connections.accountsUsing(next.id);
	const grants = (await Promise.all(accounts.map((a) => storage.grants.get(a.id)))).filter((g) => g !== undefined);
	const moved: Account[] = [];
	const stale: Account[] = [];
	if (grants.length === 0) return { moved, stale };
	const { bindingChanges } = await tokensModule();
	for (const grant of grants) {
		if (!bindingChanges(grant, next, before)) continue;
		const account = accounts.find((a) => a.id === grant.accountId)!;
		(grant.state !== 'sign-in-required' ? moved : stale).push(account);
	}
	return { moved, stale };
}

export type DeleteOutcome =
	| { readonly kind: 'deleted'; readonly revoked: boolean }
	| { readonly kind: 'revocation-failed'; readonly problem: Problem };

/**
 * Revokes the account's refresh token at the provider, then deletes the account (its grant and
 * its portals' permissions go with it), under the grant's lock. If the provider could not be
 * told, nothing is deleted unless `force`.
 */
export async function deleteAccount(ctx: AppContext, id: string, force = false): Promise<DeleteOutcome> {
	let outcome: DeleteOutcome = { kind: 'deleted', revoked: false };
	const { failures } = await revokeEach(ctx, [{ id, email: '' }], {
		after: async (_held, result) => {
			if (result.kind === 'failed' && !force) return;
			await ctx.storage.accounts.delete(id);
			outcome = { kind: 'deleted', revoked: result.kind === 'revoked' };
		}
	});
	const failure = failures[0];
	if (failure && !force) return { kind: 'revocation-failed', problem: failure.problem };
	return outcome;
}

export type ConnectionDelete =
	| { readonly kind: 'deleted'; readonly accounts: number }
	| { readonly kind: 'revocation-failed'; readonly failures: readonly RevocationFailure[] };

/**
 * Revokes the grants of the connection's accounts at the provider, then deletes the connection
 * and its accounts. If a revocation fails, nothing is deleted unless `force`.
 */
export async function deleteConnection(ctx: AppContext, id: string, force = false): Promise<ConnectionDelete> {
	const { storage } = ctx;
	const accounts = await storage.connections.accountsUsing(id);
	const signedIn = [];
	for (const account of accounts) if (await storage.grants.get(account.id)) signedIn.push(account);
	const { failures } = await revokeEach(ctx, signedIn);
	if (failures.length > 0 && !force) return { kind: 'revocation-failed', failures };
	await storage.connections.delete(id);
	return { kind: 'deleted', accounts: accounts.length };
}

/** Reads the whole configuration as it would be after an import (writes nothing). */
export async function previewFile(ctx: AppContext, file: ConfigurationFile): Promise<ImportPreview> {
	const { bindingChanges } = await tokensModule();
	return previewImport(ctx.storage, file, bindingChanges);
}

export type ImportCommit =
	| { readonly kind: 'done'; readonly revocationFailures: readonly RevocationFailure[] }
	/** The configuration changed since the preview: this is the new one; nothing was done. */
	| { readonly kind: 'changed'; readonly preview: ImportPreview }
	| {
			/** Nothing from the file was written; tokens revoked on the way stay revoked. */
			readonly kind: 'failed';
			readonly reason: Problem;
			readonly problems: readonly FieldError[];
			readonly signedOutAtProvider: readonly string[];
	  };

/**
 * Imports a previewed file. Accounts it replaces that are signed in, and accounts whose connection
 * it moves elsewhere, are signed out first (their tokens revoked at the provider that issued them,
 * where it can be; the moved ones wiped); all writes of the file are one transaction, which also
 * lists the imported accounts for signing in.
 */
export async function importFile(
	ctx: AppContext,
	file: ConfigurationFile,
	previewed: ImportPreview,
	/** The file's name, for the accounts it may leave signed out. */
	name: string,
	onProgress: (
		step:
			| { readonly kind: 'checking' }
			| { readonly kind: 'signing-out'; readonly progress: Progress }
			| { readonly kind: 'writing' }
	) => void
): Promise<ImportCommit> {
	onProgress({ kind: 'checking' });
	// The preview may have been open a while: nobody is signed out on the strength of a stale one.
	let preview: ImportPreview;
	try {
		preview = await previewFile(ctx, file);
	} catch (error) {
		return {
			kind: 'failed',
			reason: { code: 'import-unreadable', params: detail(error) },
			problems: [],
			signedOutAtProvider: []
		};
	}
	if (preview.problems.length > 0 || summary(preview) !== summary(previewed)) return { kind: 'changed', preview };
	const { failures, revoked } = await revokeEach(ctx, [...preview.signedOut, ...preview.rebound], {
		onProgress: (progress) => onProgress({ kind: 'signing-out', progress })
	});
	onProgress({ kind: 'writing' });
	let committed: CommitResult;
	try {
		committed = await commitImport(ctx.storage, file);
	} catch (error) {
		return failedImport(ctx, name, { code: 'import-refused', params: detail(error) }, [], revoked);
	}
	if (!committed.ok) return failedImport(ctx, name, { code: 'import-clashes' }, committed.error, revoked);
	// Accounts the file leaves, on a connection it moved elsewhere: their tokens go (revoked at the
	// old provider above); who signed in stays. Until then a renewal finds the binding changed and
	// sends nothing. (Replaced accounts lost their grant with the commit.)
	const { withGrant } = await tokensModule();
	for (const account of preview.rebound) {
		await withGrant(domainDeps(ctx), account.id, (held) => held.signOut({ code: 'import-moved' }));
	}
	return { kind: 'done', revocationFailures: failures };
}

/**
 * Nothing from the file was written, but revoked tokens stay revoked: say so, and show those
 * accounts as needing a sign-in rather than as connected with tokens that no longer work. A grant
 * obtained since (the account signed in again) is left alone.
 */
async function failedImport(
	ctx: AppContext,
	file: string,
	reason: Problem,
	problems: readonly FieldError[],
	revoked: readonly { id: string; email: string; obtainedAt: number }[]
): Promise<ImportCommit> {
	const { withGrant } = await tokensModule();
	for (const account of revoked) {
		try {
			await withGrant(domainDeps(ctx), account.id, (held) =>
				held.signOut({ code: 'import-failed-revoked', params: { file } }, { obtainedAt: account.obtainedAt })
			);
		} catch (error) {
			console.error(`Marking ${account.email} as signed out failed:`, error);
		}
	}
	return { kind: 'failed', reason, problems, signedOutAtProvider: revoked.map((r) => r.email) };
}

/** What a preview would do, to tell whether it changed. */
function summary(preview: ImportPreview): string {
	const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
	return JSON.stringify([
		ids(preview.connections.added),
		ids(preview.connections.replaced),
		ids(preview.accounts.added),
		ids(preview.accounts.replaced),
		ids(preview.signedOut),
		ids(preview.droppedSecrets),
		ids(preview.rebound),
		ids(preview.portalPermissions)
	]);
}

function detail(error: unknown) {
	return { detail: error instanceof Error ? error.message : String(error) };
}

/** What "Forget this browser" will touch, for the confirmation. */
export async function forgetSummary(
	ctx: AppContext
): Promise<{ accounts: number; grants: number; connections: number }> {
	const db = ctx.storage.db;
	const [accounts, grants, connections] = await Promise.all([
		db.accounts.count(),
		db.grants.count(),
		db.connections.count()
	]);
	return { accounts, grants, connections };
}

/**
 * Revokes every grant it can at its provider (each under its lock), so that "Forget this browser"
 * can then delete the database: what it could not revoke, and how many it did.
 */
export async function revokeAll(
	ctx: AppContext,
	onProgress: (progress: Progress) => void
): Promise<{ failures: RevocationFailure[]; revoked: number }> {
	const { storage } = ctx;
	const grants = await storage.grants.list();
	const accounts = (await storage.accounts.list()).items;
	const who = grants.map((g) => ({
		id: g.accountId,
		email: accounts.find((a) => a.id === g.accountId)?.email ?? g.person?.email ?? ''
	}));
	const { failures, revoked } = await revokeEach(ctx, who, { onProgress });
	return { failures, revoked: revoked.length };
}
