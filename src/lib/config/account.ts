import * as v from 'valibot';
import { ID_PATTERN, TRANSPORT_KINDS, type TransportKind } from './ids';
import { coded, err, fields, ok, toFieldErrors, type Validated } from './result';
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
			v.string(coded('host-required')),
			v.trim(),
			v.nonEmpty(coded('host-required')),
			v.regex(HOSTNAME, coded('host-invalid'))
		),
		port: v.pipe(
			v.union(
				[v.number(), v.pipe(v.string(), v.trim(), v.nonEmpty(coded('port-required')), v.toNumber(coded('port-type')))],
				coded('port-type')
			),
			v.integer(coded('port-whole')),
			v.minValue(1, coded('port-range')),
			v.maxValue(65535, coded('port-range'))
		),
		security: v.picklist(SECURITY_MODES, coded('security-unknown')),
		username: v.pipe(v.string(coded('username-type')), v.trim(), v.maxLength(320, coded('username-too-long')))
	},
	'server-not-object'
);

const serversSchema = fields(
	{
		imap: v.optional(mailServer),
		smtp: v.optional(mailServer),
		jmap: v.optional(fields({ sessionUrl: endpointUrl }, 'jmap-server-not-object'))
	},
	'servers-not-object'
);

/**
 * Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
 * The provider decides what really exists.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const shape = fields(
	{
		id: v.optional(v.pipe(v.string(coded('id-type')), v.regex(ID_PATTERN, coded('id-pattern')))),
		name: label('name'),
		email: v.pipe(
			v.string(coded('email-required')),
			v.trim(),
			v.nonEmpty(coded('email-required')),
			v.maxLength(320, coded('email-too-long')),
			v.regex(EMAIL, coded('email-invalid'))
		),
		connectionId: v.pipe(v.string(coded('connection-required')), v.nonEmpty(coded('connection-required'))),
		transport: v.optional(
			v.picklist(TRANSPORT_KINDS, coded('transport-unknown', { options: TRANSPORT_KINDS.join(', ') }))
		),
		servers: v.optional(serversSchema)
	},
	'account-not-object'
);

/** Validates an account from a form or a file. Empty strings count as absent. */
export function validateAccount(raw: unknown, pathPrefix = ''): Validated<AccountInput> {
	if (!isPlainObject(raw)) {
		return err([{ path: pathPrefix, code: 'account-not-object' }]);
	}
	const parsed = v.safeParse(shape, blankToUndefined(raw));
	if (!parsed.success) return err(toFieldErrors(parsed.issues, pathPrefix));
	return ok(stripUndefined(parsed.output));
}
