/**
 * Attack: input whose keys name an object's prototype (`__proto__`), in a form, a configuration
 * file or a server's header, hoping that building an object from it changes what every object
 * inherits, or what this one answers for keys it never had.
 */
import { describe, expect, it } from 'vitest';
import { blankToUndefined, parseConfigurationFile, validateConnection } from '$lib/config';
import { errorsByField } from '$lib/messages/fields';
import { bearerChallenge } from '$lib/transports/http';

describe('prototype pollution through keys from input', () => {
	it('blankToUndefined keeps `__proto__` an ordinary key', () => {
		const input = JSON.parse('{"name": " ", "__proto__": {"polluted": true, "clientSecret": "s"}}') as Record<
			string,
			unknown
		>;
		const out = blankToUndefined(input);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect((out as Record<string, unknown>).polluted).toBeUndefined();
		expect((out as Record<string, unknown>).clientSecret).toBeUndefined();
		expect(Object.keys(out)).toEqual(['name', '__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a connection whose input carries `__proto__` gains nothing from it', () => {
		const raw = JSON.parse(
			'{"name": "A", "provider": "oauth2", "clientId": "x", "authorizationEndpoint": "https://a.test/a", "__proto__": {"tokenEndpoint": "https://evil.test/t"}}'
		);
		const result = validateConnection(raw);
		// The token endpoint did not come from the prototype: it is still missing.
		expect(result).toMatchObject({ ok: false, error: [{ path: 'tokenEndpoint', code: 'token-endpoint-required' }] });
	});

	it('a configuration file with `__proto__` keys is refused by path, and pollutes nothing', () => {
		const text =
			'{"format": "oauth2-client/v1", "exportedAt": "2026-11-30T00:00:00Z", "connections": [{"id": "c", "name": "A", "provider": "google", "clientId": "x", "__proto__": {"clientSecret": "s"}}], "accounts": []}';
		const parsed = parseConfigurationFile(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toContainEqual({ path: 'connections[0].__proto__', code: 'unknown-field' });
			const byField = errorsByField(parsed.error);
			expect(Object.getPrototypeOf(byField)).toBeNull();
			expect(byField['connections[0].__proto__']).toBe('unknown field');
			// A path that names a prototype key is an ordinary entry, and nothing else is inherited.
			const odd = errorsByField([
				{ path: '__proto__', code: 'unknown-field' },
				{ path: 'constructor', code: 'file-unknown-field' }
			]);
			expect(Object.keys(odd)).toEqual(['__proto__', 'constructor']);
			expect(odd['__proto__']).toBe('unknown field');
			expect(odd['toString']).toBeUndefined();
		}
		expect(({} as Record<string, unknown>).clientSecret).toBeUndefined();
	});

	it('a server’s WWW-Authenticate with a `__proto__` parameter is read as text', () => {
		const challenge = bearerChallenge('Bearer __proto__="x", error="invalid_token"');
		expect(challenge).toEqual({ error: 'invalid_token' });
		expect(Object.getPrototypeOf(challenge)).toBe(Object.prototype);
	});
});
