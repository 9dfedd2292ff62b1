import * as v from 'valibot';
import { coded } from './result';

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

/** The field problem of each URL problem: people read it from the catalog. */
export function urlProblemCode(problem: UrlProblem): `url-${UrlProblem}` {
	return `url-${problem}`;
}

/** A valibot schema for such a URL: trims, checks, and keeps the text as typed (no normalisation). */
export const endpointUrl = v.pipe(
	v.string(coded('url-empty')),
	v.trim(),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const checked = checkEndpointUrl(dataset.value);
		if (!checked.ok) addIssue({ message: coded(urlProblemCode(checked.problem)) });
	})
);
