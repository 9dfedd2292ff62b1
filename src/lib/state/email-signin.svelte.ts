import type { ConnectProblem, EmailPlan, Found } from '$lib/app/email';
import type { DomainProblem, DomainStep } from '$lib/auth';
import type { Account, Connection, Params, ProviderId } from '$lib/config';
import { need } from '$lib/messages/i18n.svelte';
import { clientMetadataUrl } from '$lib/providers';
import { appContext } from './app';
import { SignInFlow } from './signin.svelte';

/** The host of a URL, for people to read. */
const hostOf = (url: string): string => URL.parse(url)?.host ?? url;

/** The email-first steps (docs/zero-registration.md), loaded when someone starts typing an address. */
const emailModule = () => import('$lib/app/email');
let loaded: typeof import('$lib/app/email') | undefined;

export interface StepLine {
	readonly step: DomainStep;
	readonly state: 'doing' | 'done' | 'failed';
	readonly found: Params;
}

/** A problem, with the step it happened in. */
export type EmailProblem = DomainProblem | ConnectProblem;

export type EmailView =
	| { readonly kind: 'idle' }
	| { readonly kind: 'invalid' }
	| { readonly kind: 'finding'; readonly steps: readonly StepLine[] }
	/** Found, and how the app will identify itself: the issuer's host in plain view before any window opens. */
	| { readonly kind: 'found'; readonly steps: readonly StepLine[]; readonly found: Found }
	| { readonly kind: 'signing-in'; readonly steps: readonly StepLine[]; readonly found?: Found }
	| { readonly kind: 'preset-missing'; readonly provider: ProviderId; readonly domain: string }
	| {
			readonly kind: 'needs-admin';
			readonly steps: readonly StepLine[];
			readonly found: Found;
			readonly why: 'no-method' | 'needs-token';
	  }
	| { readonly kind: 'failed'; readonly steps: readonly StepLine[]; readonly problem: EmailProblem };

/**
 * "Sign in with your email address": the plan made in the click (so that a sign-in window can
 * still open in it), the discovery shown step by step, then the sign-in at what was found.
 */
export class EmailSignIn {
	#view: EmailView = $state({ kind: 'idle' });
	#email = '';
	#abort: AbortController | undefined;
	readonly flow = new SignInFlow();

	get view(): EmailView {
		return this.#view;
	}

	/** Loads the steps and their words ahead of the click (on the first key typed). */
	prepare(): void {
		if (!loaded) void emailModule().then((m) => (loaded = m));
		void this.wordsReady().catch(() => undefined);
	}

	/** The words of the steps, what was found and the problems. */
	wordsReady(): Promise<void> {
		return need('lookup');
	}

	/** The app's Client ID Metadata Document: its URL is the app's client id. */
	clientMetadataUrl(): string {
		return clientMetadataUrl(appContext().callbackBase);
	}

	reset(): void {
		this.#abort?.abort();
		this.flow.reset();
		this.#view = { kind: 'idle' };
	}

	/**
	 * Sign in: what the stored connections and the domain presets decide goes straight to the
	 * sign-in window (opened in this click); anything else is looked for, step by step.
	 */
	submit(email: string, connections: readonly Connection[], accounts: readonly Account[]): void {
		this.#abort?.abort();
		this.flow.reset();
		this.#email = email.trim();
		if (!loaded) {
			// Not loaded yet (typed by a script, or a very slow network): the window may be refused
			// then, and the sign-in notice offers this tab instead.
			void emailModule().then((m) => {
				loaded = m;
				this.#plan(m.planForEmail(this.#email, connections, accounts));
			});
			return;
		}
		this.#plan(loaded.planForEmail(this.#email, connections, accounts));
	}

	#plan(plan: EmailPlan): void {
		const m = loaded;
		if (!m) return;
		const ctx = appContext();
		switch (plan.kind) {
			case 'invalid':
				this.#view = { kind: 'invalid' };
				return;
			case 'account':
				this.#view = { kind: 'signing-in', steps: [] };
				this.flow.start(async () => plan.account.id);
				return;
			case 'connection': {
				this.#view = { kind: 'signing-in', steps: [] };
				const sessionUrl = plan.connection.registered?.sessionUrl;
				this.flow.start(async () => {
					const saved = await m.saveAccount(ctx, this.#email, plan.connection.id, sessionUrl);
					if (!saved.ok) {
						this.#view = { kind: 'failed', steps: [], problem: saved.error };
						return undefined;
					}
					return saved.value;
				});
				return;
			}
			case 'preset-missing':
				this.#view = { kind: 'preset-missing', provider: plan.provider, domain: plan.domain };
				return;
			case 'discover':
				void this.#discover(plan.domain);
		}
	}

	async #discover(domain: string): Promise<void> {
		const m = loaded;
		if (!m) return;
		const abort = new AbortController();
		this.#abort = abort;
		let steps: StepLine[] = [];
		this.#view = { kind: 'finding', steps };
		const found = await m.findProvider(appContext(), domain, {
			signal: abort.signal,
			onStep: (step, params) => {
				steps = [...steps.map((s) => (s.state === 'doing' ? { ...s, state: 'done' as const } : s))];
				steps.push({ step, state: 'doing', found: params ?? {} });
				if (!abort.signal.aborted) this.#view = { kind: 'finding', steps };
			}
		});
		if (abort.signal.aborted) return;
		if (!found.ok) {
			steps = steps.map((s) => (s.state === 'doing' ? { ...s, state: 'failed' as const } : s));
			this.#view = { kind: 'failed', steps, problem: found.error };
			return;
		}
		steps = steps.map((s) => ({ ...s, state: 'done' as const }));
		this.#view =
			found.value.method === 'none'
				? { kind: 'needs-admin', steps, found: found.value, why: 'no-method' }
				: { kind: 'found', steps, found: found.value };
	}

	/** "Sign in at <host>": the window opens in this click; registration (if needed) happens behind it. */
	continue(): void {
		const view = this.#view;
		const m = loaded;
		if (view.kind !== 'found' || !m) return;
		const { found } = view;
		const registering = found.method === 'dcr';
		const steps: StepLine[] = [
			...view.steps,
			...(registering
				? [{ step: 'registration' as const, state: 'doing' as const, found: { host: hostOf(found.issuer) } }]
				: [])
		];
		this.#view = { kind: 'signing-in', steps, found };
		this.flow.start(async () => {
			const made = await m.connectFound(appContext(), found, this.#email);
			if (!made.ok) {
				const failedSteps = steps.map((s) => (s.state === 'doing' ? { ...s, state: 'failed' as const } : s));
				this.#view =
					made.error.step === 'registration' && made.error.code === 'needs-token'
						? { kind: 'needs-admin', steps: failedSteps, found, why: 'needs-token' }
						: { kind: 'failed', steps: failedSteps, problem: made.error };
				return undefined;
			}
			this.#view = {
				kind: 'signing-in',
				steps: steps.map((s) => ({ ...s, state: 'done' as const })),
				found
			};
			return made.value.accountId;
		});
	}

	/** What the connection editor opens with when an administrator must make the connection. */
	prefill(): { provider: ProviderId; name?: string; issuer?: string } | undefined {
		const view = this.#view;
		if (view.kind === 'preset-missing') return { provider: view.provider };
		if (view.kind === 'needs-admin') {
			return { provider: 'oidc', name: hostOf(view.found.issuer), issuer: view.found.issuer };
		}
		return undefined;
	}
}
