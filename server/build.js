// @ts-check
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds the static app into `outDir` (relative to the project), optionally for a sub-path and
 * with the local demo switched on. Builds share `.svelte-kit/`: run them one after another.
 * `daySeconds` and `twins` belong to the demo too: how long a day lasts for the provider twins,
 * and (for `npm start`) where the twins stand in for the real providers (src/lib/state/demo.ts).
 * `publicOrigin`: where the build is served (`PUBLIC_ORIGIN`: it writes the app's Client ID Metadata Document).
 * @param {{ outDir: string, basePath?: string, publicOrigin?: string, demoIssuer?: string, demoClientId?: string, demoJmapUrl?: string, daySeconds?: number, twins?: unknown, sourcemap?: boolean, quiet?: boolean, versionPollMs?: number }} options
 */
export async function buildApp(options) {
	/** @type {NodeJS.ProcessEnv} */
	const env = {
		...process.env,
		BUILD_DIR: options.outDir,
		BASE_PATH: options.basePath ?? '',
		PUBLIC_ORIGIN: options.publicOrigin ?? '',
		PUBLIC_DEMO_ISSUER: options.demoIssuer ?? '',
		PUBLIC_DEMO_CLIENT_ID: options.demoIssuer ? (options.demoClientId ?? DEMO_CLIENT_ID) : '',
		PUBLIC_DEMO_JMAP_URL: options.demoJmapUrl ?? '',
		PUBLIC_DEMO_DAY_SECONDS: options.demoIssuer && options.daySeconds ? String(options.daySeconds) : '',
		PUBLIC_DEMO_TWINS: options.demoIssuer && options.twins ? JSON.stringify(options.twins) : '',
		SOURCEMAP: options.sourcemap ? '1' : '',
		...(options.versionPollMs !== undefined ? { VERSION_POLL_MS: String(options.versionPollMs) } : {})
	};
	const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
	await new Promise((ok, fail) => {
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', options.quiet ? 'error' : 'warn'], {
			cwd: ROOT,
			env,
			stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', 'inherit']
		});
		let out = '';
		child.stdout?.on('data', (d) => (out += d));
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok(undefined) : fail(new Error(`vite build failed with exit code ${code}\n${out}`))
		);
	});
	return resolve(ROOT, options.outDir);
}

export const DEMO_CLIENT_ID = 'oauth2-client-demo';
