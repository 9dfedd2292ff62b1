// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
	{
		// One-way imports (see DESIGN.md): domain modules never reach up into state, components or routes.
		files: ['src/lib/{auth,transports,embed,providers,storage,config}/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/state',
								'$lib/state/*',
								'$lib/components',
								'$lib/components/*',
								'$app/*',
								'svelte',
								'svelte/*'
							],
							message: 'domain modules are plain TypeScript: no Svelte, no state, no components'
						}
					]
				}
			]
		}
	}
);
