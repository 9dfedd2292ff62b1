/**
 * Every problem a piece of input (a form, a file, a stored row) can have, as a stable code. The
 * UI words each one from the catalog (`$lib/messages/en/fields.ts`), filling in its params; the
 * domain never builds the sentence. One code is one whole sentence, so that a translation can
 * word each one as its language needs.
 */
export type FieldCode =
	// Any input (result.ts).
	| 'field-missing' // {field}
	| 'invalid'
	// Text fields (text.ts).
	| 'name-required'
	| 'name-too-long' // {max}
	| 'name-control'
	| 'client-id-required'
	| 'client-id-too-long' // {max}
	| 'client-id-spaces'
	// URLs the app sends tokens, codes or secrets to (url.ts): `url-${UrlProblem}`.
	| 'url-empty'
	| 'url-not-a-url'
	| 'url-scheme'
	| 'url-insecure'
	| 'url-credentials'
	| 'url-fragment'
	// Connections (connection.ts).
	| 'connection-not-object'
	| 'id-type'
	| 'id-pattern'
	| 'provider-unknown' // {options}
	| 'client-secret-type'
	| 'client-secret-too-long' // {max}
	| 'project-id-type'
	| 'project-id-too-long' // {max}
	| 'cloud-unknown' // {options}
	| 'scopes-type'
	| 'scope-type'
	| 'scopes-too-many' // {max}
	| 'scope-characters'
	| 'issuer-required'
	| 'authorization-endpoint-required'
	| 'token-endpoint-required'
	| 'field-only-custom' // {provider}
	| 'field-only-oauth2' // {provider}
	| 'field-only-microsoft' // {provider}
	| 'secret-refused-microsoft'
	| 'secret-refused-fastmail'
	| 'tenant-invalid'
	| 'project-id-spaces'
	| 'tenant-id-spaces'
	| 'api-project-id-spaces'
	| 'openid-scope-missing'
	// Accounts and their servers (account.ts).
	| 'account-not-object'
	| 'email-required'
	| 'email-too-long'
	| 'email-invalid'
	| 'connection-required'
	| 'transport-unknown' // {options}
	| 'servers-not-object'
	| 'server-not-object'
	| 'jmap-server-not-object'
	| 'host-required'
	| 'host-invalid'
	| 'port-required'
	| 'port-type'
	| 'port-whole'
	| 'port-range'
	| 'security-unknown'
	| 'username-type'
	| 'username-too-long'
	// Stored grants (grant.ts): never shown, but reported like the rest.
	| 'grant-not-object'
	// Configuration files (transfer.ts).
	| 'file-too-large' // {size, max} in KB
	| 'file-not-json' // {detail?}: the parser's own words
	| 'file-too-deep' // {max}
	| 'file-not-object'
	| 'format-newer' // {format}
	| 'format-wrong' // {expected, format}
	| 'format-missing' // {expected}
	| 'file-unknown-field'
	| 'exported-at-invalid'
	| 'connections-not-list'
	| 'accounts-not-list'
	| 'connections-too-many' // {max}
	| 'accounts-too-many' // {max}
	| 'unknown-field'
	| 'unknown-field-token'
	| 'unknown-field-secret'
	| 'unknown-field-connection-secret'
	| 'connection-id-missing'
	| 'account-id-missing'
	| 'id-used-twice' // {id, also}
	| 'name-used-twice' // {name, also}
	| 'email-used-twice' // {email, also}
	// What storage refuses (storage/connections.ts, accounts.ts, transfer.ts).
	| 'connection-name-taken' // {name}
	| 'connection-gone'
	| 'email-taken-by' // {email, account}
	| 'email-taken' // {email}
	| 'name-clash' // {name}
	| 'email-clash' // {email, account}
	| 'connection-missing'; // {id};
