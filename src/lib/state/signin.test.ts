import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '$lib/app';
import { account, connection, dropStorages, signedIn, testContext } from '$lib/app/testing';
import { CUSTOM_CONNECTION } from '$lib/auth/testing/fakes';
import { signedInOutcome, SIGN_IN_RESULT, type PendingSignIn, type PopupEnd, type SignInOutcome } from '$lib/auth';
import type { Storage } from '$lib/storage';

// The window and the relay (`$lib/auth`'s popup functions) and the application layer's sign-in
// steps are faked; the rest of `SignInFlow` runs as it is.
const popupFns = vi.hoisted(() => ({ openSignInWindow: vi.fn(), waitForResponse: vi.fn() }));
vi.mock('$lib/auth', async (importOriginal) => ({ ...(await importOriginal<object>()), ...popupFns }));
const steps = vi.hoisted(() => ({ prepareSignIn: vi.fn(), completeSignIn: vi.fn() }));
vi.mock('$lib/app/signin', () => steps);
let ctx: AppContext;
let storage: Storage;
vi.mock('./app', () => ({ appContext: () => ctx }));
vi.mock('./storage', () => ({ storage: () => storage }));
vi.mock('./demo', () => ({ throughTwins: (url: string) => url }));

const { SignInFlow, OFFLINE_SIGN_IN } = await import('./signin.svelte');

const ORIGIN = 'https://app.example';
let online: boolean;
const assign = vi.fn();

/** The sign-in window as the flow uses it: where it is sent, and whether it was closed. */
function fakePopup() {
	const visited: string[] = [];
	const popup = {
		close: vi.fn(),
		location: {
			set href(url: string) {
				visited.push(url);
			},
			get href() {
				return visited.at(-1) ?? '';
			}
		}
	};
	return { popup, visited };
}

const pending = (n: number) => ({ stateId: `s${n}` }) as unknown as PendingSignIn;
const prepared = (n: number) => ({
	ok: true,
	value: { url: `https://id.example.com/authorize?n=${n}`, pending: pending(n) }
});

function response(url: string, late = false) {
	const reply = vi.fn();
	return { end: { kind: 'response', url, late, reply } satisfies PopupEnd, reply };
}

let accountId: string;
let welcome: Extract<SignInOutcome, { kind: 'signed-in' }>;
const loginRequired: SignInOutcome = {
	kind: 'failed',
	code: 'provider-error',
	problem: { code: 'provider-error', params: { error: 'login_required' } },
	oauthError: 'login_required'
};

beforeEach(async () => {
	({ ctx, storage } = testContext());
	const connectionId = await connection(storage, CUSTOM_CONNECTION);
	accountId = await account(storage, { connectionId, email: 'ada@example.com', name: 'Ada' });
	welcome = signedInOutcome(
		{ id: accountId, name: 'Ada', email: 'ada@example.com' },
		{ email: 'ada@example.com' },
		true
	);
	online = true;
	vi.stubGlobal('navigator', {
		get onLine() {
			return online;
		}
	});
	vi.stubGlobal('location', { origin: ORIGIN, assign });
	for (const fn of [...Object.values(popupFns), ...Object.values(steps), assign]) fn.mockReset();
});

afterEach(async () => {
	vi.unstubAllGlobals();
	await dropStorages();
});

describe('SignInFlow', () => {
	it('says blocked when the browser blocks the window, and still saves the account', async () => {
		popupFns.openSignInWindow.mockReturnValue(null);
		const ready = vi.fn(async () => accountId);
		const flow = new SignInFlow();
		flow.start(ready);
		expect(flow.status).toEqual({ kind: 'blocked' });
		await vi.waitFor(() => expect(flow.status).toEqual({ kind: 'blocked', accountId }));
		expect(ready).toHaveBeenCalledTimes(1);
		expect(steps.prepareSignIn).not.toHaveBeenCalled();

		// "Continue in this tab": the sign-in page in this tab, coming back to the account's dialog.
		steps.prepareSignIn.mockResolvedValue(prepared(1));
		await flow.continueInThisTab(accountId);
		expect(steps.prepareSignIn).toHaveBeenCalledWith(ctx, accountId, { returnTo: 'accounts' });
		expect(assign).toHaveBeenCalledWith('https://id.example.com/authorize?n=1');
	});

	it('offline, opens no window and says so; what was typed is saved all the same', async () => {
		online = false;
		const ready = vi.fn(async () => accountId);
		const flow = new SignInFlow();
		flow.start(ready);
		expect(flow.status).toEqual({ kind: 'failed', message: OFFLINE_SIGN_IN });
		expect(OFFLINE_SIGN_IN).toBe(
			'The browser is Offline: signing in needs the network. Nothing was started. Connect to the network and try again.'
		);
		expect(popupFns.openSignInWindow).not.toHaveBeenCalled();
		expect(ready).toHaveBeenCalledTimes(1);

		await flow.continueInThisTab(accountId);
		expect(flow.status).toEqual({ kind: 'failed', message: OFFLINE_SIGN_IN });
		expect(steps.prepareSignIn).not.toHaveBeenCalled();
		expect(assign).not.toHaveBeenCalled();
	});

	it('signs in through the window, hands the verdict back to it, and shows the welcome', async () => {
		const { popup, visited } = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(popup);
		steps.prepareSignIn.mockResolvedValue(prepared(1));
		const { end, reply } = response(`${ORIGIN}/callback/c?code=1&state=s1`);
		popupFns.waitForResponse.mockResolvedValue(end);
		steps.completeSignIn.mockResolvedValue(welcome);
		const flow = new SignInFlow();
		flow.start(async () => accountId);
		expect(flow.status).toEqual({ kind: 'waiting' });
		await vi.waitFor(() => expect(flow.status).toEqual({ kind: 'done', outcome: welcome }));
		expect(visited).toEqual(['https://id.example.com/authorize?n=1']);
		expect(popupFns.waitForResponse).toHaveBeenCalledWith(popup, ORIGIN, expect.any(AbortSignal));
		expect(steps.completeSignIn).toHaveBeenCalledWith(ctx, end.url, pending(1), { consumeFirst: false });
		expect(reply).toHaveBeenCalledWith({ type: SIGN_IN_RESULT, result: welcome });
		// The person saw the provider's pages: the window stays to show the welcome.
		expect(popup.close).not.toHaveBeenCalled();
	});

	it('a silent renewal the provider answers login_required goes on to its sign-in page in the same window', async () => {
		const { popup, visited } = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(popup);
		steps.prepareSignIn.mockResolvedValueOnce(prepared(1)).mockResolvedValueOnce(prepared(2));
		const silent = response(`${ORIGIN}/callback/c?error=login_required&state=s1`);
		const asked = response(`${ORIGIN}/callback/c?code=2&state=s2`, true);
		const statuses: unknown[] = [];
		const flow = new SignInFlow();
		popupFns.waitForResponse.mockResolvedValueOnce(silent.end).mockImplementationOnce(async () => {
			statuses.push(flow.status);
			return asked.end;
		});
		steps.completeSignIn.mockResolvedValueOnce(loginRequired).mockResolvedValueOnce(welcome);

		flow.start(async () => accountId, { silentFirst: true });
		expect(flow.status).toEqual({ kind: 'waiting', renewing: true });
		await vi.waitFor(() => expect(flow.status).toEqual({ kind: 'done', outcome: welcome }));
		expect(steps.prepareSignIn.mock.calls).toEqual([
			[ctx, accountId, { prompt: 'none' }],
			[ctx, accountId, {}]
		]);
		expect(visited).toEqual(['https://id.example.com/authorize?n=1', 'https://id.example.com/authorize?n=2']);
		// No longer a quiet renewal: the person is asked.
		expect(statuses).toEqual([{ kind: 'waiting' }]);
		expect(steps.completeSignIn.mock.calls).toEqual([
			[ctx, silent.end.url, pending(1), { consumeFirst: false }],
			[ctx, asked.end.url, pending(2), { consumeFirst: true }]
		]);
		expect(asked.reply).toHaveBeenCalledWith({ type: SIGN_IN_RESULT, result: welcome });
		expect(popup.close).not.toHaveBeenCalled();
	});

	it('a silent renewal that needed nobody closes the window; another refusal is not retried', async () => {
		const { popup } = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(popup);
		steps.prepareSignIn.mockResolvedValue(prepared(1));
		popupFns.waitForResponse.mockResolvedValue(response(`${ORIGIN}/callback/c?code=1&state=s1`).end);
		steps.completeSignIn.mockResolvedValueOnce(welcome);
		const flow = new SignInFlow();
		flow.start(async () => accountId, { silentFirst: true });
		await vi.waitFor(() => expect(flow.status).toEqual({ kind: 'done', outcome: welcome }));
		expect(popup.close).toHaveBeenCalledTimes(1);

		const denied: SignInOutcome = {
			kind: 'failed',
			code: 'provider-error',
			problem: { code: 'provider-error', params: { error: 'invalid_scope' } },
			oauthError: 'invalid_scope'
		};
		steps.completeSignIn.mockResolvedValueOnce(denied);
		flow.start(async () => accountId, { silentFirst: true });
		await vi.waitFor(() => expect(flow.status.kind).toBe('failed'));
		expect(flow.status).toEqual({
			kind: 'failed',
			message:
				'The provider refused the sign-in (invalid_scope). Check the connection (Client Id, redirect URI, scopes) and try again.'
		});
		expect(steps.prepareSignIn).toHaveBeenCalledTimes(2);
	});

	it('the window closed (or cut off) before the answer: says so, and shows the welcome if the sign-in finishes there', async () => {
		const { popup } = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(popup);
		steps.prepareSignIn.mockResolvedValue(prepared(1));
		popupFns.waitForResponse.mockResolvedValue({ kind: 'closed' } satisfies PopupEnd);
		const flow = new SignInFlow();
		flow.start(async () => accountId);
		await vi.waitFor(() => expect(flow.status.kind).toBe('failed'));
		expect(flow.status).toEqual({
			kind: 'failed',
			message:
				'The sign-in window was closed before sign-in finished, or the provider cut it off from this page (its Cross-Origin-Opener-Policy severs the link between the two windows). If you completed the sign-in there and this account does not update, the provider needs to allow it: ask its administrator for a Cross-Origin-Opener-Policy of “same-origin-allow-popups” or none on its sign-in pages, or use the app on its own rather than inside a portal. Otherwise press Refresh token again.'
		});
		expect(steps.completeSignIn).not.toHaveBeenCalled();

		// The cut-off window redeems the answer itself and stores the grant: this window sees it.
		await signedIn(storage, accountId, { now: Date.now() + 1_000 });
		await vi.waitFor(() => expect(flow.status.kind).toBe('done'), { timeout: 2_000 });
		expect(flow.status).toEqual({
			kind: 'done',
			outcome: signedInOutcome({ id: accountId, name: 'Ada', email: 'ada@example.com' }, {}, true)
		});
		flow.reset();
	});

	it('closes the window and says why when the sign-in cannot be prepared, and goes idle when nothing was saved', async () => {
		const { popup } = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(popup);
		steps.prepareSignIn.mockResolvedValue({ ok: false, error: { class: 'configuration', code: 'account-gone' } });
		const flow = new SignInFlow();
		flow.start(async () => accountId);
		await vi.waitFor(() => expect(flow.status.kind).toBe('failed'));
		expect(flow.status).toEqual({ kind: 'failed', message: 'The account or its connection no longer exists.' });
		expect(popup.close).toHaveBeenCalledTimes(1);
		expect(popupFns.waitForResponse).not.toHaveBeenCalled();

		const other = fakePopup();
		popupFns.openSignInWindow.mockReturnValue(other.popup);
		flow.start(async () => undefined);
		await vi.waitFor(() => expect(flow.status).toEqual({ kind: 'idle' }));
		expect(other.popup.close).toHaveBeenCalledTimes(1);
		expect(steps.prepareSignIn).toHaveBeenCalledTimes(1);
	});
});
