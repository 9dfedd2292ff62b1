import type { Entry } from './format';

/** The loaders of the fr catalog's areas (each its own chunk), loaded only when fr is in use. */
export default import.meta.glob<Readonly<Record<string, Entry>>>('./fr/*.ts', { import: 'default' });
