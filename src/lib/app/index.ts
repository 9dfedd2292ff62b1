/**
 * The application layer: the use cases the UI calls, in plain TypeScript. It resolves an account
 * to its token (`accountSession`, the one place), owns every change to grants (each under the
 * grant's lock, through `$lib/auth`'s `HeldGrant`), and answers portals. It returns codes and
 * data; the UI words them (`$lib/messages`).
 */
export type { AppContext } from './context';
export { keeperOf, tokensModule } from './context';
export {
	accountSession,
	type AccountSession,
	type SessionCode,
	type SessionProblem,
	type SessionPurpose
} from './session';
export { statusWord, signInValidity, type SignInValidity } from './status';
export type {
	AppCode,
	RevocationFailure,
	Progress,
	ConnectionSave,
	ConnectionDelete,
	DeleteOutcome,
	ImportCommit
} from './grants';
export type { ConnectionCheck } from './mail';
