import * as v from 'valibot';

/**
 * True for hosts that never leave the machine. Plain http is acceptable only there: a token
 * or code sent over http anywhere else can be read on the way.
 */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (host === '[::1]') return true;
	return /^127(?:\.\d{1,3}){3}$/.test(host);
}

export type UrlProblem = 'empty' | 'not-a-url' | 'scheme' | 'insecure' | 'credentials' | 'fragment';

/** Checks a URL that the app will send tokens, codes or secrets to. */
export function checkEndpointUrl(raw: string): { ok: true; url: URL } | { ok: false; problem: UrlProblem } {
	const text = raw.trim();
	if (text === '') return { ok: false, problem: 'empty' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, problem: 'not-a-url' };
	}
	if (url.protocol === 'http:') {
		if (!isLoopbackHost(url.hostname)) return { ok: false, problem: 'insecure' };
	} else if (url.protocol !== 'https:') {
		return { ok: false, problem: 'scheme' };
	}
	if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
	if (url.hash !== '') return { ok: false, problem: 'fragment' };
	return { ok: true, url };
}

const urlMessages: Record<UrlProblem, string> = {
	empty: 'enter a URL',
	'not-a-url': 'not a URL: enter a full address such as https://login.example.com/token',
	scheme: 'not an https URL: enter an address that starts with https://',
	insecure: 'not an https URL: plain http:// is allowed only for loopback addresses such as 127.0.0.1 or localhost',
	credentials: 'remove the user name and password from the URL',
	fragment: 'remove the part after # from the URL'
};

export function urlProblemMessage(problem: UrlProblem): string {
	return urlMessages[problem];
}

/** A valibot schema for such a URL: trims, checks, and keeps the text as typed (no normalisation). */
export const endpointUrl = v.pipe(
	v.string('enter a URL'),
	v.trim(),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const checked = checkEndpointUrl(dataset.value);
		if (!checked.ok) addIssue({ message: urlProblemMessage(checked.problem) });
	})
);
