export * from './catalog';
export { staticEndpoints } from './endpoints';
export { redirectUri } from './redirect';
export { issuerMatches } from './issuer';
export { signInPlan, type SignInRequestPlan } from './signin';
