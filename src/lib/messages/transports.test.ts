import { beforeAll, describe, expect, it } from 'vitest';
import type { TransportError, TransportReason } from '$lib/transports';
import transports from './en/transports';
import { need } from './i18n.svelte';

beforeAll(() => need('transports', 'problems'));
import { transportText } from './transports';

describe('transportText', () => {
	it('words an error from its reason, status, type, scope and params', () => {
		const cases: [TransportError, string][] = [
			[
				{ code: 'offline', reason: 'offline', params: { host: 'api.fastmail.com' } },
				'The browser is Offline, so api.fastmail.com could not be reached. Nothing was sent or queued: try again when the network is back.'
			],
			[
				{ code: 'unreachable', reason: 'unreachable-timeout', params: { host: 'gmail.googleapis.com' } },
				'gmail.googleapis.com did not answer in time. Try again later.'
			],
			[{ code: 'configuration', reason: 'account-missing' }, 'The account or its connection no longer exists.'],
			[
				{
					code: 'server-error',
					reason: 'jmap-server-error',
					status: 503,
					params: { host: 'jmap.test', detail: 'maintenance' }
				},
				'The JMAP server at jmap.test is having trouble (503) (maintenance). Try again later.'
			],
			[
				{
					code: 'refused',
					reason: 'jmap-refused',
					status: 400,
					type: 'urn:ietf:params:jmap:error:limit',
					params: { host: 'jmap.test' }
				},
				'The JMAP server at jmap.test refused the request (400 urn:ietf:params:jmap:error:limit).'
			],
			[
				{ code: 'refused', reason: 'jmap-refused', status: 400, params: { host: 'jmap.test' } },
				'The JMAP server at jmap.test refused the request (400).'
			],
			[
				{
					code: 'refused',
					reason: 'jmap-create-refused',
					type: 'invalidProperties',
					params: { description: 'bad from' }
				},
				'The JMAP server would not create the message (invalidProperties: bad from).'
			],
			[
				{
					code: 'scope-missing',
					reason: 'jmap-scope-missing',
					status: 403,
					type: 'insufficient_scope',
					params: { host: 'jmap.test' }
				},
				'The JMAP server at jmap.test needs a permission the token does not carry. Sign in again and allow it.'
			],
			[
				{
					code: 'refused',
					reason: 'gmail-forbidden',
					status: 403,
					type: 'PERMISSION_DENIED',
					params: { message: 'Gmail API has not been used' }
				},
				'Gmail refused the request (403: Gmail API has not been used). Check that the Gmail API is enabled in the Google Cloud project.'
			],
			[{ code: 'refused', reason: 'gmail-refused', status: 400 }, 'Gmail refused the request (400).'],
			[
				{
					code: 'scope-missing',
					reason: 'gmail-scope-missing',
					status: 403,
					type: 'PERMISSION_DENIED',
					scope: 'https://www.googleapis.com/auth/gmail.send'
				},
				'Gmail needs the permission https://www.googleapis.com/auth/gmail.send, which this sign-in did not grant. Sign in again and allow it.'
			],
			[
				{
					code: 'refused',
					reason: 'graph-denied-granted',
					status: 403,
					type: 'ErrorAccessDenied',
					params: { granted: 'Mail.Send' }
				},
				'Microsoft Graph denied access to this mailbox although the sign-in granted Mail.Send. Signing in again will not change this: the organisation’s Exchange administrator limits which apps may reach mailboxes (an application access policy or a disabled protocol). Ask them to allow this app.'
			],
			[
				{
					code: 'refused',
					reason: 'graph-refused',
					status: 400,
					type: 'ErrorInvalidRecipients',
					params: { message: 'No recipient' }
				},
				'Microsoft Graph refused the request (400 ErrorInvalidRecipients: No recipient).'
			],
			[
				{ code: 'unauthorized', reason: 'graph-token-refused', status: 401, params: { description: 'token expired' } },
				'Microsoft Graph refused the access token even after it was renewed (token expired). Check that the account signs in at the provider this server trusts, then press Refresh token.'
			],
			[
				{ code: 'not-supported', reason: 'host-portal-only' },
				'This account’s mail goes through the portal that embeds the app (IMAP and SMTP): a browser cannot speak those. Its token is ready for the portal.'
			],
			// No token: why, as the token keeper says it (its problem is the cause).
			[
				{ code: 'sign-in-required', reason: 'token-unavailable', cause: { code: 'invalid-grant' } },
				'The provider no longer accepts this account’s refresh token: it was revoked, expired, or already used. Sign in again.'
			],
			[
				{ code: 'not-signed-in', reason: 'token-unavailable' },
				'No access token could be had for this account: open it and press Refresh token.'
			]
		];
		for (const [error, text] of cases) expect(transportText(error), error.reason).toBe(text);
	});

	it('has a whole sentence for every reason, with no placeholder left unfilled', () => {
		const params = {
			host: 'h.test',
			url: 'https://h.test/s',
			method: 'Mailbox/get',
			granted: 'Mail.Send',
			description: 'd',
			detail: 'd',
			message: 'm',
			tokenMessage: 'Sign in.'
		};
		for (const reason of Object.keys(transports) as TransportReason[]) {
			const text = transportText({ code: 'refused', reason, status: 400, type: 't', scope: 's', params });
			expect(text, reason).toMatch(/^\S.*[.]$/);
			expect(text, reason).not.toMatch(/[{}]|undefined/);
		}
	});
});
