/* global oidc */
// The baseline of `npm run bench -- multitab`: plain oidc-client-ts, as its documentation sets it
// up for a SPA — UserManager with automaticSilentRenew (refresh tokens) and a user store in
// localStorage shared by every tab. No coordination between tabs beyond that.
(function () {
	const params = new URLSearchParams(location.search);
	if (params.has('issuer')) localStorage.setItem('baseline-issuer', params.get('issuer'));
	const issuer = localStorage.getItem('baseline-issuer');
	const status = document.getElementById('status');
	window.renewErrors = 0;
	window.renewals = 0;
	const manager = new oidc.UserManager({
		authority: issuer,
		client_id: 'baseline-client',
		redirect_uri: `${location.origin}/callback.html`,
		response_type: 'code',
		scope: 'openid email profile offline_access',
		prompt: 'consent',
		automaticSilentRenew: true,
		// The same margin as the app's for 10-second tokens: min(60 s, 20 %) = 2 s.
		accessTokenExpiringNotificationTimeInSeconds: 2,
		userStore: new oidc.WebStorageStateStore({ store: window.localStorage })
	});
	manager.events.addSilentRenewError((error) => {
		window.renewErrors++;
		status.textContent = `renew error: ${error.message}`;
	});
	manager.events.addUserLoaded(() => {
		window.renewals++;
		status.textContent = 'signed in';
	});
	if (location.pathname.endsWith('/callback.html')) {
		manager.signinRedirectCallback().then(() => location.replace('/index.html'));
	} else if (params.has('login')) {
		void manager.signinRedirect();
	} else {
		manager.getUser().then((user) => (status.textContent = user ? 'signed in' : 'signed out'));
	}
})();
