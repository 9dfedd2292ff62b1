// @ts-check
/**
 * The layers of `src/lib`, top to bottom, and what each may import: the README's map, enforced by
 * ESLint (`eslint.config.js`) and checked again, with import cycles, by `src/architecture.test.ts`.
 * A folder imports only the ones listed for it; its own files it imports freely.
 *
 * `types` lists what a folder may import for types only (`import type`): a presentational
 * component may name a domain type it is handed, never call the domain.
 */
export const LAYERS = /** @type {const} */ ({
	containers: {
		imports: ['components', 'state', 'messages', 'providers', 'config'],
		types: ['app', 'auth', 'transports', 'embed', 'storage']
	},
	components: {
		imports: ['messages', 'providers', 'config'],
		types: ['app', 'auth', 'transports', 'embed', 'storage']
	},
	state: {
		imports: ['messages', 'app', 'auth', 'transports', 'embed', 'providers', 'storage', 'config'],
		types: []
	},
	messages: { imports: ['app', 'auth', 'transports', 'embed', 'providers', 'storage', 'config'], types: [] },
	app: { imports: ['auth', 'transports', 'embed', 'providers', 'storage', 'config'], types: [] },
	auth: { imports: ['providers', 'storage', 'config'], types: [] },
	transports: { imports: ['config'], types: [] },
	embed: { imports: ['config'], types: [] },
	providers: { imports: ['config'], types: [] },
	storage: { imports: ['config'], types: [] },
	config: { imports: [], types: [] }
});

/** The folders that are plain TypeScript: no Svelte, no SvelteKit. */
export const PLAIN = ['app', 'auth', 'transports', 'embed', 'providers', 'storage', 'config'];

/**
 * A regular expression that matches an import of folder `name` of `src/lib`, by alias or relative path.
 * @param {string} name
 */
export function folderImport(name) {
	return `^(\\$lib/${name}|(\\.\\./)+${name})(/.*)?$`;
}
