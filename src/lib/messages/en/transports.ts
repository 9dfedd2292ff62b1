import type { TransportsKey } from '../areas';
import { aside, type Catalog } from '../format';

/** `: what the server said`, or nothing. */
const colon = (text: string | number | undefined) => (text === undefined || text === '' ? '' : `: ${text}`);

/**
 * Why a Test connection or a Send test message failed, by `TransportError.reason`. The
 * placeholders are the error's `status`, `type`, `scope` and `params`.
 */
export default {
	// TRANSITION: the token keeper's own sentence, until it answers with a code (`cause`).
	'token-unavailable': 'No access token could be had for this account: open it and press Refresh token.',

	offline:
		'The browser is Offline, so {host} could not be reached. Nothing was sent or queued: try again when the network is back.',
	unreachable:
		'Could not reach {host}. The network may be down, or the server refuses requests from this site (CORS): it must allow this site’s origin.',
	'unreachable-timeout': '{host} did not answer in time. Try again later.',
	'account-missing': 'The account or its connection no longer exists.',
	'jmap-session-url-missing': 'Enter the JMAP session URL in the account’s Mail servers tab.',
	'host-portal-only':
		'This account’s mail goes through the portal that embeds the app (IMAP and SMTP): a browser cannot speak those. Its token is ready for the portal.',

	'jmap-token-refused': (p) =>
		`The JMAP server at ${p.host} refused the access token even after it was renewed${aside(p.description)}. Check that the account signs in at the provider this server trusts, then press Refresh token.`,
	'jmap-scope-missing': (p) =>
		p.scope
			? `The JMAP server at ${p.host} needs a permission the token does not carry: ${p.scope}. Sign in again and allow it.`
			: `The JMAP server at ${p.host} needs a permission the token does not carry. Sign in again and allow it.`,
	'jmap-not-session': '{url} is not a JMAP session. Check the JMAP session URL of the account.',
	'jmap-no-method-responses': 'The JMAP server at {host} sent no method responses.',
	'jmap-no-answer': 'The JMAP server did not answer {method}.',
	'jmap-no-answer-create': 'The JMAP server did not answer (create the message).',
	'jmap-no-answer-send': 'The JMAP server did not answer (send the message).',
	'jmap-method-refused': (p) => `The JMAP server refused the request: ${p.type}${aside(p.description)}.`,
	'jmap-server-error': (p) =>
		`The JMAP server at ${p.host} is having trouble (${p.status})${aside(p.detail)}. Try again later.`,
	'jmap-not-found': 'There is no JMAP server at that address on {host} (404): check the account’s JMAP session URL.',
	'jmap-refused': (p) =>
		p.type
			? `The JMAP server at ${p.host} refused the request (${p.status} ${p.type})${aside(p.detail)}.`
			: `The JMAP server at ${p.host} refused the request (${p.status})${aside(p.detail)}.`,
	'jmap-no-submission': 'This JMAP server offers no sending (urn:ietf:params:jmap:submission).',
	'jmap-no-mail': 'This JMAP account has no mail (urn:ietf:params:jmap:mail).',
	'jmap-no-identity': 'The JMAP account has no sending identity: add one at the mail server.',
	'jmap-no-drafts': 'The JMAP account has no Drafts mailbox to create the message in.',
	'jmap-create-refused': (p) =>
		p.description === undefined
			? `The JMAP server would not create the message (${p.type}).`
			: `The JMAP server would not create the message (${p.type}: ${p.description}).`,
	'jmap-send-refused': (p) =>
		p.description === undefined
			? `The JMAP server would not send the message (${p.type}).`
			: `The JMAP server would not send the message (${p.type}: ${p.description}).`,

	'gmail-token-refused': (p) =>
		`Gmail refused the access token even after it was renewed${aside(p.description)}. Check that the account signs in at the provider this server trusts, then press Refresh token.`,
	'gmail-scope-missing-challenge': (p) =>
		p.scope
			? `Gmail needs a permission the token does not carry: ${p.scope}. Sign in again and allow it.`
			: 'Gmail needs a permission the token does not carry. Sign in again and allow it.',
	'gmail-scope-missing':
		'Gmail needs the permission {scope}, which this sign-in did not grant. Sign in again and allow it.',
	'gmail-server-error': (p) => `Gmail is having trouble (${p.status}${colon(p.message)}). Try again later.`,
	'gmail-refused': (p) => `Gmail refused the request (${p.status}${colon(p.message)}).`,
	'gmail-forbidden': (p) =>
		`Gmail refused the request (${p.status}${colon(p.message)}). Check that the Gmail API is enabled in the Google Cloud project.`,
	'gmail-no-address': 'Gmail answered without an address.',

	'graph-token-refused': (p) =>
		`Microsoft Graph refused the access token even after it was renewed${aside(p.description)}. Check that the account signs in at the provider this server trusts, then press Refresh token.`,
	'graph-scope-missing-challenge': (p) =>
		p.scope
			? `Microsoft Graph needs a permission the token does not carry: ${p.scope}. Sign in again and allow it.`
			: 'Microsoft Graph needs a permission the token does not carry. Sign in again and allow it.',
	'graph-scope-missing': (p) =>
		`Microsoft Graph needs the permission ${p.scope}, which this sign-in did not grant${aside(p.message)}. Sign in again and allow it; your organisation may need to approve it.`,
	'graph-denied-granted': (p) =>
		`Microsoft Graph denied access to this mailbox although the sign-in granted ${p.granted}${aside(p.message)}. Signing in again will not change this: the organisation’s Exchange administrator limits which apps may reach mailboxes (an application access policy or a disabled protocol). Ask them to allow this app.`,
	'graph-denied-policy': (p) =>
		`Microsoft Graph denied access to this mailbox${aside(p.message)}. Signing in again will not change this: the organisation’s Exchange administrator limits which apps may reach mailboxes (an application access policy or a disabled protocol). Ask them to allow this app.`,
	'graph-server-error': (p) => `Microsoft Graph is having trouble (${p.status}${colon(p.message)}). Try again later.`,
	'graph-refused': (p) =>
		p.type
			? `Microsoft Graph refused the request (${p.status} ${p.type}${colon(p.message)}).`
			: `Microsoft Graph refused the request (${p.status}${colon(p.message)}).`,
	'graph-no-address': 'Microsoft Graph answered without an address.'
} satisfies Catalog<TransportsKey>;
