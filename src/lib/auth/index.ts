/**
 * Sign-in, refresh, revocation and discovery. Light parts are exported directly; the rest loads
 * on demand through the `load*` functions, so that the first page stays small.
 */
export type { ProviderMetadata, DiscoveryResult, DiscoveryFailure, DiscoverOptions } from './discovery';
export { wellKnownUrl, DISCOVERY_LIFETIME_MS } from './discovery-url';
export type { Fetch, HttpDeps } from './http';
export type { DomainDiscoveryCode, DomainProblem, DomainStep, FoundProvider, ServerMetadata } from './domain-discovery';
export type { RegistrationCode, RegistrationProblem, ClientMetadata } from './registration';
export type {
	AuthCode,
	AuthProblem,
	ProblemClass,
	TokenCode,
	DiscoveryCode,
	KeeperCode,
	SignInCode,
	IdTokenCode,
	RevokeCode
} from './problems';
export type { TokenKeeper, TokenAnswer, TokenOptions, KeeperDeps, IssuedToken, NoToken } from './keeper';
export type { HeldGrant, GrantDeps } from './grant-changes';
export type { RefreshScheduler, SchedulerDeps } from './scheduler';
export type { RevokeResult } from './revoke';
export type { SignInDeps, PendingSignIn } from './signin';
export type { SignInOutcome, SignInFailure } from './outcome';
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
