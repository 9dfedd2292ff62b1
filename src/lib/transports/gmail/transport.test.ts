import { describe, expect, it } from 'vitest';
import { transportText } from '$lib/messages/transports';
import userinfo from '../fixtures/google-userinfo.json';
import labels from '../fixtures/gmail-labels-list.json';
import label from '../fixtures/gmail-label-get.json';
import sent from '../fixtures/gmail-send-response.json';
import unauthorized from '../fixtures/gmail-error-401.json';
import insufficient from '../fixtures/gmail-error-403-insufficient-scopes.json';
import { fakeServer, respond, tokens } from '../testing';
import { GMAIL_API, GmailTransport, SEND_SCOPE, USERINFO } from './transport';

describe('GmailTransport', () => {
	it('verifies with Google’s userinfo (the email scope), not the restricted Gmail profile', async () => {
		const { fetch, calls } = fakeServer([[(u) => u === USERINFO, () => respond(userinfo)]]);
		const t = new GmailTransport(tokens().source, { fetch });
		expect(await t.verify()).toEqual({
			ok: true,
			value: { email: userinfo.body.email, name: userinfo.body.name },
			renewed: false
		});
		expect(calls.map((c) => c.url)).toEqual([USERINFO]);
		expect(calls[0]?.authorization).toBe('Bearer at-1');
	});

	it('lists system labels with their roles and counts, skipping categories', async () => {
		const { fetch, calls } = fakeServer([
			[(u) => u === `${GMAIL_API}/labels`, () => respond(labels)],
			[(u) => u.startsWith(`${GMAIL_API}/labels/`), () => respond(label)]
		]);
		const t = new GmailTransport(tokens().source, { fetch });
		const result = await t.listMailboxes();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const fetched = calls.slice(1).map((c) => decodeURIComponent(c.url.slice(`${GMAIL_API}/labels/`.length)));
		expect(fetched).toContain('INBOX');
		expect(fetched).toContain('SENT');
		expect(fetched).not.toContain('CATEGORY_PERSONAL');
		expect(fetched).not.toContain('UNREAD');
		// Counts come from labels.get.
		expect(result.value[0]).toMatchObject({ total: label.body.messagesTotal, unread: label.body.messagesUnread });
	});

	it('sends a base64url RFC 5322 message as raw', async () => {
		const { fetch, calls } = fakeServer([
			[(u) => u === USERINFO, () => respond(userinfo)],
			[(u, m) => u === `${GMAIL_API}/messages/send` && m === 'POST', () => respond(sent)]
		]);
		const t = new GmailTransport(tokens().source, { fetch });
		const result = await t.send({ to: ['bob@example.com'], subject: 'Grüße', body: 'Hello ✓' });
		expect(result).toEqual({ ok: true, value: { id: sent.body.id }, renewed: false });
		const raw = (calls[1]?.body as { raw: string }).raw;
		expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
		const text = Buffer.from(raw, 'base64url').toString('utf8');
		expect(text).toContain(`From: ${userinfo.body.email}`);
		expect(text).toContain('To: bob@example.com');
		expect(text).toContain('Subject: =?UTF-8?B?');
		expect(Buffer.from(/\r\n\r\n([\s\S]*)$/.exec(text)![1]!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(
			'Hello ✓'
		);
	});

	it('names the missing scope on a 403 for insufficient scopes', async () => {
		const { fetch } = fakeServer([
			[(u) => u === USERINFO, () => respond(userinfo)],
			[(u) => u === `${GMAIL_API}/messages/send`, () => respond(insufficient)]
		]);
		const result = await new GmailTransport(tokens().source, { fetch }).send({
			to: ['a@b.c'],
			subject: 's',
			body: 'b'
		});
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'scope-missing', reason: 'gmail-scope-missing', scope: SEND_SCOPE, status: 403 }
		});
		expect(result.ok || transportText(result.error)).toBe(
			'Gmail needs the permission https://www.googleapis.com/auth/gmail.send, which this sign-in did not grant. Sign in again and allow it.'
		);
	});

	it('renews the token once on a 401 and repeats the request', async () => {
		let first = true;
		const { fetch, calls } = fakeServer([
			[
				(u) => u === USERINFO,
				() => {
					const answer = first ? respond(unauthorized) : respond(userinfo);
					first = false;
					return answer;
				}
			]
		]);
		const t = tokens();
		const result = await new GmailTransport(t.source, { fetch }).verify();
		expect(result).toMatchObject({ ok: true, renewed: true });
		expect(calls.map((c) => c.authorization)).toEqual(['Bearer at-1', 'Bearer at-2']);
		expect(t.renewals()).toBe(1);
		expect(t.rejected()).toEqual(['at-1']);
	});

	it('gives up after one renewal', async () => {
		const { fetch, calls } = fakeServer([[() => true, () => respond(unauthorized)]]);
		const result = await new GmailTransport(tokens().source, { fetch }).verify();
		expect(result).toEqual({
			ok: false,
			renewed: true,
			error: { code: 'unauthorized', reason: 'gmail-token-refused', status: 401 }
		});
		expect(result.ok || transportText(result.error)).toBe(
			'Gmail refused the access token even after it was renewed. Check that the account signs in at the provider this server trusts, then press Refresh token.'
		);
		expect(calls).toHaveLength(2);
	});

	it('says when Google cannot be reached (or refuses CORS)', async () => {
		const { fetch } = fakeServer([[() => true, () => new TypeError('Failed to fetch')]]);
		const result = await new GmailTransport(tokens().source, { fetch }).verify();
		expect(result).toEqual({
			ok: false,
			renewed: false,
			error: { code: 'unreachable', reason: 'unreachable', params: { host: 'openidconnect.googleapis.com' } }
		});
		expect(result.ok || transportText(result.error)).toBe(
			'Could not reach openidconnect.googleapis.com. The network may be down, or the server refuses requests from this site (CORS): it must allow this site’s origin.'
		);
	});

	it('says Offline, not “unreachable”, when the browser has no network, and queues nothing', async () => {
		const { fetch, calls } = fakeServer([[() => true, () => new TypeError('Failed to fetch')]]);
		const result = await new GmailTransport(tokens().source, { fetch, online: () => false }).verify();
		expect(result).toEqual({
			ok: false,
			renewed: false,
			error: { code: 'offline', reason: 'offline', params: { host: 'openidconnect.googleapis.com' } }
		});
		expect(result.ok || transportText(result.error)).toMatch(
			/^The browser is Offline, so openidconnect\.googleapis\.com could not be reached\. Nothing was sent or queued/
		);
		expect(calls).toHaveLength(1);
	});
});
