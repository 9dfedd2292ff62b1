// @ts-check
/**
 * The app gives each connection its own redirect URI, `<origin><base>/callback/<connection id>`,
 * and a person registers it at the provider when they make the connection. The local providers
 * (the demo provider and the twins) stand for a provider where that was done for every connection
 * to come: a client registered with `…/callback` also accepts `…/callback/<one path segment>`.
 * Anything else (another origin, another path, a query) stays refused, exactly as registered.
 * @param {import('oidc-provider').default} provider
 */
export function acceptConnectionCallbacks(provider) {
	const Client = /** @type {any} */ (provider.Client);
	const registered = Client.prototype.redirectUriAllowed;
	Client.prototype.redirectUriAllowed = function (/** @type {string} */ value) {
		if (registered.call(this, value)) return true;
		return /** @type {string[]} */ (this.redirectUris).some((uri) => {
			if (!uri.endsWith('/callback') || !value.startsWith(`${uri}/`)) return false;
			return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(value.slice(uri.length + 1));
		});
	};
}
