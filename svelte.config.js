// @ts-check
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkPublicOrigin, CLIENT_METADATA_FILE, clientMetadataDocument } from './scripts/client-metadata.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';

const base = normaliseBase(process.env.BASE_PATH ?? '');
const demoIssuer = process.env.PUBLIC_DEMO_ISSUER ?? '';
/** The demo and the tests build elsewhere, so that they never overwrite a production `build/`. */
const outDir = process.env.BUILD_DIR ?? 'build';
/**
 * Where the app is served (`https://mail.example.org`): with it, the build writes the app's Client
 * ID Metadata Document (`oauth-client.json`) and the app offers it to servers that support it
 * (docs/zero-registration.md). Without it, the app registers itself by RFC 7591 where it can.
 */
const publicOriginSetting =
	process.env.PUBLIC_ORIGIN ?? loadEnv('production', '.', 'PUBLIC_ORIGIN').PUBLIC_ORIGIN ?? '';
const publicOrigin = publicOriginSetting ? checkPublicOrigin(publicOriginSetting) : '';
const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

/**
 * adapter-static, then the Client ID Metadata Document beside the app where `PUBLIC_ORIGIN` says
 * where that is.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withClientMetadata(inner) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			if (!publicOrigin) return;
			const document = clientMetadataDocument({ origin: publicOrigin, base, version });
			writeFileSync(join(outDir, CLIENT_METADATA_FILE), `${JSON.stringify(document, null, '\t')}\n`);
		}
	};
}
/**
 * How often an open tab asks the host whether a new version was deployed (it also asks when the
 * tab becomes visible again and when the network returns). The tests build with a short one.
 */
const versionPollMs = Number(process.env.VERSION_POLL_MS ?? 5 * 60_000);
if (!Number.isInteger(versionPollMs) || versionPollMs < 0) {
	throw new Error(
		`svelte.config.js: VERSION_POLL_MS must be a whole number of milliseconds, not “${process.env.VERSION_POLL_MS}”.`
	);
}

/**
 * `BASE_PATH=/tools/oauth2` builds for a sub-path. Kit wants it without a trailing slash and
 * with a leading one; accept the common mistakes instead of failing with Kit's terser error.
 * @param {string} raw
 */
function normaliseBase(raw) {
	const trimmed = raw.trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Kit's route announcer carries an inline `style` attribute. The CSP forbids inline styles, so
 * allow exactly that one by its hash ('unsafe-hashes' applies hashes to style attributes only).
 * Read from Kit itself, so that an upgrade that changes it cannot silently break the page.
 */
function announcerStyleHash() {
	const kitRoot = join(dirname(fileURLToPath(import.meta.resolve('@sveltejs/kit'))), '..', '..');
	const source = readFileSync(join(kitRoot, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*?style="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error('svelte.config.js: cannot find the style of Kit’s announcer to allow it in the CSP.');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * app.html carries one inline script of ours (the sign-in window's early relay): allow exactly it,
 * by the hash of its text as it stands in the file.
 */
function callbackScriptHash() {
	const html = readFileSync(fileURLToPath(new URL('./src/app.html', import.meta.url)), 'utf8');
	const script = /<script id="oauth2-client-callback">([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (script === undefined) throw new Error('svelte.config.js: the callback script is missing from src/app.html.');
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** Where the app may send requests: configured providers and mail servers are only known at run time. */
const connectSrc = [
	'self',
	'https:',
	// Self-hosted providers under development and the local demo live on loopback.
	'http://127.0.0.1:*',
	// CSP has no syntax for IPv6 literals such as [::1].
	'http://localhost:*'
];
if (demoIssuer) connectSrc.push(new URL(demoIssuer).origin);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: withClientMetadata(adapter({ pages: outDir, assets: outDir, fallback: '200.html', strict: true })),
		paths: { base, relative: false },
		version: { pollInterval: versionPollMs },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self', /** @type {any} */ (callbackScriptHash())],
				// No inline styles but Kit's announcer; the root wrapper is styled from app.css.
				'style-src': ['self', 'unsafe-hashes', /** @type {any} */ (announcerStyleHash())],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': /** @type {any} */ (connectSrc),
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'form-action': ['none'],
				'base-uri': ['none'],
				'object-src': ['none']
			}
		},
		typescript: {
			config(tsconfig) {
				// The demo provider, the static host and the scripts are checked like the app.
				tsconfig.include.push('../server/**/*.js', '../scripts/**/*.js', '../playwright.config.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
