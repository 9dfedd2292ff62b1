import * as v from 'valibot';
import { ID_PATTERN, TRANSPORT_KINDS, type TransportKind } from './ids';
import { fields, toFieldErrors, type Validated } from './result';
import { blankToUndefined, isPlainObject, label, stripUndefined } from './text';
import { endpointUrl } from './url';

export const SECURITY_MODES = ['ssl', 'starttls', 'none'] as const;
export type Security = (typeof SECURITY_MODES)[number];

/** An IMAP or SMTP server, as the portal protocol hands it out. */
export interface MailServer {
	readonly host: string;
	readonly port: number;
	readonly security: Security;
	readonly username: string;
}

export interface JmapServer {
	readonly sessionUrl: string;
}

export interface Servers {
	readonly imap?: MailServer;
	readonly smtp?: MailServer;
	readonly jmap?: JmapServer;
}

export interface AccountSettings {
	readonly id: string;
	readonly name: string;
	readonly email: string;
	readonly connectionId: string;
	/** Absent: the provider's default transport. */
	readonly transport?: TransportKind;
	/** Absent: the provider's default servers (a known provider needs no configuring). */
	readonly servers?: Servers;
}

export interface AccountInput extends Omit<AccountSettings, 'id'> {
	readonly id?: string;
}

export interface Account extends AccountSettings {
	readonly createdAt: number;
	readonly updatedAt: number;
}

const HOSTNAME =
	/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i;

const mailServer = fields(
	{
		host: v.pipe(
			v.string('enter the server’s host name'),
			v.trim(),
			v.nonEmpty('enter the server’s host name'),
			v.regex(HOSTNAME, 'enter a host name such as imap.example.com, without https:// or a port')
		),
		port: v.pipe(
			v.union(
				[v.number(), v.pipe(v.string(), v.trim(), v.nonEmpty('enter a port'), v.toNumber('enter a port number'))],
				'enter a port number'
			),
			v.integer('enter a whole port number'),
			v.minValue(1, 'enter a port between 1 and 65535'),
			v.maxValue(65535, 'enter a port between 1 and 65535')
		),
		security: v.picklist(SECURITY_MODES, 'choose ssl, starttls or none'),
		username: v.pipe(v.string('enter the user name'), v.trim(), v.maxLength(320, 'the user name is too long'))
	},
	'expected a server: {host, port, security, username}'
);

const serversSchema = fields(
	{
		imap: v.optional(mailServer),
		smtp: v.optional(mailServer),
		jmap: v.optional(fields({ sessionUrl: endpointUrl }, 'expected a JMAP server: {sessionUrl}'))
	},
	'expected the servers: {imap, smtp, jmap}'
);

/**
 * Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
 * The provider decides what really exists.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const shape = fields(
	{
		id: v.optional(
			v.pipe(
				v.string('the id must be text'),
				v.regex(ID_PATTERN, 'the id may hold only letters, digits and . _ : - (at most 128)')
			)
		),
		name: label('a name'),
		email: v.pipe(
			v.string('enter the email address'),
			v.trim(),
			v.nonEmpty('enter the email address'),
			v.maxLength(320, 'the email address is too long'),
			v.regex(EMAIL, 'enter an email address such as someone@example.com')
		),
		connectionId: v.pipe(v.string('choose an OAuth2 connection'), v.nonEmpty('choose an OAuth2 connection')),
		transport: v.optional(v.picklist(TRANSPORT_KINDS, `choose a transport: one of ${TRANSPORT_KINDS.join(', ')}`)),
		servers: v.optional(serversSchema)
	},
	'expected an object with the account’s fields'
);

/** Validates an account from a form or a file. Empty strings count as absent. */
export function validateAccount(raw: unknown, pathPrefix = ''): Validated<AccountInput> {
	if (!isPlainObject(raw)) {
		return { ok: false, errors: [{ path: pathPrefix, message: 'expected an object with the account’s fields' }] };
	}
	const parsed = v.safeParse(shape, blankToUndefined(raw));
	if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.issues, pathPrefix) };
	return { ok: true, value: stripUndefined(parsed.output) };
}

/** Case-insensitive key for uniqueness: `Ann@Example.com` and `ann@example.com` are one address. */
export function emailKey(email: string): string {
	return email.trim().toLowerCase();
}
