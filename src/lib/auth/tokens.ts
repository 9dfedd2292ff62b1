/**
 * Keeping grants alive: loaded on demand (see `loadTokens` in index.ts), so that a page with
 * nothing signed in never downloads it.
 */
export { TokenKeeper, ASSUMED_LIFETIME_MS } from './keeper';
export { RefreshScheduler, nextRefreshAt } from './scheduler';
export { revokeGrant, revokeHeld } from './revoke';
export { withGrant } from './grant-changes';
export { bindingChanges } from './binding';
export { resolveEndpoints } from './endpoints';
export { discover } from './discovery';
