export * from './catalog';
export { staticEndpoints } from './endpoints';
export { redirectUri } from './redirect';
export { issuerMatches } from './issuer';
export {
	signInPlan,
	resourceFor,
	transportOf,
	supportsTransport,
	type SignInRequestPlan,
	type ResourceRequest
} from './signin';
