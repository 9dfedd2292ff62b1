import { describe, expect, it } from 'vitest';
import { emailKey, validateAccount } from './account';

describe('validateAccount', () => {
	it('accepts the essentials and servers with ports as text', () => {
		const result = validateAccount({
			name: 'Ada',
			email: ' ada@example.com ',
			connectionId: 'c1',
			transport: 'jmap',
			servers: {
				imap: { host: 'imap.example.com', port: '993', security: 'ssl', username: 'ada' },
				jmap: { sessionUrl: 'https://jmap.example.com/session' }
			}
		});
		expect(result).toEqual({
			ok: true,
			value: {
				name: 'Ada',
				email: 'ada@example.com',
				connectionId: 'c1',
				transport: 'jmap',
				servers: {
					imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'ada' },
					jmap: { sessionUrl: 'https://jmap.example.com/session' }
				}
			}
		});
	});

	it('reports each problem with its path', () => {
		const result = validateAccount({
			name: '',
			email: 'not-an-email',
			connectionId: '',
			transport: 'pop3',
			servers: { smtp: { host: 'https://smtp.example.com', port: 70000, security: 'tls', username: 'x' } }
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.fromEntries(result.errors.map((e) => [e.path, e.message]))).toEqual({
			name: 'enter a name',
			email: 'enter an email address such as someone@example.com',
			connectionId: 'choose an OAuth2 connection',
			transport: 'choose a transport: one of host, jmap, gmail, graph',
			'servers.smtp.host': 'enter a host name such as imap.example.com, without https:// or a port',
			'servers.smtp.port': 'enter a port between 1 and 65535',
			'servers.smtp.security': 'choose ssl, starttls or none'
		});
	});

	it('compares emails without regard to case', () => {
		expect(emailKey(' Ada@Example.COM ')).toBe('ada@example.com');
	});
});
