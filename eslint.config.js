// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { folderImport, LAYERS, PLAIN } from './scripts/layers.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Unused names that start with _ are deliberate (destructuring to drop a field).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// Playwright fixtures must destructure their dependencies, even when there are none.
		files: ['tests/**/*.ts'],
		rules: { 'no-empty-pattern': 'off' }
	},
	// One-way imports, folder by folder (scripts/layers.js, the README's map): an upward or
	// sideways import fails the lint.
	...Object.entries(LAYERS).map(([folder, { imports, types }]) => {
		const own = /** @type {readonly string[]} */ (imports);
		const typeOnly = /** @type {readonly string[]} */ (types);
		const others = Object.keys(LAYERS).filter((f) => f !== folder && !own.includes(f));
		return {
			files: [`src/lib/${folder}/**/*.ts`, `src/lib/${folder}/**/*.svelte`],
			ignores: ['**/*.test.ts', '**/testing/**', '**/testing.ts'],
			rules: {
				'@typescript-eslint/no-restricted-imports': [
					'error',
					{
						patterns: [
							...others
								.filter((f) => !typeOnly.includes(f))
								.map((f) => ({
									regex: folderImport(f),
									message:
										own.length > 0
											? `${folder}/ may import only ${own.join(', ')} (scripts/layers.js)`
											: `${folder}/ imports nothing else in src/lib (scripts/layers.js)`
								})),
							...typeOnly.map((f) => ({
								regex: folderImport(f),
								allowTypeImports: true,
								message: `${folder}/ may name ${f}/'s types, never call it (scripts/layers.js)`
							})),
							...(PLAIN.includes(folder)
								? [
										{
											regex: '^(svelte|\\$app)(/.*)?$',
											message: `${folder}/ is plain TypeScript: no Svelte, no SvelteKit`
										}
									]
								: [])
						]
					}
				]
			}
		};
	})
);
