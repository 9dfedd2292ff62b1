import * as v from 'valibot';
import type { FieldCode } from './codes';
import { coded } from './result';

// Control characters (C0, DEL, C1) never belong in a name shown to people or sent to a server.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The codes of each field that `label` checks: each sentence names its field whole. */
const LABEL_CODES = {
	name: { required: 'name-required', long: 'name-too-long', control: 'name-control' }
} as const satisfies Record<string, { required: FieldCode; long: FieldCode; control: FieldCode }>;

/** The codes of each field that `opaque` checks. */
const OPAQUE_CODES = {
	clientId: { required: 'client-id-required', long: 'client-id-too-long', spaces: 'client-id-spaces' }
} as const satisfies Record<string, { required: FieldCode; long: FieldCode; spaces: FieldCode }>;

/** A short human label: trimmed, non-empty, one line, at most `max` characters. */
export function label(field: keyof typeof LABEL_CODES, max = 80) {
	const codes = LABEL_CODES[field];
	return v.pipe(
		v.string(coded(codes.required)),
		v.trim(),
		v.nonEmpty(coded(codes.required)),
		v.maxLength(max, coded(codes.long, { max })),
		v.check((s) => !CONTROL.test(s), coded(codes.control))
	);
}

/** An opaque token-like value (client id, tenant): printable, no spaces. */
export function opaque(field: keyof typeof OPAQUE_CODES, max = 512) {
	const codes = OPAQUE_CODES[field];
	return v.pipe(
		v.string(coded(codes.required)),
		v.trim(),
		v.nonEmpty(coded(codes.required)),
		v.maxLength(max, coded(codes.long, { max })),
		v.check((s) => !/\s/.test(s) && !CONTROL.test(s), coded(codes.spaces))
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
