import { SECRET_REFUSED } from '$lib/config';
import { SecretUnavailableError, type Storage } from '$lib/storage';
import { bindingChanges } from './binding';
import { resolveEndpoints } from './endpoints';
import type { HttpDeps } from './http';
import { browserLocks, grantLockName, type LockManagerLike } from './locks';
import { revokeToken, type RevocationOutcome } from './token-client';

export type RevokeResult = RevocationOutcome | { readonly kind: 'nothing-to-revoke' };

/**
 * Revokes an account's refresh token at the provider (RFC 7009) where it has a revocation
 * endpoint. The grant stays stored: the caller deletes it (or the account) afterwards.
 */
export async function revokeGrant(
	deps: HttpDeps & { storage: Storage; locks?: LockManagerLike },
	accountId: string
): Promise<RevokeResult> {
	const locks = deps.locks ?? browserLocks();
	return locks.request(grantLockName(accountId), { mode: 'exclusive' }, async () => {
		const { storage } = deps;
		const grant = await storage.grants.get(accountId);
		if (!grant) return { kind: 'nothing-to-revoke' } as const;
		let secrets;
		try {
			secrets = await storage.grants.secrets(accountId);
		} catch (error) {
			if (error instanceof SecretUnavailableError) return { kind: 'nothing-to-revoke' } as const;
			throw error;
		}
		const token = secrets.refreshToken ?? secrets.accessTokens['']?.token;
		if (!token) return { kind: 'nothing-to-revoke' } as const;
		const connection = await storage.connections.get(grant.connectionId);
		if (!connection)
			return { kind: 'failed', message: 'The connection is gone, so its revocation endpoint is unknown.' } as const;
		// A token goes only to the provider that issued it, never to the one a connection points at now.
		if (bindingChanges(grant, connection))
			return {
				kind: 'failed',
				message: `The token was issued by the provider “${connection.name}” pointed at before it was changed, so it was not sent to the new one. If it may still be valid, remove this app's access in the account settings at the former provider.`
			} as const;
		const resolved = await resolveEndpoints(connection, { ...deps, cache: storage.discovery });
		if (!resolved.ok) return { kind: 'failed', message: resolved.problem.message } as const;
		let clientSecret: string | undefined;
		try {
			clientSecret = SECRET_REFUSED[connection.provider]
				? undefined
				: await storage.connections.clientSecret(connection.id);
		} catch {
			clientSecret = undefined;
		}
		return revokeToken(
			resolved.endpoints.revocationEndpoint,
			{ token, clientId: grant.clientId, ...(clientSecret ? { clientSecret } : {}) },
			deps
		);
	});
}
