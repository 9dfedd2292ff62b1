import type { ProviderId } from '$lib/config';

/**
 * Fastmail's own domains: an address at any of them is a Fastmail account. The list Fastmail
 * publishes at https://www.fastmail.com/about/ourdomains/ (117 domains), as copied by Delta Chat's
 * provider database (deltachat/provider-db, `_providers/fastmail.md`, checked 2022-01). See
 * docs/zero-registration.md.
 */
const FASTMAIL_DOMAINS = [
	'123mail.org',
	'150mail.com',
	'150ml.com',
	'16mail.com',
	'2-mail.com',
	'4email.net',
	'50mail.com',
	'airpost.net',
	'allmail.net',
	'bestmail.us',
	'cluemail.com',
	'elitemail.org',
	'emailcorner.net',
	'emailengine.net',
	'emailengine.org',
	'emailgroups.net',
	'emailplus.org',
	'emailuser.net',
	'eml.cc',
	'f-m.fm',
	'fast-email.com',
	'fast-mail.org',
	'fastem.com',
	'fastemail.us',
	'fastemailer.com',
	'fastest.cc',
	'fastimap.com',
	'fastmail.cn',
	'fastmail.co.uk',
	'fastmail.com',
	'fastmail.com.au',
	'fastmail.de',
	'fastmail.es',
	'fastmail.fm',
	'fastmail.fr',
	'fastmail.im',
	'fastmail.in',
	'fastmail.jp',
	'fastmail.mx',
	'fastmail.net',
	'fastmail.nl',
	'fastmail.org',
	'fastmail.se',
	'fastmail.to',
	'fastmail.tw',
	'fastmail.uk',
	'fastmail.us',
	'fastmailbox.net',
	'fastmessaging.com',
	'fea.st',
	'fmail.co.uk',
	'fmailbox.com',
	'fmgirl.com',
	'fmguy.com',
	'ftml.net',
	'h-mail.us',
	'hailmail.net',
	'imap-mail.com',
	'imap.cc',
	'imapmail.org',
	'inoutbox.com',
	'internet-e-mail.com',
	'internet-mail.org',
	'internetemails.net',
	'internetmailing.net',
	'jetemail.net',
	'justemail.net',
	'letterboxes.org',
	'mail-central.com',
	'mail-page.com',
	'mailandftp.com',
	'mailas.com',
	'mailbolt.com',
	'mailc.net',
	'mailcan.com',
	'mailforce.net',
	'mailftp.com',
	'mailhaven.com',
	'mailingaddress.org',
	'mailite.com',
	'mailmight.com',
	'mailnew.com',
	'mailsent.net',
	'mailservice.ms',
	'mailup.net',
	'mailworks.org',
	'ml1.net',
	'mm.st',
	'myfastmail.com',
	'mymacmail.com',
	'nospammail.net',
	'ownmail.net',
	'petml.com',
	'postinbox.com',
	'postpro.net',
	'proinbox.com',
	'promessage.com',
	'realemail.net',
	'reallyfast.biz',
	'reallyfast.info',
	'rushpost.com',
	'sent.as',
	'sent.at',
	'sent.com',
	'speedpost.net',
	'speedymail.org',
	'ssl-mail.com',
	'swift-mail.com',
	'the-fastest.net',
	'the-quickest.com',
	'theinternetemail.com',
	'veryfast.biz',
	'veryspeedy.net',
	'warpmail.net',
	'xsmail.com',
	'yepmail.net',
	'your-mail.com'
] as const;

/**
 * Email domains whose provider is known without asking anyone: the address alone says which
 * preset signs it in (docs/zero-registration.md). Custom domains hosted at these providers are
 * found by discovery, or not at all; they need a connection made by hand.
 */
const DOMAINS: ReadonlyMap<string, ProviderId> = /* @__PURE__ */ new Map<string, ProviderId>([
	['gmail.com', 'google'],
	['googlemail.com', 'google'],
	['outlook.com', 'microsoft'],
	['hotmail.com', 'microsoft'],
	['live.com', 'microsoft'],
	['yahoo.com', 'yahoo'],
	['aol.com', 'aol'],
	...FASTMAIL_DOMAINS.map((d): [string, ProviderId] => [d, 'fastmail'])
]);

/** The domain of an email address, lower case, without a trailing dot; `undefined` if it has none. */
export function emailDomain(email: string): string | undefined {
	const at = email.trim().lastIndexOf('@');
	if (at < 1) return undefined;
	const domain = email
		.trim()
		.slice(at + 1)
		.toLowerCase()
		.replace(/\.$/, '');
	return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(domain) ? domain : undefined;
}

/** The preset whose provider hosts every address at `domain`, if the domain is one of theirs. */
export function presetForDomain(domain: string): ProviderId | undefined {
	return DOMAINS.get(domain.toLowerCase());
}

/** How many domains the presets know (the docs give the figure). */
export const KNOWN_DOMAIN_COUNT = DOMAINS.size;
