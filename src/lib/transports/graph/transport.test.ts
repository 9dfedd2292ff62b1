import { describe, expect, it } from 'vitest';
import { transportText } from '$lib/messages/transports';
import me from '../fixtures/graph-me.json';
import folders from '../fixtures/graph-mailfolders.json';
import batch from '../fixtures/graph-batch-response.json';
import sendRequest from '../fixtures/graph-sendmail-request.json';
import sendResponse from '../fixtures/graph-sendmail-response.json';
import policy from '../fixtures/graph-error-403-access-denied.json';
import denied from '../fixtures/graph-error-403-access-denied-observed.json';
import expired from '../fixtures/graph-error-401.json';
import { fakeServer, respond, tokens } from '../testing';
import type { TokenSource } from '../types';
import { GRAPH, GraphTransport } from './transport';

/** A $batch answer in the documented envelope, carrying the documented folder list. */
function batchAnswer(requests: { id: string; url: string }[]) {
	const template = batch.body.responses[0]!;
	const list = folders.body.value as { id: string; displayName: string }[];
	const byName: Record<string, string | undefined> = {
		inbox: list.find((f) => f.displayName === 'Inbox')?.id,
		drafts: list.find((f) => f.displayName === 'Drafts')?.id,
		sentitems: list.find((f) => f.displayName === 'Sent Items')?.id
	};
	return respond({
		status: 200,
		body: {
			responses: requests.map((r) =>
				r.id === 'folders'
					? { ...template, id: r.id, body: folders.body }
					: byName[r.id]
						? { ...template, id: r.id, body: { id: byName[r.id] } }
						: { ...batch.body.responses[1], id: r.id, status: 404 }
			)
		}
	});
}

describe('GraphTransport', () => {
	it('verifies with /me', async () => {
		const { fetch, calls } = fakeServer([[(u) => u.startsWith(`${GRAPH}/me?`), () => respond(me)]]);
		const result = await new GraphTransport(tokens().source, { fetch }).verify();
		expect(result).toEqual({ ok: true, value: { email: 'AdeleV@contoso.com', name: 'Adele Vance' }, renewed: false });
		expect(calls[0]?.authorization).toBe('Bearer at-1');
	});

	it('lists folders with counts and roles from the well-known names, in one $batch request', async () => {
		let seen: { id: string; url: string }[] = [];
		const { fetch, calls } = fakeServer([[(u, m) => u === `${GRAPH}/$batch` && m === 'POST', () => batchAnswer(seen)]]);
		const transport = new GraphTransport(tokens().source, {
			fetch: async (input, init) => {
				seen = (JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] }).requests;
				return fetch(input, init);
			}
		});
		const result = await transport.listMailboxes();
		expect(calls).toHaveLength(1);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.find((m) => m.name === 'Inbox')).toMatchObject({ role: 'inbox', total: 71, unread: 70 });
		expect(result.value.find((m) => m.name === 'Drafts')).toMatchObject({ role: 'drafts' });
		expect(result.value.find((m) => m.name === 'Sent Items')).toMatchObject({ role: 'sent' });
		// Archive's well-known lookup answered 404 in this batch: no role, still listed.
		expect(result.value.find((m) => m.name === 'Archive')?.role).toBeUndefined();
		expect(result.value).toHaveLength(5);
	});

	it('sends with sendMail in the documented shape and accepts 202 without a body', async () => {
		const { fetch, calls } = fakeServer([
			[(u, m) => u === `${GRAPH}/me/sendMail` && m === 'POST', () => respond(sendResponse)]
		]);
		const result = await new GraphTransport(tokens().source, { fetch }).send({
			to: ['frannyg@contoso.com'],
			subject: 'Hi',
			body: 'Text'
		});
		expect(result).toEqual({ ok: true, value: {}, renewed: false });
		const body = calls[0]?.body as { message: Record<string, unknown>; saveToSentItems: unknown };
		const documented = sendRequest.request.body as { message: Record<string, unknown> };
		expect(Object.keys(body.message).sort()).toEqual(expect.arrayContaining(['subject', 'body', 'toRecipients']));
		expect(Object.keys(documented.message)).toEqual(expect.arrayContaining(['subject', 'body', 'toRecipients']));
		expect(body.message.toRecipients).toEqual([{ emailAddress: { address: 'frannyg@contoso.com' } }]);
		expect(body.message.body).toEqual({ contentType: 'Text', content: 'Text' });
		expect(body.saveToSentItems).toBe(true);
	});

	it('names Mail.Send when Graph denies sending', async () => {
		const { fetch } = fakeServer([[() => true, () => respond(denied)]]);
		const result = await new GraphTransport(tokens().source, { fetch }).send({
			to: ['a@b.c'],
			subject: 's',
			body: 'b'
		});
		expect(result).toMatchObject({
			ok: false,
			error: {
				code: 'scope-missing',
				reason: 'graph-scope-missing',
				scope: 'https://graph.microsoft.com/Mail.Send',
				type: 'ErrorAccessDenied'
			}
		});
		expect(result.ok || transportText(result.error)).toBe(
			'Microsoft Graph needs the permission https://graph.microsoft.com/Mail.Send, which this sign-in did not grant (Access is denied. Check credentials and try again.). Sign in again and allow it; your organisation may need to approve it.'
		);
	});

	it('does not ask for a new sign-in when the token has the permission, or Exchange blocks the app', async () => {
		const granted: TokenSource = async () => ({
			ok: true,
			value: { accessToken: 'at', tokenType: 'Bearer', scopes: ['openid', 'Mail.Send', 'Mail.ReadBasic'] }
		});
		const message = { to: ['a@b.c'], subject: 's', body: 'b' };
		const withScope = await new GraphTransport(granted, {
			fetch: fakeServer([[() => true, () => respond(denied)]]).fetch
		}).send(message);
		expect(withScope).toMatchObject({
			ok: false,
			error: {
				code: 'refused',
				reason: 'graph-denied-granted',
				status: 403,
				type: 'ErrorAccessDenied',
				params: { granted: 'Mail.Send' }
			}
		});
		expect(withScope.ok ? '' : transportText(withScope.error)).toMatch(
			/although the sign-in granted Mail\.Send.*Exchange administrator/
		);

		const blocked = await new GraphTransport(tokens().source, {
			fetch: fakeServer([[() => true, () => respond(policy)]]).fetch
		}).send(message);
		expect(blocked).toMatchObject({
			ok: false,
			error: { code: 'refused', reason: 'graph-denied-policy', type: 'ErrorAccessDenied' }
		});
		expect(blocked.ok ? '' : transportText(blocked.error)).toBe(
			'Microsoft Graph denied access to this mailbox (Access to OData is disabled.). Signing in again will not change this: the organisation’s Exchange administrator limits which apps may reach mailboxes (an application access policy or a disabled protocol). Ask them to allow this app.'
		);
	});

	it('renews an expired token once, then reports it refused', async () => {
		const { fetch, calls } = fakeServer([[() => true, () => respond(expired)]]);
		const result = await new GraphTransport(tokens().source, { fetch }).verify();
		expect(result).toEqual({
			ok: false,
			renewed: true,
			error: { code: 'unauthorized', reason: 'graph-token-refused', status: 401 }
		});
		expect(result.ok || transportText(result.error)).toBe(
			'Microsoft Graph refused the access token even after it was renewed. Check that the account signs in at the provider this server trusts, then press Refresh token.'
		);
		expect(calls.map((c) => c.authorization)).toEqual(['Bearer at-1', 'Bearer at-2']);
	});
});
