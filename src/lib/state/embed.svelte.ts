import { base } from '$app/paths';
import { problemWords } from '$lib/messages/words.svelte';
import {
	ALLOW_DECISION,
	ALLOW_READY,
	ALLOW_REQUEST,
	ancestorOrigin,
	EmbedBridge,
	isAllowDecision,
	isPortalOrigin,
	type AllowRequest
} from '$lib/embed';
import { liveQuery } from 'dexie';
import { appContext } from './app';
import { storage } from './storage';

/** Whether the app runs inside another page's frame (a portal). */
export const framed: boolean = (() => {
	try {
		return window.self !== window.top;
	} catch {
		return true;
	}
})();

/**
 * The app inside a portal: the postMessage bridge, the notice when the portal is not allowed,
 * and the "Allow this portal…" window.
 */
class EmbedState {
	#parentOrigin: string | undefined = $state(framed ? ancestorOrigin(location) : undefined);
	#allowed: boolean | undefined = $state();
	#refused: string | undefined = $state();
	#allowWindow: 'blocked' | 'open' | undefined = $state();
	#bridge: EmbedBridge | undefined;

	get parentOrigin(): string | undefined {
		return this.#parentOrigin;
	}

	/** The origin to show in the "not allowed" notice, if any. */
	get notice(): string | undefined {
		if (!framed) return undefined;
		if (this.#refused) return this.#refused;
		return this.#parentOrigin && this.#allowed === false ? this.#parentOrigin : undefined;
	}

	get allowed(): boolean | undefined {
		return this.#allowed;
	}

	get allowWindow(): 'blocked' | 'open' | undefined {
		return this.#allowWindow;
	}

	/** Starts the bridge when framed. Returns how to stop it. */
	start(): () => void {
		if (!framed) return () => {};
		const s = storage();
		const ctx = appContext();
		const portal = import('$lib/app/portal');
		const portalAccounts = async () => (await portal).portalAccounts(ctx);
		const bridge = new EmbedBridge({
			parent: window.parent,
			parentOrigin: this.#parentOrigin,
			permission: (origin) => s.portals.get(origin),
			accounts: portalAccounts,
			token: async (accountId) => (await portal).portalToken(ctx, accountId),
			describe: async (problem) => (await problemWords()).problemText(problem),
			log: (entry) => s.portals.log(entry),
			onRefused: (origin) => {
				this.#refused = origin;
				this.#parentOrigin ??= origin;
				this.#allowed = false;
			}
		});
		this.#bridge = bridge;
		const onMessage = (event: MessageEvent) => {
			void bridge.receive(event).then(() => {
				this.#parentOrigin ??= bridge.origin;
			});
		};
		window.addEventListener('message', onMessage);
		// Known and allowed: say "ready" without being asked.
		if (this.#parentOrigin) {
			void s.portals.get(this.#parentOrigin).then((p) => {
				this.#allowed = p !== undefined;
				if (p) void bridge.announce();
			});
		}
		let stopped = false;
		let watch: { unsubscribe(): void } | undefined;
		void portal.then(({ portalAccounts: accounts }) => {
			if (stopped) return;
			watch = liveQuery(() => accounts(ctx)).subscribe({ next: (list) => void bridge.statusChanged(list) });
		});
		const tick = setInterval(() => void portalAccounts().then((a) => bridge.statusChanged(a)), 15_000);
		return () => {
			stopped = true;
			window.removeEventListener('message', onMessage);
			watch?.unsubscribe();
			clearInterval(tick);
		};
	}

	/**
	 * Opens the app's own top-level window, where the person decides about this portal: it
	 * cannot be overlaid or clickjacked by the portal. Synchronous: call it in the click.
	 */
	openAllowWindow(): void {
		const origin = this.#parentOrigin;
		if (!origin || !isPortalOrigin(origin)) return;
		const popup = window.open(`${base}/allow-portal`, 'oauth2-client-allow', 'popup,width=560,height=680');
		if (!popup) {
			this.#allowWindow = 'blocked';
			return;
		}
		this.#allowWindow = 'open';
		const s = storage();
		const onMessage = async (event: MessageEvent) => {
			if (event.source !== popup || event.origin !== location.origin) return;
			const data = event.data as { type?: unknown } | null;
			if (data?.type === ALLOW_READY) {
				const accounts = (await s.accounts.list()).items.map((a) => ({ id: a.id, name: a.name, email: a.email }));
				const current = await s.portals.get(origin);
				const request: AllowRequest = {
					type: ALLOW_REQUEST,
					origin,
					accounts,
					allowed: current ? [...current.accountIds] : null
				};
				popup.postMessage(request, location.origin);
			} else if (isAllowDecision(data) && data.type === ALLOW_DECISION && data.origin === origin) {
				window.removeEventListener('message', onMessage);
				clearInterval(poll);
				this.#allowWindow = undefined;
				if (data.allow) {
					await s.portals.allow(origin, data.accountIds);
					await s.portals.log({
						origin,
						request: 'allow',
						outcome: 'allowed',
						detail: `${data.accountIds.length} account(s)`
					});
					this.#allowed = true;
					this.#refused = undefined;
					void this.#bridge?.announce();
				} else {
					await s.portals.remove(origin);
					await s.portals.log({ origin, request: 'allow', outcome: 'not allowed' });
					this.#allowed = false;
				}
			}
		};
		window.addEventListener('message', onMessage);
		const poll = setInterval(() => {
			if (popup.closed) {
				clearInterval(poll);
				window.removeEventListener('message', onMessage);
				if (this.#allowWindow === 'open') this.#allowWindow = undefined;
			}
		}, 500);
	}
}

export const embed = new EmbedState();
