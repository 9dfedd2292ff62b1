import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checkMessages } from './scripts/check-messages.js';

export default defineConfig({
	// Every language's words complete, or no build (src/lib/messages/completeness.ts).
	plugins: [checkMessages(), sveltekit()],
	resolve: {
		alias: {
			// Dexie's package entry wraps its UMD build (to guard against two copies when CJS and ESM
			// mix); we only import it as ESM, and its modern ESM build is 8 KB smaller gzipped.
			dexie: 'dexie/dist/modern/dexie.mjs'
		}
	},
	// Rolldown reports slow plugins after every build; Kit's own compile step always trips it.
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } },
		// The benchmarks map chunks back to their sources.
		sourcemap: process.env.SOURCEMAP === '1'
	},
	server: { strictPort: true },
	preview: { strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/attacks/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
