import type { Entry } from './format';

/** The loaders of the de catalog's areas (each its own chunk), loaded only when de is in use. */
export default import.meta.glob<Readonly<Record<string, Entry>>>('./de/*.ts', { import: 'default' });
