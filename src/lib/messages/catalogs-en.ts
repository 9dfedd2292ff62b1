import type { Entry } from './format';

/** The loaders of the en catalog's areas (each its own chunk), loaded only when en is in use. */
export default import.meta.glob<Readonly<Record<string, Entry>>>('./en/*.ts', { import: 'default' });
