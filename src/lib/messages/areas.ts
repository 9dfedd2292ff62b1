import type { AppCode, SessionCode } from '$lib/app';
import type { AuthCode } from '$lib/auth';
import type { FieldCode, MicrosoftCloud } from '$lib/config';
import type { ProviderMessageCode } from '$lib/providers';
import type { StorageCode } from '$lib/storage';
import type { TransportReason } from '$lib/transports';

/**
 * The areas of the message catalog, each a file per language (`<locale>/<area>.ts`, loaded when
 * first needed), and the keys each holds. The problems' areas are keyed by the domain's codes; a
 * page's area by the keys its English file defines.
 */
export type ProblemsKey = AuthCode | AppCode | SessionCode | 'not-allowed' | 'unknown-problem';
export type FieldsKey = FieldCode | StorageCode;
export type TransportsKey = TransportReason;
export type ProvidersKey = ProviderMessageCode | MicrosoftCloud;

type KeysOf<M> = M extends { default: infer D } ? keyof D & string : never;

export interface AreaKeys {
	problems: ProblemsKey;
	fields: FieldsKey;
	transports: TransportsKey;
	providers: ProvidersKey;
	status: KeysOf<typeof import('./en/status')>;
	common: KeysOf<typeof import('./en/common')>;
	forms: KeysOf<typeof import('./en/forms')>;
	frame: KeysOf<typeof import('./en/frame')>;
	update: KeysOf<typeof import('./en/update')>;
	insecure: KeysOf<typeof import('./en/insecure')>;
	home: KeysOf<typeof import('./en/home')>;
	accounts: KeysOf<typeof import('./en/accounts')>;
	connections: KeysOf<typeof import('./en/connections')>;
	settings: KeysOf<typeof import('./en/settings')>;
	callback: KeysOf<typeof import('./en/callback')>;
	allow: KeysOf<typeof import('./en/allow')>;
	email: KeysOf<typeof import('./en/email')>;
	lookup: KeysOf<typeof import('./en/lookup')>;
}

export type Area = keyof AreaKeys;
