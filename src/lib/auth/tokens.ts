/**
 * Keeping grants alive: loaded on demand (see `loadTokens` in index.ts), so that a page with
 * nothing signed in never downloads it.
 */
export { TokenKeeper } from './keeper';
export { RefreshScheduler, nextRefreshAt } from './scheduler';
export { revokeGrant } from './revoke';
export { bindingChanges } from './binding';
export { resolveEndpoints } from './endpoints';
export { discover } from './discovery';
