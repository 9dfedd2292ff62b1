import { SECRET_REFUSED } from '$lib/config';
import { SecretUnavailableError, type Storage } from '$lib/storage';
import { bindingChanges } from './binding';
import { resolveEndpoints } from './endpoints';
import type { HttpDeps } from './http';
import { withGrant, type HeldGrant } from './grant-changes';
import type { LockManagerLike } from './locks';
import { problem } from './problems';
import { revokeToken, type RevocationOutcome } from './token-client';

export type RevokeResult = RevocationOutcome | { readonly kind: 'nothing-to-revoke' };

type RevokeDeps = HttpDeps & { storage: Storage; locks?: LockManagerLike };

/**
 * Revokes an account's refresh token at the provider (RFC 7009) where it has a revocation
 * endpoint: the one recorded with the grant at sign-in, whatever the connection says now. The
 * grant stays stored: the caller signs it out or deletes it (or the account) afterwards, under
 * the same lock (`revokeHeld`).
 */
export function revokeGrant(deps: RevokeDeps, accountId: string): Promise<RevokeResult> {
	return withGrant(deps, accountId, (held) => revokeHeld(deps, held));
}

/** `revokeGrant` for a grant whose lock the caller holds. */
export async function revokeHeld(deps: RevokeDeps, held: HeldGrant): Promise<RevokeResult> {
	const { storage } = deps;
	const grant = await held.read();
	if (!grant) return { kind: 'nothing-to-revoke' } as const;
	let secrets;
	try {
		secrets = await held.secrets();
	} catch (error) {
		if (error instanceof SecretUnavailableError) return { kind: 'nothing-to-revoke' } as const;
		throw error;
	}
	const token = secrets.refreshToken ?? secrets.accessTokens['']?.token;
	if (!token) return { kind: 'nothing-to-revoke' } as const;
	const connection = await storage.connections.get(grant.connectionId);
	const moved = !connection || bindingChanges(grant, connection);
	// A token goes back only to the provider that issued it: where the sign-in recorded.
	let endpoint: string | undefined;
	if (grant.revocation) {
		endpoint = grant.revocation.endpoint;
	} else {
		// Signed in before that was recorded: the connection's endpoint, but only while the
		// connection is as it was then (a changed one may point anywhere).
		if (!connection || moved || connection.updatedAt > grant.obtainedAt) {
			return {
				kind: 'failed',
				problem: problem('configuration', 'revoke-unrecorded', { params: { connection: connection?.name } })
			} as const;
		}
		const resolved = await resolveEndpoints(connection, { ...deps, cache: storage.discovery });
		if (!resolved.ok) return { kind: 'failed', problem: resolved.error } as const;
		endpoint = resolved.value.revocationEndpoint;
	}
	// The connection's client secret only where it belongs to the client the token was issued to.
	let clientSecret: string | undefined;
	try {
		clientSecret =
			!connection || moved || SECRET_REFUSED[connection.provider]
				? undefined
				: await storage.connections.clientSecret(connection.id);
	} catch {
		clientSecret = undefined;
	}
	return revokeToken(endpoint, { token, clientId: grant.clientId, ...(clientSecret ? { clientSecret } : {}) }, deps);
}
