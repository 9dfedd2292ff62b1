// @ts-check
/**
 * The app's Client ID Metadata Document (draft-ietf-oauth-client-id-metadata-document; fields of
 * RFC 7591 §2), written next to the app by a build with `PUBLIC_ORIGIN`: a server that supports
 * the draft fetches it from the URL that is the app's `client_id`, so that nobody registers the
 * app anywhere. docs/zero-registration.md, docs/deploy.md.
 */

export const CLIENT_METADATA_FILE = 'oauth-client.json';

/**
 * `PUBLIC_ORIGIN` as the draft needs it: an https origin, nothing after it (§3: the client
 * identifier URL is https). Throws a message that says what to fix.
 * @param {string} raw
 */
export function checkPublicOrigin(raw) {
	const text = raw.trim().replace(/\/+$/, '');
	let url;
	try {
		url = new URL(text);
	} catch {
		throw new Error(
			`PUBLIC_ORIGIN must be the address the app is served at, such as https://mail.example.org, not “${raw}”.`
		);
	}
	if (url.protocol !== 'https:') {
		throw new Error(
			`PUBLIC_ORIGIN must start with https:// (a Client ID Metadata Document is only fetched over https), not “${raw}”.`
		);
	}
	if (url.origin !== text) {
		throw new Error(
			`PUBLIC_ORIGIN is the origin only (scheme, host, port), such as https://mail.example.org; put a sub-path in BASE_PATH. Got “${raw}”.`
		);
	}
	return url.origin;
}

/**
 * The document for an app served at `<origin><base>/`.
 * @param {{ origin: string, base: string, version: string }} options
 */
export function clientMetadataDocument(options) {
	const app = `${options.origin}${options.base}`;
	return {
		client_id: `${app}/${CLIENT_METADATA_FILE}`,
		client_name: 'OAuth2 Client',
		client_uri: `${app}/`,
		logo_uri: `${app}/icons/icon-192.png`,
		redirect_uris: [`${app}/callback/cimd`],
		grant_types: ['authorization_code', 'refresh_token'],
		response_types: ['code'],
		// Written out: RFC 7591 §2 makes client_secret_basic the default when it is absent.
		token_endpoint_auth_method: 'none',
		application_type: 'web',
		software_id: 'oauth2-client',
		software_version: options.version
	};
}
