import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldCode, FieldError } from '$lib/config';
import fields from './en/fields';
import { need } from './i18n.svelte';

beforeAll(() => need('fields', 'problems'));
import { describeProblems, errorsByField, fieldText, storageText, urlProblemText } from './fields';

describe('the field messages', () => {
	it('words every code (the catalog’s type requires each one, and no other)', () => {
		const codes = Object.keys(fields) as FieldCode[];
		expect(codes.length).toBeGreaterThan(80);
		for (const code of codes) expect(fieldText({ code }), code).not.toBe('');
	});

	it('lists an import’s problems with their paths, as the README shows', () => {
		const errors: FieldError[] = [
			{ path: 'connections[3].tokenEndpoint', code: 'url-scheme' },
			{ path: 'connections[4].name', code: 'name-used-twice', params: { name: 'Work', also: 'connections[0]' } },
			{ path: '', code: 'file-too-large', params: { size: 2048, max: 1024 } }
		];
		expect(describeProblems(errors)).toEqual([
			'connections[3].tokenEndpoint: not an https URL: enter an address that starts with https://',
			'connections[4].name: the name “Work” is used twice in this file (also connections[0])',
			'the file is 2048 KB; a configuration is at most 1024 KB: is this the right file?'
		]);
	});

	it('fills every placeholder, and leaves the format’s own braces alone', () => {
		expect(fieldText({ code: 'name-too-long', params: { max: 80 } })).toBe('shorten a name to at most 80 characters');
		expect(fieldText({ code: 'field-only-oauth2', params: { provider: 'google' } })).toBe(
			"only a custom OAuth2 connection has this field; the google provider's own value is used"
		);
		expect(fieldText({ code: 'email-taken-by', params: { email: 'ada@example.com', account: 'Ada' } })).toBe(
			'another account (“Ada”) already uses ada@example.com'
		);
		expect(fieldText({ code: 'jmap-server-not-object' })).toBe('expected a JMAP server: {sessionUrl}');
		expect(fieldText({ code: 'file-not-json', params: { detail: 'Unexpected end of JSON input' } })).toBe(
			'not JSON (Unexpected end of JSON input): choose a file exported by OAuth2 Client'
		);
		expect(fieldText({ code: 'file-not-json' })).toBe('not JSON (unreadable): choose a file exported by OAuth2 Client');
	});

	it('inserts data as it is: a name that looks like a placeholder stays text', () => {
		expect(fieldText({ code: 'connection-name-taken', params: { name: '{name} $& <b>' } })).toBe(
			'another connection is already called “{name} $& <b>”: choose another name'
		);
	});

	it('words the problems of a URL that tokens are sent to, for discovery too', () => {
		expect(urlProblemText('insecure')).toBe(
			'not an https URL: plain http:// is allowed only for loopback addresses such as 127.0.0.1 or localhost'
		);
		expect(urlProblemText('fragment')).toBe('remove the part after # from the URL');
	});

	it('groups a form’s errors by field, the first per field, in a map without a prototype', () => {
		const byField = errorsByField([
			{ path: 'name', code: 'name-required' },
			{ path: 'name', code: 'name-control' },
			{ path: '__proto__', code: 'unknown-field' }
		]);
		expect(Object.getPrototypeOf(byField)).toBeNull();
		expect({ ...byField }).toEqual({ name: 'enter a name', ['__proto__']: 'unknown field' });
	});

	it('words a client secret an import does not keep', () => {
		expect(storageText({ code: 'client-secret-not-kept', params: { name: 'Work' } })).toBe(
			'“Work” points at another endpoint or client: its stored client secret will not be kept. If that client needs one, enter it in the connection after the import.'
		);
	});
});
