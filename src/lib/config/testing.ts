import type { Grant } from './grant';

/** A grant for tests: connected, with a refresh token, nothing else set unless given. */
export function aGrant(partial: Partial<Grant> = {}): Grant {
	return {
		accountId: 'a',
		connectionId: 'c',
		tokenEndpoint: 'https://t',
		clientId: 'x',
		state: 'connected',
		hasRefreshToken: true,
		scopes: [],
		obtainedAt: 0,
		updatedAt: 0,
		...partial
	};
}
