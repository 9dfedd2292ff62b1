import { base } from '$app/paths';
import {
	ALLOW_DECISION,
	ALLOW_READY,
	ALLOW_REQUEST,
	ancestorOrigin,
	EmbedBridge,
	isAllowDecision,
	isPortalOrigin,
	noImapToken,
	portalAccessToken,
	type AllowRequest,
	type PortalAccount,
	type TokenOutcome
} from '$lib/embed';
import { defaultServers, portalResource, PROVIDERS } from '$lib/providers';
import { liveQuery } from 'dexie';
import { tokenKeeper } from './auth';
import { statusWord } from './status';
import { storage } from './storage';

/** Whether the app runs inside another page's frame (a portal). */
export const framed: boolean = (() => {
	try {
		return window.self !== window.top;
	} catch {
		return true;
	}
})();

async function portalAccounts(): Promise<PortalAccount[]> {
	const s = storage();
	const [accounts, grants] = await Promise.all([s.accounts.list(), s.grants.list()]);
	const online = navigator.onLine !== false;
	const now = Date.now();
	return accounts.items.map((a) => {
		const grant = grants.find((g) => g.accountId === a.id);
		return {
			id: a.id,
			email: a.email,
			status: statusWord(grant, online, now),
			...(grant?.signInExpiresAt !== undefined ? { signInExpiresAt: grant.signInExpiresAt } : {})
		};
	});
}

/** A current token for the portal, with the servers it talks to (IMAP and SMTP with XOAUTH2). */
async function portalToken(accountId: string): Promise<TokenOutcome> {
	const s = storage();
	const account = await s.accounts.get(accountId);
	if (!account) return { ok: false, code: 'unknown-account', message: 'This account was removed a moment ago.' };
	const connection = await s.connections.get(account.connectionId);
	if (!connection) return { ok: false, code: 'provider-error', message: 'The account’s connection no longer exists.' };
	const grant = await s.grants.get(accountId);
	const provider = PROVIDERS[connection.provider].label;
	// IMAP and SMTP, whatever the account's own transport: a token that allows them, or why not.
	const plan = portalResource(connection, account, grant?.resource);
	if (!plan.ok) return { ok: false, ...noImapToken(plan.code, { provider }) };
	const missing = grant ? plan.needs.filter((scope) => !grant.scopes.includes(scope)) : [];
	if (missing.length > 0) return { ok: false, ...noImapToken('scopes-missing', { provider, missing }) };
	const resource = plan.resource;
	const keeper = await tokenKeeper();
	const token = await portalAccessToken({
		token: ({ force }) => keeper.getAccessToken(accountId, { resource, force }),
		stored: async (accessToken) => {
			const secrets = await s.grants.secrets(accountId).catch(() => undefined);
			const held = secrets && Object.values(secrets.accessTokens).find((t) => t.token === accessToken);
			return { issuedAt: held?.issuedAt, renewable: Boolean(secrets?.refreshToken) };
		},
		now: () => Date.now()
	});
	if (!token.ok) return token;
	const servers = account.servers ?? defaultServers(connection, grant?.tenantId);
	const withUser = <T extends { username: string }>(server: T | undefined) =>
		server ? { ...server, username: server.username || account.email } : undefined;
	const imap = withUser(servers.imap);
	const smtp = withUser(servers.smtp);
	return {
		ok: true,
		reply: {
			accessToken: token.accessToken,
			tokenType: token.tokenType,
			expiresAt: token.expiresAt,
			scopes: token.scopes,
			...(grant?.signInExpiresAt !== undefined ? { signInExpiresAt: grant.signInExpiresAt } : {}),
			servers: {
				...(imap ? { imap } : {}),
				...(smtp ? { smtp } : {}),
				...(servers.jmap ? { jmap: servers.jmap } : {})
			}
		}
	};
}

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
		const bridge = new EmbedBridge({
			parent: window.parent,
			parentOrigin: this.#parentOrigin,
			permission: (origin) => s.portals.get(origin),
			accounts: portalAccounts,
			token: portalToken,
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
		const watch = liveQuery(portalAccounts).subscribe({ next: (accounts) => void bridge.statusChanged(accounts) });
		const tick = setInterval(() => void portalAccounts().then((a) => bridge.statusChanged(a)), 15_000);
		return () => {
			window.removeEventListener('message', onMessage);
			watch.unsubscribe();
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
