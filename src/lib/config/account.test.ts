import { describe, expect, it } from 'vitest';
import { fieldText } from '$lib/messages/fields';
import { validateAccount } from './account';
import { emailKey } from './names';

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
		expect(result.error).toEqual([
			{ path: 'name', code: 'name-required' },
			{ path: 'email', code: 'email-invalid' },
			{ path: 'connectionId', code: 'connection-required' },
			{ path: 'transport', code: 'transport-unknown', params: { options: 'host, jmap, gmail, graph' } },
			{ path: 'servers.smtp.host', code: 'host-invalid' },
			{ path: 'servers.smtp.port', code: 'port-range' },
			{ path: 'servers.smtp.security', code: 'security-unknown' }
		]);
		expect(Object.fromEntries(result.error.map((e) => [e.path, fieldText(e)]))).toEqual({
			name: 'enter a name',
			email: 'enter an email address such as someone@example.com',
			connectionId: 'choose an OAuth2 connection',
			transport: 'choose a transport: one of host, jmap, gmail, graph',
			'servers.smtp.host': 'enter a host name such as imap.example.com, without https:// or a port',
			'servers.smtp.port': 'enter a port between 1 and 65535',
			'servers.smtp.security': 'choose ssl, starttls or none'
		});
	});

	it('words servers’ problems, braces and all', () => {
		const result = validateAccount({
			name: 'A',
			email: 'a@example.com',
			connectionId: 'c',
			servers: { imap: 'x', smtp: { host: 'smtp.example.com', port: 'abc', security: 'ssl' }, jmap: 'x' }
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.fromEntries(result.error.map((e) => [e.path, `${e.code}: ${fieldText(e)}`]))).toEqual({
			'servers.imap': 'server-not-object: expected a server: {host, port, security, username}',
			'servers.smtp.port': 'port-type: enter a port number',
			'servers.smtp.username': 'username-type: enter the user name',
			'servers.jmap': 'jmap-server-not-object: expected a JMAP server: {sessionUrl}'
		});
		const notServers = validateAccount({ name: 'A', email: 'a@example.com', connectionId: 'c', servers: 1 });
		expect(notServers.ok ? [] : notServers.error.map(fieldText)).toEqual(['expected the servers: {imap, smtp, jmap}']);
	});

	it('compares emails without regard to case', () => {
		expect(emailKey(' Ada@Example.COM ')).toBe('ada@example.com');
	});
});
