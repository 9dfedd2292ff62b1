export { discover, wellKnownUrl, DISCOVERY_LIFETIME_MS } from './discovery';
export type { ProviderMetadata, DiscoveryResult, DiscoveryFailure, DiscoverOptions } from './discovery';
export type { Fetch, HttpDeps } from './http';
