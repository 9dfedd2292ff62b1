import * as v from 'valibot';

// Control characters (C0, DEL, C1) never belong in a name shown to people or sent to a server.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A short human label: trimmed, non-empty, one line, at most `max` characters. */
export function label(what: string, max = 80) {
	return v.pipe(
		v.string(`enter ${what}`),
		v.trim(),
		v.nonEmpty(`enter ${what}`),
		v.maxLength(max, `shorten ${what} to at most ${max} characters`),
		v.check((s) => !CONTROL.test(s), `remove line breaks and control characters from ${what}`)
	);
}

/** An opaque token-like value (client id, tenant): printable, no spaces. */
export function opaque(what: string, max = 512) {
	return v.pipe(
		v.string(`enter ${what}`),
		v.trim(),
		v.nonEmpty(`enter ${what}`),
		v.maxLength(max, `${what} is longer than ${max} characters: check that you pasted the right value`),
		v.check((s) => !/\s/.test(s) && !CONTROL.test(s), `remove spaces and line breaks from ${what}`)
	);
}

/**
 * Turns empty or whitespace-only strings into `undefined`, so that an empty optional form field
 * and an absent JSON key mean the same.
 */
export function blankToUndefined<T extends Record<string, unknown>>(input: T): T {
	// Built by defining each key (never by assignment): a key from input such as `__proto__` stays
	// an ordinary key and can never reach an object's prototype.
	return Object.fromEntries(
		Object.entries(input).map(([key, value]) => [
			key,
			typeof value === 'string' && value.trim() === '' ? undefined : value
		])
	) as T;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

/** Drops keys whose value is `undefined`, so stored rows and exports carry no empty keys. */
export function stripUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
