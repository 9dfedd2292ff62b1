export * from './catalog';
export { staticEndpoints, redirectUri } from './endpoints';
