/**
 * Sign-in, refresh, revocation and discovery. Light parts are exported directly; the rest loads
 * on demand through the `load*` functions, so that the first page stays small.
 */
export type { ProviderMetadata, DiscoveryResult, DiscoveryFailure, DiscoverOptions } from './discovery';
export { wellKnownUrl, DISCOVERY_LIFETIME_MS } from './discovery-url';
export type { Fetch, HttpDeps } from './http';
export type { AuthProblem, ProblemClass } from './problems';
export type { TokenKeeper, TokenAnswer, TokenOptions, KeeperDeps } from './keeper';
export type { RefreshScheduler, SchedulerDeps } from './scheduler';
export type { RevokeResult } from './revoke';
export type { SignInOutcome, SignInFailure, SignInDeps } from './signin';
export type { LockManagerLike } from './locks';
export { browserLocks, grantLockName, InsecureContextError } from './locks';
export { electLeader, REFRESH_LEADER_LOCK } from './leader';
export { refreshMargin, refreshDueAt, retryDelay } from './timing';
export { SIGN_IN_MAX_AGE_MS, signedInOutcome } from './outcome';
export {
	openSignInWindow,
	waitForResponse,
	relayToOpener,
	callbackUrl,
	RESULT as SIGN_IN_RESULT,
	type PopupEnd,
	type RelayResult
} from './popup';

/** Token keeper, refresh scheduler, revocation, binding checks, endpoint resolution, discovery. */
export const loadTokens = () => import('./tokens');

/** The sign-in flow with oidc-client-ts: loaded only when someone signs in. */
export const loadSignIn = () => import('./signin');
