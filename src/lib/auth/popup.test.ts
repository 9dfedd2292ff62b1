import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	callbackUrl,
	openSignInWindow,
	RECEIVED,
	relayToOpener,
	RESPONSE,
	RESULT,
	waitForResponse,
	type PopupEnd,
	type RelayResult
} from './popup';

const ORIGIN = 'https://app.example';
const URL_BACK = `${ORIGIN}/callback/c1?code=abc&state=s1`;

/**
 * A browsing context as popup.ts sees it: `message` listeners, `postMessage` (recorded with the
 * target origin it was given), `closed`, `opener`, and whatever properties scripts put on it.
 */
class FakeWindow {
	readonly listeners = new Set<(event: MessageEvent) => void>();
	readonly posted: { message: unknown; origin: string }[] = [];
	closed = false;
	opener: unknown = null;
	[property: string]: unknown;

	addEventListener(type: string, listener: (event: MessageEvent) => void) {
		if (type === 'message') this.listeners.add(listener);
	}
	removeEventListener(type: string, listener: (event: MessageEvent) => void) {
		if (type === 'message') this.listeners.delete(listener);
	}
	postMessage(message: unknown, origin: string) {
		this.posted.push({ message, origin });
	}
	/** A `message` event arriving in this window, from `source` at `origin`. */
	receive(data: unknown, origin: string, source: unknown) {
		for (const listener of [...this.listeners]) listener({ data, origin, source } as MessageEvent);
	}
}

let win: FakeWindow;

beforeEach(() => {
	win = new FakeWindow();
	vi.stubGlobal('window', win);
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** The promise's outcome so far, without waiting for it. */
function track<T>(promise: Promise<T>) {
	const state: { value?: T; done: boolean } = { done: false };
	void promise.then((value) => {
		state.value = value;
		state.done = true;
	});
	return state;
}

const flush = async () => {
	for (let i = 0; i < 5; i++) await Promise.resolve();
};

type Direct = (source: unknown, url: unknown) => boolean;

describe('waitForResponse (in the window that started the sign-in)', () => {
	it('takes the answer only from the window it opened, and only from the app’s exact origin', async () => {
		const popup = new FakeWindow();
		const stranger = new FakeWindow();
		const end = track(waitForResponse(popup as unknown as Window, ORIGIN));
		const response = { type: RESPONSE, url: URL_BACK, sentAt: Date.now() };

		win.receive(response, ORIGIN, stranger);
		win.receive(response, 'https://app.example.evil.com', popup);
		win.receive(response, 'http://app.example', popup);
		win.receive(response, 'https://app.example:8443', popup);
		win.receive({ ...response, type: 'something-else' }, ORIGIN, popup);
		win.receive({ ...response, url: 42 }, ORIGIN, popup);
		win.receive(null, ORIGIN, popup);
		await flush();
		expect(end.done).toBe(false);
		expect(popup.posted).toEqual([]);

		win.receive(response, ORIGIN, popup);
		await flush();
		expect(end.value).toMatchObject({ kind: 'response', url: URL_BACK, late: false });
		// Acknowledged at once, to that window at the app's origin only.
		expect(popup.posted).toEqual([{ message: { type: RECEIVED }, origin: ORIGIN }]);
		expect(win.listeners.size).toBe(0);
		const answered = end.value as Extract<PopupEnd, { kind: 'response' }>;
		answered.reply({ type: RESULT, result: 'welcome' });
		expect(popup.posted[1]).toEqual({ message: { type: RESULT, result: 'welcome' }, origin: ORIGIN });
		expect(stranger.posted).toEqual([]);
	});

	it('counts an answer sent long ago, or without a time, as late', async () => {
		const popup = new FakeWindow();
		const old = waitForResponse(popup as unknown as Window, ORIGIN);
		win.receive({ type: RESPONSE, url: URL_BACK, sentAt: Date.now() - 2_000 }, ORIGIN, popup);
		expect(await old).toMatchObject({ kind: 'response', late: true });
		const timeless = waitForResponse(popup as unknown as Window, ORIGIN);
		win.receive({ type: RESPONSE, url: URL_BACK }, ORIGIN, popup);
		expect(await timeless).toMatchObject({ kind: 'response', late: true });
	});

	it('resolves closed when the window is closed first, and then takes nothing', async () => {
		vi.useFakeTimers();
		const popup = new FakeWindow();
		const end = track(waitForResponse(popup as unknown as Window, ORIGIN));
		vi.advanceTimersByTime(1_000);
		await flush();
		expect(end.done).toBe(false);
		popup.closed = true;
		vi.advanceTimersByTime(500);
		await flush();
		expect(end.value).toEqual({ kind: 'closed' });
		expect(win.listeners.size).toBe(0);
		expect((win.__oauth2ClientSignIn as Direct)(popup, URL_BACK)).toBe(false);
		expect(popup.posted).toEqual([]);
	});

	it('resolves closed when the caller gives up', async () => {
		const popup = new FakeWindow();
		const controller = new AbortController();
		const end = waitForResponse(popup as unknown as Window, ORIGIN, controller.signal);
		controller.abort();
		expect(await end).toEqual({ kind: 'closed' });
		expect(win.listeners.size).toBe(0);
	});

	it('takes the direct call of the callback page (the fast path) from the window it opened only', async () => {
		const popup = new FakeWindow();
		const stranger = new FakeWindow();
		const end = track(waitForResponse(popup as unknown as Window, ORIGIN));
		const direct = win.__oauth2ClientSignIn as Direct;
		expect(typeof direct).toBe('function');
		expect(direct(stranger, URL_BACK)).toBe(false);
		expect(direct(popup, { href: URL_BACK })).toBe(false);
		await flush();
		expect(end.done).toBe(false);

		expect(direct(popup, URL_BACK)).toBe(true);
		await flush();
		// In the same task: not late.
		expect(end.value).toMatchObject({ kind: 'response', url: URL_BACK, late: false });
		expect(popup.posted).toEqual([{ message: { type: RECEIVED }, origin: ORIGIN }]);
		// Taken once: the postMessage that might follow finds nobody waiting.
		expect(direct(popup, URL_BACK)).toBe(false);
		expect(win.listeners.size).toBe(0);
	});

	it('with two sign-ins waiting, the direct call reaches the one whose window it came from', async () => {
		const first = new FakeWindow();
		const second = new FakeWindow();
		const controller = new AbortController();
		const one = track(waitForResponse(first as unknown as Window, ORIGIN, controller.signal));
		const two = track(waitForResponse(second as unknown as Window, ORIGIN));
		expect((win.__oauth2ClientSignIn as Direct)(second, URL_BACK)).toBe(true);
		await flush();
		expect(two.value).toMatchObject({ kind: 'response', url: URL_BACK });
		expect(one.done).toBe(false);
		controller.abort();
		await flush();
		expect(one.value).toEqual({ kind: 'closed' });
	});
});

describe('relayToOpener (in the sign-in window)', () => {
	it('says no-opener where there is no window to hand the answer to', async () => {
		win.opener = null;
		expect(await relayToOpener(URL_BACK, ORIGIN)).toEqual({ kind: 'no-opener' });
		win.opener = win;
		expect(await relayToOpener(URL_BACK, ORIGIN)).toEqual({ kind: 'no-opener' });
	});

	it('posts the answer to the opener at the app’s exact origin, and takes its verdict only from there', async () => {
		const opener = new FakeWindow();
		const stranger = new FakeWindow();
		win.opener = opener;
		const relayed = track(relayToOpener(URL_BACK, ORIGIN));
		expect(opener.posted).toEqual([
			{ message: { type: RESPONSE, url: URL_BACK, sentAt: expect.any(Number) }, origin: ORIGIN }
		]);
		win.receive({ type: RESULT, result: 'forged' }, ORIGIN, stranger);
		win.receive({ type: RESULT, result: 'forged' }, 'https://evil.example', opener);
		await flush();
		expect(relayed.done).toBe(false);
		win.receive({ type: RECEIVED }, ORIGIN, opener);
		win.receive({ type: RESULT, result: { kind: 'signed-in' } }, ORIGIN, opener);
		await flush();
		expect(relayed.value).toEqual({ kind: 'answered', result: { kind: 'signed-in' } });
		expect(win.listeners.size).toBe(0);
	});

	it('says no-answer when the opener does not acknowledge in time, or gives no verdict after it did', async () => {
		vi.useFakeTimers();
		const opener = new FakeWindow();
		win.opener = opener;
		const silent = track(relayToOpener(URL_BACK, ORIGIN, 3_000, 60_000));
		vi.advanceTimersByTime(2_999);
		await flush();
		expect(silent.done).toBe(false);
		vi.advanceTimersByTime(1);
		await flush();
		expect(silent.value).toEqual({ kind: 'no-answer' });

		const slow = track(relayToOpener(URL_BACK, ORIGIN, 3_000, 60_000));
		win.receive({ type: RECEIVED }, ORIGIN, opener);
		// Acknowledged: it waits for the verdict, past the first timeout.
		vi.advanceTimersByTime(59_999);
		await flush();
		expect(slow.done).toBe(false);
		vi.advanceTimersByTime(1);
		await flush();
		expect(slow.value).toEqual({ kind: 'no-answer' });
	});

	it('says no-opener when the opener cannot be posted to', async () => {
		const opener = new FakeWindow();
		opener.postMessage = () => {
			throw new Error('cross-origin');
		};
		win.opener = opener;
		expect(await relayToOpener(URL_BACK, ORIGIN)).toEqual({ kind: 'no-opener' });
	});

	it('does not relay twice what app.html’s script already handed over by the direct call', async () => {
		vi.useFakeTimers();
		const opener = new FakeWindow();
		win.opener = opener;
		win.__oauth2ClientCallback = { url: URL_BACK, relayed: true, accepted: true, inbox: [] };
		const relayed = track(relayToOpener(URL_BACK, ORIGIN, 3_000, 60_000));
		expect(opener.posted).toEqual([]);
		// Taken by the direct call counts as acknowledged: it waits for the verdict, not 3 s.
		vi.advanceTimersByTime(10_000);
		await flush();
		expect(relayed.done).toBe(false);
		win.receive({ type: RESULT, result: 'ok' }, ORIGIN, opener);
		await flush();
		expect(relayed.value).toEqual({ kind: 'answered', result: 'ok' });
	});

	it('reads the answers app.html’s script heard before the app loaded', async () => {
		const opener = new FakeWindow();
		win.opener = opener;
		win.__oauth2ClientCallback = {
			url: URL_BACK,
			relayed: true,
			accepted: false,
			inbox: [{ type: RECEIVED }, { type: RESULT, result: 'early' }]
		};
		expect(await relayToOpener(URL_BACK, ORIGIN)).toEqual({ kind: 'answered', result: 'early' } satisfies RelayResult);
		expect(opener.posted).toEqual([]);
	});
});

describe('openSignInWindow', () => {
	beforeEach(() => vi.stubGlobal('screen', { availWidth: 1920, availHeight: 1080 }));

	it('opens the one named sign-in window, centred, and says what is happening in it', () => {
		const popup = { document: { title: '', body: { textContent: '' } } };
		win.open = vi.fn(() => popup);
		expect(openSignInWindow()).toBe(popup);
		expect(win.open).toHaveBeenCalledWith('', 'oauth2-client-signin', 'popup,width=520,height=680,left=700,top=200');
		expect(popup.document.title).toBe('Signing in…');
		expect(popup.document.body.textContent).toBe('Opening the sign-in page…');
	});

	it('answers null when the browser blocks it', () => {
		win.open = vi.fn(() => null);
		expect(openSignInWindow()).toBeNull();
	});

	it('reuses a window still at the provider from an earlier sign-in', () => {
		const atProvider = {
			get document(): never {
				throw new DOMException('Blocked a frame with origin', 'SecurityError');
			}
		};
		win.open = vi.fn(() => atProvider);
		expect(openSignInWindow()).toBe(atProvider);
	});
});

describe('callbackUrl', () => {
	it('is the address app.html took out of the address bar, or the page’s own', () => {
		vi.stubGlobal('location', { href: `${ORIGIN}/callback/c1` });
		expect(callbackUrl()).toBe(`${ORIGIN}/callback/c1`);
		win.__oauth2ClientCallback = { url: URL_BACK, relayed: false, inbox: [] };
		expect(callbackUrl()).toBe(URL_BACK);
	});
});
