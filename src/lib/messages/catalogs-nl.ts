import type { Entry } from './format';

/** The loaders of the nl catalog's areas (each its own chunk), loaded only when nl is in use. */
export default import.meta.glob<Readonly<Record<string, Entry>>>('./nl/*.ts', { import: 'default' });
