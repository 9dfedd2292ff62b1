// The portal side of OAuth2 Client's portal protocol (see the README, "Embedding in a portal").
// No library, no build: copy what you need.
(function () {
	const params = new URLSearchParams(location.search);
	const appUrl = params.get('app') || 'http://127.0.0.1:8173/';
	const appOrigin = new URL(appUrl).origin;
	const frame = document.getElementById('app');
	const log = document.getElementById('log');
	const answer = document.getElementById('answer');
	document.getElementById('app-url').textContent = appUrl;
	frame.src = appUrl;

	/** Everything said both ways, for people and for tests. */
	window.portal = { messages: [] };
	let counter = 0;

	function show(direction, message) {
		window.portal.messages.push({ direction, message });
		const item = document.createElement('li');
		item.textContent = `${direction} ${JSON.stringify(message)}`;
		log.append(item);
		log.scrollTop = log.scrollHeight;
	}

	function send(type, extra) {
		const message = { type: `oauth2-client:${type}`, id: `p${++counter}`, ...extra };
		show('→', message);
		// Only the app's origin may receive it.
		frame.contentWindow.postMessage(message, appOrigin);
	}

	function describe(message) {
		answer.replaceChildren();
		const rows = { ...message };
		if (typeof rows.accessToken === 'string') rows.accessToken = `${rows.accessToken.slice(0, 24)}…`;
		if (typeof rows.expiresAt === 'number') rows.expiresAt = new Date(rows.expiresAt).toLocaleTimeString();
		for (const [key, value] of Object.entries(rows)) {
			const dt = document.createElement('dt');
			dt.textContent = key;
			const dd = document.createElement('dd');
			dd.textContent = typeof value === 'string' ? value : JSON.stringify(value);
			answer.append(dt, dd);
		}
	}

	window.addEventListener('message', (event) => {
		// Only the embedded app's answers count.
		if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
		show('←', event.data);
		describe(event.data);
	});

	document.getElementById('hello').addEventListener('click', () => send('hello'));
	document.getElementById('list').addEventListener('click', () => send('list-accounts'));
	document
		.getElementById('token')
		.addEventListener('click', () => send('get-token', { account: document.getElementById('account').value.trim() }));
})();
