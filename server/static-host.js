// @ts-check
/**
 * Serves a built static site the way a static host does: files under a base path, the SPA
 * fallback page (`200.html`) for every other path below it, and the response headers of the
 * site's `_headers` file (the Netlify / Cloudflare Pages format we ship as the sample).
 *
 * Used by `npm start`, the end-to-end tests and the benchmarks. Not for production: any static
 * host or CDN serves `build/` as well.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
});

/**
 * @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses a `_headers` file: a path pattern on its own line, then indented `Name: value` lines.
 * `*` in a pattern matches anything. Comments start with `#`. Paths get `base` in front: this host
 * stands for a site where the person has prefixed them, as `static/_headers` and docs/deploy.md
 * ask for a sub-path (a real static host reads the file as written).
 * @param {string} text
 * @param {string} base
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text, base = '') {
	/** @type {HeaderRule[]} */
	const rules = [];
	/** @type {HeaderRule | undefined} */
	let current;
	for (const raw of text.split(/\r?\n/)) {
		if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
		if (/^\s/.test(raw)) {
			const colon = raw.indexOf(':');
			if (!current || colon < 0) throw new Error(`_headers: a header line without a path above it: ${raw.trim()}`);
			current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
		} else {
			const path = base + raw.trim();
			const source = path
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*');
			current = { pattern: new RegExp(`^${source}$`), headers: [] };
			rules.push(current);
		}
	}
	return rules;
}

/**
 * @param {{
 *   root: string,
 *   base?: string,
 *   port?: number,
 *   host?: string,
 *   fallback?: string,
 *   extraHeaders?: Record<string, string>,
 * }} options
 * @returns {Promise<{ origin: string, url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticHost(options) {
	const root = resolve(options.root);
	const base = options.base ?? '';
	const host = options.host ?? '127.0.0.1';
	const fallback = options.fallback ?? '200.html';
	/** @type {{ mtimeMs: number, rules: HeaderRule[] }} */
	let headerFile = { mtimeMs: -1, rules: [] };
	/** The site may be (re)built while the host runs: read `_headers` again when it changes. */
	async function headerRules() {
		const file = join(root, '_headers');
		const info = await stat(file).catch(() => undefined);
		if (!info) return [];
		if (info.mtimeMs !== headerFile.mtimeMs) {
			headerFile = { mtimeMs: info.mtimeMs, rules: parseHeadersFile(await readFile(file, 'utf8'), base) };
		}
		return headerFile.rules;
	}

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://host');
			const pathname = decodeURIComponent(url.pathname);
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			if (base && pathname === '/') {
				res.writeHead(302, { location: `${base}/` }).end();
				return;
			}
			if (base && pathname !== base && !pathname.startsWith(`${base}/`)) {
				res
					.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
					.end(`Not found: the app lives under ${base}/`);
				return;
			}
			const relative = pathname.slice(base.length) || '/';
			let file = resolve(join(root, normalize(relative)));
			if (file !== root && !file.startsWith(root + sep)) {
				res.writeHead(400).end();
				return;
			}
			let info = await stat(file).catch(() => undefined);
			if (info?.isDirectory()) {
				const index = join(file, 'index.html');
				info = await stat(index).catch(() => undefined);
				file = index;
			}
			let status = 200;
			if (!info?.isFile()) {
				// Unknown paths under the base get the app shell; missing assets get a real 404 so a
				// broken deploy shows up as one.
				if (relative.startsWith('/_app/') || extname(relative) !== '') {
					res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
					return;
				}
				file = join(root, fallback);
				info = await stat(file);
			}
			/** @type {Record<string, string>} */
			const headers = {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'content-length': String(info.size),
				'cache-control': relative.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			};
			for (const rule of await headerRules()) {
				if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
			}
			Object.assign(headers, options.extraHeaders);
			res.writeHead(status, headers);
			if (req.method === 'HEAD') res.end();
			else createReadStream(file).pipe(res);
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
		}
	});

	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, host, () => ok(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no address');
	const origin = `http://${host}:${address.port}`;
	return {
		origin,
		url: `${origin}${base}/`,
		port: address.port,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}
