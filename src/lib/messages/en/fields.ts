import type { FieldsKey } from '../areas';
import type { Catalog } from '../format';

/**
 * What people read about a problem with a form, a configuration file or a stored row, by code
 * (`FieldCode`, `$lib/config/codes.ts`). A form shows the sentence under its field; an import lists
 * it after its path (`connections[3].tokenEndpoint: not an https URL…`).
 */
export default {
	'field-missing': 'add “{field}”',
	invalid: 'not a valid value',

	'name-required': 'enter a name',
	'name-too-long': 'shorten a name to at most {max} characters',
	'name-control': 'remove line breaks and control characters from a name',
	'client-id-required': 'enter the Client Id',
	'client-id-too-long': 'the Client Id is longer than {max} characters: check that you pasted the right value',
	'client-id-spaces': 'remove spaces and line breaks from the Client Id',

	'url-empty': 'enter a URL',
	'url-not-a-url': 'not a URL: enter a full address such as https://login.example.com/token',
	'url-scheme': 'not an https URL: enter an address that starts with https://',
	'url-insecure':
		'not an https URL: plain http:// is allowed only for loopback addresses such as 127.0.0.1 or localhost',
	'url-credentials': 'remove the user name and password from the URL',
	'url-fragment': 'remove the part after # from the URL',

	'connection-not-object': 'expected an object with the connection’s fields',
	'id-type': 'the id must be text',
	'id-pattern': 'the id may hold only letters, digits and . _ : - (at most 128)',
	'provider-unknown': 'choose a provider: one of {options}',
	'client-secret-type': 'the Client Secret must be text',
	'client-secret-too-long': 'the Client Secret is longer than {max} characters: check what you pasted',
	'project-id-type': 'the project id must be text',
	'project-id-too-long': 'shorten it to at most {max} characters',
	'cloud-unknown': 'choose a cloud: one of {options}',
	'scopes-type': 'enter the scopes separated by spaces',
	'scope-type': 'each scope must be text',
	'scopes-too-many': 'keep it to at most {max} scopes',
	'scope-characters': 'a scope may not contain quotes, backslashes or characters outside ASCII',
	'issuer-required': 'enter the Issuer URL of your OpenID provider',
	'authorization-endpoint-required': 'enter the Authorization endpoint',
	'token-endpoint-required': 'enter the Token endpoint',
	'field-only-custom':
		"only a custom OpenID Connect or custom OAuth2 connection has this field; the {provider} provider's own value is used",
	'field-only-oauth2': "only a custom OAuth2 connection has this field; the {provider} provider's own value is used",
	'field-only-microsoft': "only a Microsoft connection has this field; the {provider} provider's own value is used",
	'secret-refused-microsoft':
		'Microsoft refuses a client secret from a browser app: register the redirect URI as a “Single-page application” (a public client, no secret) and leave Client Secret empty',
	'secret-refused-fastmail': 'Fastmail’s clients use PKCE without a secret: leave Client Secret empty',
	'tenant-invalid':
		'enter common, organizations, consumers, your tenant GUID or your tenant domain (such as contoso.onmicrosoft.com)',
	'project-id-spaces': 'remove spaces and line breaks from the Project Id',
	'tenant-id-spaces': 'remove spaces and line breaks from the Tenant Id',
	'api-project-id-spaces': 'remove spaces and line breaks from the API Project Id',
	'openid-scope-missing': 'add openid: an OpenID Connect sign-in needs it',

	'account-not-object': 'expected an object with the account’s fields',
	'email-required': 'enter the email address',
	'email-too-long': 'the email address is too long',
	'email-invalid': 'enter an email address such as someone@example.com',
	'connection-required': 'choose an OAuth2 connection',
	'transport-unknown': 'choose a transport: one of {options}',
	// Braces that are the format's own, not placeholders: written as functions, so nothing fills them.
	'servers-not-object': () => 'expected the servers: {imap, smtp, jmap}',
	'server-not-object': () => 'expected a server: {host, port, security, username}',
	'jmap-server-not-object': () => 'expected a JMAP server: {sessionUrl}',
	'host-required': 'enter the server’s host name',
	'host-invalid': 'enter a host name such as imap.example.com, without https:// or a port',
	'port-required': 'enter a port',
	'port-type': 'enter a port number',
	'port-whole': 'enter a whole port number',
	'port-range': 'enter a port between 1 and 65535',
	'security-unknown': 'choose ssl, starttls or none',
	'username-type': 'enter the user name',
	'username-too-long': 'the user name is too long',

	'grant-not-object': 'expected a grant',

	'file-too-large': 'the file is {size} KB; a configuration is at most {max} KB: is this the right file?',
	'file-not-json': (p) => `not JSON (${p.detail ?? 'unreadable'}): choose a file exported by OAuth2 Client`,
	'file-too-deep': 'nested deeper than an export ever is (more than {max} levels): not an OAuth2 Client export',
	'file-not-object': 'expected an object with "format", "connections" and "accounts": not an OAuth2 Client export',
	'format-newer': '“{format}” comes from a newer version of OAuth2 Client: update this app, then import again',
	'format-wrong': 'expected “{expected}”, not “{format}”: not an OAuth2 Client export',
	'format-missing': 'expected “{expected}”: not an OAuth2 Client export',
	'file-unknown-field': 'unknown field: remove it',
	'exported-at-invalid': 'expected the export time as an ISO 8601 date',
	'connections-not-list': 'expected a list of connections',
	'accounts-not-list': 'expected a list of accounts',
	'connections-too-many': 'more than {max} connections: split the file',
	'accounts-too-many': 'more than {max} accounts: split the file',
	'unknown-field': 'unknown field',
	'unknown-field-token': 'unknown field (tokens are never imported)',
	'unknown-field-secret': 'unknown field (passwords and secrets are never imported)',
	'unknown-field-connection-secret': 'unknown field (a connection carries its secret only as clientSecret)',
	'connection-id-missing': 'every connection in a file needs its id',
	'account-id-missing': 'every account in a file needs its id',
	'id-used-twice': 'the id “{id}” is used twice in this file (also {also})',
	'name-used-twice': 'the name “{name}” is used twice in this file (also {also})',
	'email-used-twice': '{email} is used twice in this file (also {also})',

	'connection-name-taken': 'another connection is already called “{name}”: choose another name',
	'connection-gone': 'choose an OAuth2 connection: the one chosen no longer exists',
	'email-taken-by': 'another account (“{account}”) already uses {email}',
	'email-taken': 'another account already uses {email}',
	'name-clash': '“{name}” is already the name of another connection here: rename one of them',
	'email-clash': '{email} is already used by another account here (“{account}”)',
	'connection-missing': 'no connection with the id “{id}” is in the file or here',

	// What the import preview tells besides field problems (`StorageCode`).
	'client-secret-not-kept':
		'“{name}” points at another endpoint or client: its stored client secret will not be kept. If that client needs one, enter it in the connection after the import.'
} satisfies Catalog<FieldsKey>;
