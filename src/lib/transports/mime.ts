import type { OutgoingMessage } from './types';

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
export function encodeHeader(value: string): string {
	if (/^[\x20-\x7e]*$/.test(value)) return value;
	return `=?UTF-8?B?${base64(new TextEncoder().encode(value))}?=`;
}

export function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function base64url(bytes: Uint8Array): string {
	return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Lines of at most 76 characters, as MIME wants for base64 bodies. */
function wrap(text: string): string {
	return text.replace(/.{1,76}/g, '$&\r\n');
}

/**
 * A plain-text RFC 5322 message, UTF-8, the body base64-encoded (safe for any text).
 * @see https://www.rfc-editor.org/rfc/rfc5322 and RFC 2045
 */
export function rfc5322(message: OutgoingMessage, from: string, date = new Date()): string {
	const headers = [
		`From: ${from}`,
		`To: ${message.to.join(', ')}`,
		`Subject: ${encodeHeader(message.subject)}`,
		`Date: ${date.toUTCString().replace('GMT', '+0000')}`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: base64'
	];
	return `${headers.join('\r\n')}\r\n\r\n${wrap(base64(new TextEncoder().encode(message.body)))}`;
}
