export * from './catalog';
export { staticEndpoints } from './endpoints';
export { appBase, callbackBase, clientMetadataUrl, connectionRedirectUri, metadataRedirectUri } from './redirect';
export { emailDomain, presetForDomain, KNOWN_DOMAIN_COUNT } from './domains';
export { issuerMatches } from './issuer';
export {
	CONSUMER_TENANT,
	MICROSOFT_CLOUD_INFO,
	isGuid,
	microsoftAuthority,
	tenantInIssuer,
	type MicrosoftCloudInfo
} from './microsoft';
export {
	signInPlan,
	resourceFor,
	portalResource,
	transportOf,
	type SignInRequestPlan,
	type ResourceRequest,
	type PortalResource
} from './signin';
