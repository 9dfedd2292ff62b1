import { loadTokens, type Fetch, type LockManagerLike, type TokenKeeper } from '$lib/auth';
import type { Storage } from '$lib/storage';

/**
 * What the application layer works with: the app's storage and how it reaches the network. The
 * UI builds one (`state/app.ts`: the browser's own, and the demo build's twins); tests build their
 * own, with fakes.
 */
export interface AppContext {
	readonly storage: Storage;
	/** Every request the app sends goes through this `fetch` (the demo build's twins, tests' fakes). */
	readonly fetch?: Fetch;
	readonly now?: () => number;
	readonly locks?: LockManagerLike;
	/** The browser's online flag (default `navigator.onLine`). */
	readonly online?: () => boolean;
	/** The app's origin, named where a provider must allow it (CORS). */
	readonly appOrigin?: string;
	/** `<origin><base>/callback`: each connection's redirect URI is this, then `/<its id>`. */
	readonly callbackBase: string;
	/** How long a day lasts (ms): only the demo's provider twins scale a provider's day down. */
	readonly dayMs?: number;
	/**
	 * This deployment publishes its Client ID Metadata Document at `clientMetadataUrl(callbackBase)`
	 * (a build with `PUBLIC_ORIGIN`, served at that origin).
	 */
	readonly clientMetadataDocument?: boolean;
	/** The local demo: discovery may use plain http on loopback (never in an ordinary build). */
	readonly allowLoopbackHttp?: boolean;
}

/** The HTTP and lock dependencies of the domain, from the context. */
export function domainDeps(ctx: AppContext) {
	return {
		storage: ctx.storage,
		...(ctx.fetch ? { fetch: ctx.fetch } : {}),
		...(ctx.now ? { now: ctx.now } : {}),
		...(ctx.locks ? { locks: ctx.locks } : {}),
		...(ctx.online ? { online: ctx.online } : {}),
		...(ctx.appOrigin ? { appOrigin: ctx.appOrigin } : {})
	};
}

/** Token keeping, loaded on first use: a page with nothing signed in never downloads it. */
export const tokensModule = loadTokens;

const keepers = new WeakMap<AppContext, Promise<TokenKeeper>>();

/** The context's one token keeper. */
export function keeperOf(ctx: AppContext): Promise<TokenKeeper> {
	let keeper = keepers.get(ctx);
	if (!keeper) {
		keeper = tokensModule().then(({ TokenKeeper }) => new TokenKeeper(domainDeps(ctx)));
		keepers.set(ctx, keeper);
	}
	return keeper;
}
