import { liveQuery } from 'dexie';
import {
	openSignInWindow,
	SIGN_IN_MAX_AGE_MS,
	SIGN_IN_RESULT,
	signedInOutcome,
	waitForResponse,
	type SignInOutcome
} from '$lib/auth';
import type { Problem } from '$lib/config';
import { need, ready as wordsReady, t } from '$lib/messages/i18n.svelte';
import { problemWords } from '$lib/messages/words.svelte';
import { appContext } from './app';
import { throughTwins } from './demo';
import { storage } from './storage';

export type SignInStatus =
	| { readonly kind: 'idle' }
	| { readonly kind: 'waiting'; readonly renewing?: boolean }
	| { readonly kind: 'blocked'; readonly accountId?: string }
	| { readonly kind: 'finishing' }
	| { readonly kind: 'done'; readonly outcome: Extract<SignInOutcome, { kind: 'signed-in' }> }
	| { readonly kind: 'failed'; readonly message: string };

/**
 * Sign-in needs the provider: offline, nothing is started (and nothing queued). In English, as the
 * accounts catalog's `offline-sign-in` says it: what the person reads is that message, in the
 * language in use (this English stands in only where the accounts' words are not loaded).
 */
export const OFFLINE_SIGN_IN =
	'The browser is Offline: signing in needs the network. Nothing was started. Connect to the network and try again.';

/** The accounts' words, for a sentence said after an await (should they fail to load, the flow still ends). */
const accountsWords = () => need('accounts').catch(() => undefined);

/** Said at once, in the click (no await): the accounts' words are loaded with the page that signs in. */
const offlineSignIn = () => (wordsReady('accounts') ? t('accounts', 'offline-sign-in') : OFFLINE_SIGN_IN);

const offline = () => navigator.onLine === false;

/** The sign-in steps of the application layer, loaded when someone signs in. */
const signIn = () => import('$lib/app/signin');

/** What a provider answers a silent sign-in that needs the person after all (OpenID Connect Core §3.1.2.6). */
const NEEDS_THE_PERSON = new Set([
	'login_required',
	'interaction_required',
	'consent_required',
	'account_selection_required'
]);

export interface SignInOptions {
	readonly extraScopes?: readonly string[];
	/**
	 * Renew without a password where the provider still has a session: ask with `prompt=none` and
	 * the account's address first; if the provider needs the person after all, the same window
	 * goes on to its sign-in page. One click either way.
	 */
	readonly silentFirst?: boolean;
}

/**
 * One sign-in ("Refresh token") from the account dialog: the popup flow, or the same-tab flow
 * when the browser blocks the popup.
 */
export class SignInFlow {
	#status: SignInStatus = $state({ kind: 'idle' });
	#abort: AbortController | undefined;

	get status(): SignInStatus {
		return this.#status;
	}

	/** Shows the outcome of a sign-in finished elsewhere (the same-tab flow's callback page). */
	show(outcome: SignInOutcome): void {
		if (outcome.kind === 'signed-in') this.#status = { kind: 'done', outcome };
		else void this.#fail(outcome.problem);
	}

	/** A failure, in words (the catalog of problems loads with the first one). */
	async #fail(problem: Problem): Promise<void> {
		const { problemText } = await problemWords();
		this.#status = { kind: 'failed', message: problemText(problem) };
	}

	reset(): void {
		this.#abort?.abort();
		this.#status = { kind: 'idle' };
	}

	/**
	 * Starts a sign-in. Synchronous on purpose: the window opens in the click handler, before
	 * anything is awaited (browsers block windows opened later). `ready` then saves the account
	 * and answers its id, or `undefined` if it could not be saved.
	 */
	start(ready: () => Promise<string | undefined>, options: SignInOptions = {}): void {
		this.#abort?.abort();
		if (offline()) {
			// Saved all the same, so that what was typed is kept; no window opens.
			void ready();
			this.#status = { kind: 'failed', message: offlineSignIn() };
			return;
		}
		const popup = openSignInWindow();
		if (!popup) {
			this.#status = { kind: 'blocked' };
			void ready().then((accountId) => {
				if (this.#status.kind === 'blocked') this.#status = { kind: 'blocked', ...(accountId ? { accountId } : {}) };
			});
			return;
		}
		const abort = new AbortController();
		this.#abort = abort;
		this.#status = { kind: 'waiting', ...(options.silentFirst ? { renewing: true } : {}) };
		void this.#run(popup, ready, abort.signal, options).catch(async (error: unknown) => {
			popup.close();
			await accountsWords();
			this.#status = {
				kind: 'failed',
				message: t('accounts', 'sign-in-unexpected', {
					detail: error instanceof Error ? error.message : String(error)
				})
			};
		});
	}

	async #run(
		popup: Window,
		ready: () => Promise<string | undefined>,
		signal: AbortSignal,
		options: SignInOptions
	): Promise<void> {
		const accountId = await ready();
		if (!accountId) {
			popup.close();
			this.#status = { kind: 'idle' };
			return;
		}
		const signin = await signIn();
		const startedAt = Date.now();
		const silent = options.silentFirst === true;
		/** Whether the person saw the provider's pages (then the window shows the welcome). */
		let shown = !silent;
		let step = await this.#attempt(signin, popup, accountId, signal, {
			...options,
			...(silent ? { prompt: 'none' } : {})
		});
		if (
			silent &&
			step?.kind === 'answered' &&
			step.outcome.kind === 'failed' &&
			step.outcome.code === 'provider-error' &&
			NEEDS_THE_PERSON.has(step.outcome.oauthError ?? '')
		) {
			// The provider wants the person after all: the same window goes on to its sign-in page.
			this.#status = { kind: 'waiting' };
			shown = true;
			step = await this.#attempt(signin, popup, accountId, signal, options);
		}
		if (!step || signal.aborted) return;
		if (step.kind === 'closed') {
			await accountsWords();
			if (signal.aborted) return;
			// Cut off is not necessarily over: the sign-in window may finish the sign-in by itself.
			this.#followElsewhere(accountId, startedAt, signal);
			this.#status = { kind: 'failed', message: t('accounts', 'sign-in-cut-off') };
			return;
		}
		const { outcome, reply } = step;
		reply({ type: SIGN_IN_RESULT, result: outcome });
		if (outcome.kind === 'signed-in') this.#status = { kind: 'done', outcome };
		else await this.#fail(outcome.problem);
		// A renewal that needed nobody: the window has nothing to show the person.
		if (!shown && outcome.kind === 'signed-in') popup.close();
	}

	/** One request to the provider in the sign-in window, and its answer redeemed. */
	async #attempt(
		signin: Awaited<ReturnType<typeof signIn>>,
		popup: Window,
		accountId: string,
		signal: AbortSignal,
		options: SignInOptions & { prompt?: 'none' }
	): Promise<
		{ kind: 'answered'; outcome: SignInOutcome; reply: (message: unknown) => void } | { kind: 'closed' } | undefined
	> {
		const prepared = await signin.prepareSignIn(appContext(), accountId, {
			...(options.extraScopes ? { extraScopes: options.extraScopes } : {}),
			...(options.prompt ? { prompt: options.prompt } : {})
		});
		if (signal.aborted) return undefined;
		if (!prepared.ok) {
			popup.close();
			await this.#fail(prepared.error);
			return undefined;
		}
		popup.location.href = throughTwins(prepared.value.url);
		const end = await waitForResponse(popup, location.origin, signal);
		if (signal.aborted) return undefined;
		if (end.kind === 'closed') return end;
		this.#status = { kind: 'finishing' };
		const outcome = await signin.completeSignIn(appContext(), end.url, prepared.value.pending, {
			consumeFirst: end.late
		});
		return { kind: 'answered', outcome, reply: end.reply };
	}

	/**
	 * After the sign-in window was cut off from this one (a provider's Cross-Origin-Opener-Policy),
	 * it processes the provider's answer itself. When a grant newer than this sign-in appears for
	 * the account, show the welcome here too instead of the failure. Stops with the next sign-in,
	 * when the dialog closes, or when the sign-in could no longer complete.
	 */
	#followElsewhere(accountId: string, startedAt: number, signal: AbortSignal): void {
		const s = storage();
		const subscription = liveQuery(() => s.grants.get(accountId)).subscribe({
			next: (grant) => {
				if (!grant || grant.obtainedAt < startedAt || grant.state !== 'connected') return;
				stop();
				void s.accounts.get(accountId).then((account) => {
					if (!account || signal.aborted || this.#status.kind !== 'failed') return;
					this.show(signedInOutcome(account, grant.person ?? {}, grant.hasRefreshToken));
				});
			}
		});
		const timer = setTimeout(() => stop(), SIGN_IN_MAX_AGE_MS);
		const stop = () => {
			subscription.unsubscribe();
			clearTimeout(timer);
		};
		signal.addEventListener('abort', stop, { once: true });
	}

	/** The popup was blocked: sign in in this tab and come back to the account's dialog. */
	async continueInThisTab(accountId: string): Promise<void> {
		if (offline()) {
			this.#status = { kind: 'failed', message: offlineSignIn() };
			return;
		}
		const signin = await signIn();
		// The callback page sees `returnTo` and brings the person back to this account's dialog.
		const prepared = await signin.prepareSignIn(appContext(), accountId, { returnTo: 'accounts' });
		if (!prepared.ok) {
			await this.#fail(prepared.error);
			return;
		}
		location.assign(throughTwins(prepared.value.url));
	}
}

/** Processes a sign-in response in this window (the same-tab flow). */
export async function completeHere(url: string): Promise<SignInOutcome> {
	const signin = await signIn();
	return signin.completeSignIn(appContext(), url);
}
