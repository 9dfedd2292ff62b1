// @ts-check
/**
 * The sign-in and consent pages of the local OpenID providers (the demo provider and the provider
 * twins), on top of `oidc-provider`'s interaction API. Any email address signs in without a
 * password: these providers run on loopback for trying and testing the app, nothing else.
 */

/** People the local providers know by name; any other address signs in too. */
const PEOPLE = /** @type {Record<string, { name: string, given_name: string, family_name: string }>} */ ({
	'ada@demo.test': { name: 'Ada Lovelace', given_name: 'Ada', family_name: 'Lovelace' },
	'grace@demo.test': { name: 'Grace Hopper', given_name: 'Grace', family_name: 'Hopper' }
});

/**
 * A name for an address: the known people by name, others from the local part
 * (`alan.turing@…` → Alan Turing).
 * @param {string} email
 */
export function personFor(email) {
	const known = PEOPLE[email.toLowerCase()] ?? PEOPLE[`${email.split('@')[0]?.toLowerCase()}@demo.test`];
	if (known) return known;
	const local = email.split('@')[0] ?? email;
	const parts = local
		.split(/[._-]+/)
		.filter(Boolean)
		.map((p) => p[0]?.toUpperCase() + p.slice(1));
	const name = parts.join(' ') || email;
	return { name, given_name: parts[0] ?? name, family_name: parts.slice(1).join(' ') };
}

/** @param {unknown} value */
export function esc(value) {
	return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {import('node:http').IncomingMessage} req */
export async function readForm(req) {
	let body = '';
	for await (const chunk of req) {
		body += chunk;
		if (body.length > 64 * 1024) throw new Error('form too large');
	}
	return new URLSearchParams(body);
}

/**
 * @typedef {{
 *   name: string,
 *   colour: string,
 *   note: string,
 * }} Brand
 */

/** @type {Brand} */
export const DEMO_BRAND = {
	name: 'Demo OpenID provider',
	colour: '#276b2f',
	note: 'This is the local demo provider: any email address signs in, no password needed. Try <code>ada@demo.test</code>.'
};

/**
 * @param {string} title
 * @param {string} body
 * @param {Brand} brand
 */
export function page(title, body, brand = DEMO_BRAND) {
	const c = brand.colour;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#eef1f4;color:#1b1f24;margin:0;padding:2rem 1rem}
main{max-width:26rem;margin:0 auto;background:#fff;border:1px solid #b9c2cc;border-top:6px solid ${c};border-radius:10px;padding:1.5rem}
h1{font-size:1.4rem;margin-top:0}.note{background:#fff6d6;padding:.5rem .75rem;border-radius:6px}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{font:inherit;width:100%;padding:.45rem;box-sizing:border-box}
button{font:inherit;margin-top:.75rem;padding:.5rem 1rem;border-radius:6px;border:1px solid ${c};background:${c};color:#fff;cursor:pointer}
button.secondary{background:#fff;color:${c}}code{word-break:break-all}
</style></head><body><main><p><strong>${esc(brand.name)}</strong></p>${body}</main></body></html>`;
}

/** What the consent page says a scope allows; providers add their own. */
const SCOPE_TEXT = /** @type {Record<string, string>} */ ({
	openid: 'know who you are',
	email: 'read your email address',
	profile: 'read your name',
	offline_access: 'stay signed in when you are away (refresh tokens)'
});

/**
 * @typedef {{
 *   brand?: Brand,
 *   base?: string,
 *   headers?: () => Record<string, string>,
 *   scopeText?: (scope: string) => string | undefined,
 *   login?: (email: string, details: import('oidc-provider').Interaction) => { accountId: string } | { error: string },
 *   consentScopes?: (details: import('oidc-provider').Interaction) => string[],
 * }} InteractionOptions
 */

/**
 * The handler of `<base>/interaction/:uid[/:action]`: a sign-in page (email only), a consent page
 * listing what the app asks for, and the answers to both.
 * @param {import('oidc-provider').default} provider
 * @param {InteractionOptions} [options]
 */
export function interactionHandler(provider, options = {}) {
	const brand = options.brand ?? DEMO_BRAND;
	const base = options.base ?? '';
	const describe = (/** @type {string} */ s) => options.scopeText?.(s) ?? SCOPE_TEXT[s] ?? `use “${s}”`;

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} uid
	 * @param {string | undefined} action
	 */
	return async function interaction(req, res, uid, action) {
		const details = await provider.interactionDetails(req, res);
		if (details.uid !== uid) throw new Error('interaction mismatch');
		const client = await provider.Client.find(String(details.params.client_id));
		const clientName = client?.clientName ?? String(details.params.client_id);
		const at = (/** @type {string} */ what) => `${base}/interaction/${esc(uid)}/${what}`;
		if (req.method === 'GET') {
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store',
				...options.headers?.()
			});
			if (details.prompt.name === 'login') {
				const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : '';
				res.end(
					page(
						`Sign in · ${brand.name}`,
						`<h1>Sign in</h1>
						<p><strong>${esc(clientName)}</strong> asks you to sign in.</p>
						<p class="note">${brand.note}</p>
						<form method="post" action="${at('login')}">
							<label for="email">Email</label>
							<input id="email" name="email" type="email" required autofocus value="${esc(hint)}">
							<button type="submit">Sign in</button>
						</form>
						<form method="post" action="${at('abort')}"><button type="submit" class="secondary">Cancel</button></form>`,
						brand
					)
				);
			} else {
				const scopes =
					options.consentScopes?.(details) ??
					String(details.params.scope ?? '')
						.split(' ')
						.filter(Boolean);
				res.end(
					page(
						`Allow access · ${brand.name}`,
						`<h1>Allow access?</h1>
						<p><strong>${esc(clientName)}</strong> wants to:</p>
						<ul>${scopes.map((s) => `<li>${esc(describe(s))}</li>`).join('')}</ul>
						<form method="post" action="${at('consent')}"><button type="submit">Allow</button></form>
						<form method="post" action="${at('abort')}"><button type="submit" class="secondary">Deny</button></form>`,
						brand
					)
				);
			}
			return;
		}
		const form = await readForm(req);
		if (action === 'login') {
			const email = (form.get('email') ?? '').trim();
			const checked = /^[^\s@]+@[^\s@]+$/.test(email)
				? (options.login?.(email, details) ?? { accountId: email })
				: { error: 'Enter an email address.' };
			if ('error' in checked) {
				res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
				res.end(
					page(
						'Sign in',
						`<h1>Cannot sign in</h1><p>${esc(checked.error)}</p><p><a href="${base}/interaction/${esc(uid)}">Back</a></p>`,
						brand
					)
				);
				return;
			}
			await provider.interactionFinished(
				req,
				res,
				{ login: { accountId: checked.accountId } },
				{ mergeWithLastSubmission: false }
			);
			return;
		}
		if (action === 'consent') {
			const { prompt, params, session } = details;
			const accountId = session?.accountId;
			if (!accountId) throw new Error('no session');
			const grant = details.grantId
				? await provider.Grant.find(details.grantId)
				: new provider.Grant({ accountId, clientId: String(params.client_id) });
			if (!grant) throw new Error('grant gone');
			const missing = /** @type {any} */ (prompt.details);
			if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
			if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
			if (missing.missingResourceScopes) {
				for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
					grant.addResourceScope(indicator, /** @type {string[]} */ (scopes).join(' '));
				}
			}
			const grantId = await grant.save();
			await provider.interactionFinished(
				req,
				res,
				{ consent: details.grantId ? {} : { grantId } },
				{ mergeWithLastSubmission: true }
			);
			return;
		}
		await provider.interactionFinished(
			req,
			res,
			{ error: 'access_denied', error_description: `The person declined at ${brand.name}.` },
			{ mergeWithLastSubmission: false }
		);
	};
}
