/**
 * The parameters of the `Bearer` challenge in a `WWW-Authenticate` value (RFC 9110 §11.6.1: one
 * or more challenges, each a scheme, then `name=token` or `name="quoted string"` parameters).
 * Names are lower-cased. The record has no prototype: a server's `__proto__` is an ordinary name.
 * Used for RFC 6750's `error`, `error_description` and `scope` and RFC 9728's `resource_metadata`.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1
 */
export function bearerChallengeParams(header: string | null): Readonly<Record<string, string>> | undefined {
	if (!header) return undefined;
	const s = header;
	const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
	// RFC 9110 wants a token as an unquoted value; servers also write URLs so: up to the next comma.
	const BARE = /[^\s,]+/y;
	const read = (pattern: RegExp) => {
		pattern.lastIndex = i;
		const match = pattern.exec(s)?.[0];
		if (match !== undefined) i = pattern.lastIndex;
		return match;
	};
	const skipSpace = () => {
		while (s[i] === ' ' || s[i] === '\t') i += 1;
	};
	let i = 0;
	let bearer: Record<string, string> | undefined;
	let current: Record<string, string> | undefined;
	while (i < s.length) {
		skipSpace();
		if (s[i] === ',') {
			i += 1;
			continue;
		}
		const name = read(TOKEN);
		if (name === undefined) break;
		skipSpace();
		if (s[i] === '=' && current) {
			// `name=value` or `name="quoted"`: a parameter of the challenge being read.
			i += 1;
			skipSpace();
			let value = '';
			if (s[i] === '"') {
				i += 1;
				while (i < s.length && s[i] !== '"') {
					if (s[i] === '\\') i += 1;
					value += s[i] ?? '';
					i += 1;
				}
				i += 1;
			} else {
				value = read(BARE) ?? '';
			}
			current[name.toLowerCase()] = value;
		} else {
			// A name without `=`: the scheme of the next challenge. The first Bearer one counts.
			current = Object.create(null) as Record<string, string>;
			if (name.toLowerCase() === 'bearer') bearer ??= current;
		}
	}
	return bearer;
}
