// @ts-check
/**
 * A private, throw-away Cyrus IMAP 3.6 (Debian's `cyrus-caldav`) for end-to-end tests: the only real
 * JMAP server installable from Debian. Every start gets a fresh temporary directory with its own
 * `imapd.conf`, `cyrus.conf`, sasldb, spool and sockets, an HTTP port picked at runtime, and users
 * whose ids are full email addresses. `stop()` ends the whole process group and deletes the
 * directory.
 *
 * What Cyrus needs, learnt the hard way (see also shared notes "JMAP: Debian's Cyrus IMAP 3.6"):
 * - It must be started as root: `master` drops to the `cyrus` user, so the instance directory
 *   belongs to `cyrus:mail`.
 * - `master -C` is not passed on to the services: every command in `cyrus.conf` carries its own
 *   `-C DIR/imapd.conf`, or it would touch the system instance's files.
 * - Users exist only once a message was delivered to them (`autocreate_post` plus
 *   `autocreate_quota`, whose default -1 turns autocreation off); a JMAP login creates nothing.
 * - `virtdomains: userid` without a `defaultdomain`: with a default domain, users of that domain
 *   lose their `@domain` and the sasldb lookup of `user@domain` fails.
 * - Cyrus logs only to syslog. Test machines often have no `/dev/log`, and where they have one, the
 *   lines are lost in the system log. So `master` runs in a private mount namespace (`unshare`)
 *   whose `/dev` is an overlay with `/dev/log` pointing at a socket of ours: errors can then quote
 *   the instance's own log. Without `unshare` (no CAP_SYS_ADMIN) Cyrus runs all the same, uncaptured.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reservePort } from './ports.js';

const CYRUS_BIN = '/usr/lib/cyrus/bin';
const SASLPASSWD2 = '/usr/sbin/saslpasswd2';
const INSTALL_HINT = 'sudo apt-get install cyrus-caldav cyrus-admin sasl2-bin';
const START_TIMEOUT_MS = 10_000;
/** Mailboxes created with every user, and the special use (JMAP role) each one gets. */
const FOLDERS = /** @type {const} */ ([
	['Drafts', 'drafts'],
	['Sent', 'sent'],
	['Trash', 'trash'],
	['Junk', 'junk']
]);

/**
 * @typedef {{ email: string, password: string }} CyrusUser
 * @typedef {{
 *   url: string,
 *   httpPort: number,
 *   dir: string,
 *   basicAuth: (email: string) => string,
 *   deliver: (email: string, rfc822: string) => Promise<void>,
 *   logTail: (lines?: number) => string,
 *   stop: () => Promise<void>,
 * }} Cyrus
 */

/**
 * Whether this machine can run a private Cyrus: the Debian packages are installed and we are root.
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
export function cyrusAvailable() {
	const needed = [...['master', 'httpd', 'lmtpd', 'ctl_cyrusdb'].map((b) => join(CYRUS_BIN, b)), SASLPASSWD2];
	const missing = needed.filter((path) => !existsSync(path));
	if (missing.length) {
		return { ok: false, reason: `Cyrus IMAP is not installed (missing ${missing.join(', ')}): ${INSTALL_HINT}` };
	}
	if (process.getuid?.() !== 0) {
		return { ok: false, reason: 'Cyrus must be started as root (it drops to the cyrus user): run the tests as root' };
	}
	if (!cyrusOwner()) {
		return { ok: false, reason: `the cyrus user or the mail group does not exist: ${INSTALL_HINT}` };
	}
	return { ok: true };
}

/**
 * Starts a private Cyrus with JMAP on `http://HOST:PORT/jmap/`, creates the users (sasldb
 * passwords, INBOX, Drafts, Sent, Trash, Junk) and seeds three messages into every INBOX.
 * @param {{ users: CyrusUser[], smtpPort: number, host?: string }} options
 * @returns {Promise<Cyrus>}
 */
export async function startCyrus(options) {
	const available = cyrusAvailable();
	if (!available.ok) throw new Error(available.reason);
	for (const { email } of options.users) {
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Cyrus: "${email}" is not a user@domain address`);
	}
	// The HTTP port is free when chosen, but another program may take it before master binds it.
	for (let attempt = 1; ; attempt++) {
		try {
			return await startInstance(options);
		} catch (error) {
			if (attempt >= 3 || /** @type {{ code?: string }} */ (error).code !== 'EADDRINUSE') throw error;
		}
	}
}

/**
 * One attempt of startCyrus.
 * @param {{ users: CyrusUser[], smtpPort: number, host?: string }} options
 * @returns {Promise<Cyrus>}
 */
async function startInstance(options) {
	const owner = /** @type {{ uid: number, gid: number }} */ (cyrusOwner());
	const host = options.host ?? '127.0.0.1';
	const users = new Map(options.users.map((u) => [u.email.toLowerCase(), u]));

	const dir = await mkdtemp(join(tmpdir(), 'cyrus-jmap-'));
	const paths = instancePaths(dir);
	const log = createLog();
	/** @type {{ close: () => Promise<void> } | undefined} */
	let syslog;
	/** @type {import('node:child_process').ChildProcess | undefined} the shell that supervises master */
	let supervisor;
	/** @type {Promise<void> | undefined} */
	let stopping;
	let exited = false;
	let exitDescription = '';
	/** @type {Promise<void>} */
	let exitPromise = Promise.resolve();
	const stop = () =>
		(stopping ??= (async () => {
			if (supervisor?.pid) {
				const pid = supervisor.pid;
				if (!exited) {
					// The supervisor sends master SIGTERM, which ends the services and master cleanly.
					supervisor.stdin?.end('stop\n');
					await Promise.race([exitPromise, delay(5000)]);
				}
				// Sweep whatever is left of the process group (a hung service), then wait until it is empty.
				killGroup(pid, 'SIGKILL');
				for (let i = 0; i < 100 && groupAlive(pid); i++) await delay(20);
			}
			await syslog?.close();
			await rm(dir, { recursive: true, force: true });
		})());

	/**
	 * @param {string} what
	 * @param {string} [code]
	 */
	const startupError = async (what, code) => {
		const tail = await fullTail();
		await stop();
		return Object.assign(new Error(`Cyrus did not start: ${what}\n${tail}`), code ? { code } : {});
	};
	const fullTail = async (lines = 40) => {
		const masterLog = await readFile(paths.masterLog, 'utf8').catch(() => '');
		return [
			log.capturing ? 'Cyrus log (last lines):' : `Cyrus log: not captured (${log.why}); look in the system log.`,
			...log.lines.slice(-lines).map((l) => `  ${l}`),
			...(masterLog.trim()
				? [
						'master -L output:',
						...masterLog
							.trim()
							.split('\n')
							.slice(-lines)
							.map((l) => `  ${l}`)
					]
				: [])
		].join('\n');
	};

	try {
		const httpPort = await reservePort(host);
		const url = `http://${host}:${httpPort}`;
		for (const sub of ['db', 'proc', 'lock', 'socket', 'log', 'msg', 'ptclient', 'quota', 'sieve', 'user', 'sync']) {
			await mkdir(join(paths.config, sub), { recursive: true });
		}
		await mkdir(paths.spool);
		await mkdir(paths.namespace);
		await writeFile(paths.imapdConf, imapdConf({ dir, paths, smtpPort: options.smtpPort }));
		await writeFile(paths.cyrusConf, cyrusConf({ paths, host, httpPort }));
		for (const user of users.values()) saslPassword(paths.sasldb, user);
		chownTree(dir, owner);

		syslog = await listenSyslog(paths.syslog, log);
		const capture = canUnshare();
		if (!capture.ok) log.notCapturing(capture.reason);
		await writeFile(paths.supervisor, supervisorScript());
		// A process group of its own (detached), to sweep it at the end; stdin is the lifeline.
		/** @type {import('node:child_process').SpawnOptions} */
		const spawnOptions = { detached: true, stdio: ['pipe', 'pipe', 'pipe'] };
		supervisor = capture.ok
			? spawn(
					'unshare',
					['--mount', '--propagation', 'private', '--', '/bin/sh', paths.supervisor, dir, 'capture'],
					spawnOptions
				)
			: spawn('/bin/sh', [paths.supervisor, dir, 'plain'], spawnOptions);
		const child = supervisor;
		child.stdin?.on('error', () => {}); // EPIPE once the shell is gone
		for (const stream of [child.stdout, child.stderr]) {
			stream?.setEncoding('utf8');
			stream?.on('data', (/** @type {string} */ text) => {
				for (const line of text.split('\n').filter(Boolean)) {
					if (line.startsWith('no private /dev/log')) log.notCapturing(line);
					log.add(`master: ${line}`);
				}
			});
		}
		exitPromise = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				exited = true;
				exitDescription = signal ? `signal ${signal}` : `exit code ${code}`;
				resolve();
			});
			child.once('error', (error) => {
				exited = true;
				exitDescription = error.message;
				resolve();
			});
		});

		const deadline = Date.now() + START_TIMEOUT_MS;
		for (;;) {
			if (exited) throw await startupError(`master ended early (${exitDescription}).`);
			if (log.lines.some((line) => /unable to create http listener socket/.test(line))) {
				throw await startupError(`httpd could not listen on ${host}:${httpPort} (address in use).`, 'EADDRINUSE');
			}
			const status = await httpStatus(`${url}/jmap/`).catch(() => 0);
			// 401 means httpd runs and asks for credentials: ready.
			if (status === 401 || status === 200) break;
			if (Date.now() > deadline) {
				throw await startupError(`httpd did not answer on ${url}/jmap/ within ${START_TIMEOUT_MS / 1000} s.`);
			}
			await delay(50);
		}

		/** @type {Cyrus['deliver']} */
		const deliver = async (email, rfc822) => {
			const from = /^from:.*?<?([^\s<>"@]+@[^\s<>"]+?)>?\s*$/im.exec(rfc822)?.[1] ?? '';
			try {
				await lmtpDeliver(paths.lmtp, from, email, rfc822);
			} catch (error) {
				throw new Error(
					`Cyrus: delivery to ${email} failed: ${/** @type {Error} */ (error).message}\n${await fullTail(15)}`,
					{ cause: error }
				);
			}
		};
		// The first delivery creates the user: INBOX, the folders with their special use, conversations.
		for (const user of users.values()) {
			for (const message of seedMessages(user.email)) await deliver(user.email, message);
		}

		return {
			url,
			httpPort,
			dir,
			basicAuth(email) {
				const user = users.get(email.toLowerCase());
				if (!user) throw new Error(`Cyrus: no user ${email}`);
				return `Basic ${Buffer.from(`${user.email}:${user.password}`).toString('base64')}`;
			},
			deliver,
			logTail: (lines = 40) => log.lines.slice(-lines).join('\n'),
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * Where everything of one instance lives.
 * @param {string} dir
 */
function instancePaths(dir) {
	return {
		imapdConf: join(dir, 'imapd.conf'),
		cyrusConf: join(dir, 'cyrus.conf'),
		supervisor: join(dir, 'supervise.sh'),
		sasldb: join(dir, 'sasldb2'),
		config: join(dir, 'config'),
		spool: join(dir, 'spool'),
		lmtp: join(dir, 'config', 'socket', 'lmtp'),
		syslog: join(dir, 'syslog.sock'),
		masterLog: join(dir, 'master.log'),
		pid: join(dir, 'master.pid'),
		namespace: join(dir, 'ns')
	};
}

/** @typedef {ReturnType<typeof instancePaths>} Paths */

/**
 * The instance's `imapd.conf`.
 * @param {{ dir: string, paths: Paths, smtpPort: number }} options
 */
function imapdConf({ dir, paths, smtpPort }) {
	return `# Private Cyrus instance for tests, written by server/jmap/cyrus.js
configdirectory: ${paths.config}
partition-default: ${paths.spool}
defaultpartition: default
sievedir: ${join(paths.config, 'sieve')}
proc_path: ${join(paths.config, 'proc')}
mboxname_lockpath: ${join(paths.config, 'lock')}
lmtpsocket: ${paths.lmtp}
idlesocket: ${join(paths.config, 'socket', 'idle')}
notifysocket: ${join(paths.config, 'socket', 'notify')}
servername: localhost
syslog_prefix: cyrus-test
# User ids are full email addresses (Identity/get then has an email). No defaultdomain on purpose.
virtdomains: userid
# Basic auth against our own sasldb (plain HTTP on loopback).
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: ${paths.sasldb}
# JMAP
httpmodules: jmap
conversations: 1
conversations_db: twoskip
# EmailSubmission goes to the SMTP sink.
smtp_backend: host
smtp_host: 127.0.0.1:${smtpPort}/noauth
# Users come into being with their first LMTP delivery; autocreate_quota 0 = unlimited (-1 = off).
autocreate_post: 1
autocreate_quota: 0
autocreate_inbox_folders: ${FOLDERS.map(([name]) => name).join('|')}
autocreate_subscribe_folders: ${FOLDERS.map(([name]) => name).join('|')}
# Special use of the autocreated folders: these become the JMAP roles.
${FOLDERS.map(([name, use]) => `xlist-${use}: ${name}`).join('\n')}
# ${dir}
`;
}

/**
 * The instance's `cyrus.conf`: only what JMAP needs. Each command has its own -C.
 * @param {{ paths: Paths, host: string, httpPort: number }} options
 */
function cyrusConf({ paths, host, httpPort }) {
	const c = `-C ${paths.imapdConf}`;
	return `START {
  recover cmd="ctl_cyrusdb ${c} -r"
}
SERVICES {
  http cmd="httpd ${c}" listen="${host}:${httpPort}" prefork=0 maxchild=20
  lmtpunix cmd="lmtpd ${c}" listen="${paths.lmtp}" prefork=0 maxchild=5
}
EVENTS {
}
`;
}

/**
 * The shell that supervises `master` (arguments: the instance directory, "capture" or "plain").
 *
 * With "capture" it runs in a private mount namespace (made by unshare) and first lays an overlay
 * over /dev, so that it can point /dev/log at our socket without touching the machine's /dev, and
 * mounts a fresh /dev/shm (the overlay hides the old one).
 *
 * Its stdin is a lifeline from Node: a line ("stop") asks for a clean stop; end of file without a
 * line means the Node process died (even by SIGKILL), and then the shell also deletes the instance
 * directory, so that a killed test run leaves neither processes nor files behind. It exits with
 * master's status, so Node also learns when master dies by itself.
 */
function supervisorScript() {
	return `# Supervises the Cyrus master of this test instance: see supervisorScript() in server/jmap/cyrus.js
dir="$1"
if [ "$2" = capture ]; then
  if ! err=$( { mount -t tmpfs -o mode=0700 cyrus-test "$dir/ns" &&
      mkdir "$dir/ns/upper" "$dir/ns/work" &&
      mount -t overlay cyrus-test -o "lowerdir=/dev,upperdir=$dir/ns/upper,workdir=$dir/ns/work" /dev &&
      ln -sf "$dir/syslog.sock" /dev/log &&
      mount -t tmpfs -o mode=1777 cyrus-test-shm /dev/shm; } 2>&1 ); then
    echo "no private /dev/log: $err" >&2
  fi
fi
exec 3<&0 </dev/null
${CYRUS_BIN}/master -C "$dir/imapd.conf" -M "$dir/cyrus.conf" -p "$dir/master.pid" -L "$dir/master.log" 3<&- &
master=$!
(
  read -r _ || : > "$dir/orphaned"
  kill -TERM "$master" 2>/dev/null
) <&3 &
lifeline=$!
exec 3<&-
wait "$master"
code=$?
kill "$lifeline" 2>/dev/null
if [ -e "$dir/orphaned" ]; then
  if [ "$2" = capture ]; then umount -l /dev/shm /dev "$dir/ns" 2>/dev/null; fi
  rm -rf "$dir"
fi
exit "$code"
`;
}

/**
 * Three messages per user; the first one creates the account.
 * @param {string} email
 */
function seedMessages(email) {
	const domain = email.split('@')[1];
	const now = Date.now();
	const messages = [
		{
			from: `Cyrus test server <postmaster@${domain}>`,
			subject: 'Welcome to your test mailbox',
			body: `Hello ${email},\r\n\r\nthis mailbox lives in a private Cyrus IMAP started for the tests.\r\n`
		},
		{
			from: 'Alan Turing <alan@elsewhere.test>',
			subject: 'Lunch on Friday?',
			body: 'Are you free for lunch on Friday at noon?\r\n\r\nAlan\r\n'
		},
		{
			from: 'Reports <reports@elsewhere.test>',
			subject: 'Quarterly report',
			body: 'The quarterly report is ready.\r\n'
		}
	];
	return messages.map((m, i) =>
		[
			`From: ${m.from}`,
			`To: ${email}`,
			`Subject: ${m.subject}`,
			`Date: ${new Date(now - (messages.length - i) * 3600_000).toUTCString().replace('GMT', '+0000')}`,
			`Message-ID: <seed-${i + 1}.${now}.${email.replace('@', '.')}@cyrus.test>`,
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset=utf-8',
			'',
			m.body
		].join('\r\n')
	);
}

/**
 * Delivers one message over LMTP (RFC 2033) on the instance's unix socket. Connections on the unix
 * socket are trusted by lmtpd, no authentication needed.
 * @param {string} socketPath
 * @param {string} from envelope sender ('' for <>)
 * @param {string} to
 * @param {string} rfc822
 */
async function lmtpDeliver(socketPath, from, to, rfc822) {
	const socket = connect(socketPath);
	socket.setEncoding('utf8');
	socket.setTimeout(10_000, () => socket.destroy(new Error('LMTP server did not answer within 10 s')));
	let buffer = '';
	/** @type {string[]} */
	let lines = [];
	/** @type {{ code: number, text: string }[]} */
	const replies = [];
	/** @type {{ resolve: (r: { code: number, text: string }) => void, reject: (e: Error) => void }[]} */
	const waiting = [];
	/** @type {Error | undefined} */
	let failure;
	socket.on('data', (/** @type {string} */ chunk) => {
		buffer += chunk;
		let end;
		while ((end = buffer.indexOf('\r\n')) >= 0) {
			const line = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			lines.push(line);
			if (/^\d{3}(?: |$)/.test(line)) {
				const reply = { code: Number(line.slice(0, 3)), text: lines.join(' | ') };
				lines = [];
				const waiter = waiting.shift();
				if (waiter) waiter.resolve(reply);
				else replies.push(reply);
			}
		}
	});
	const fail = (/** @type {Error} */ error) => {
		failure ??= error;
		for (const waiter of waiting.splice(0)) waiter.reject(failure);
	};
	socket.on('error', fail);
	socket.on('close', () => fail(new Error('LMTP connection closed')));
	/** @returns {Promise<{ code: number, text: string }>} */
	const next = () => {
		const reply = replies.shift();
		if (reply) return Promise.resolve(reply);
		if (failure) return Promise.reject(failure);
		return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
	};
	/**
	 * @param {string | undefined} command
	 * @param {number} expected first digit of a good reply
	 */
	const step = async (command, expected) => {
		if (command !== undefined) socket.write(`${command}\r\n`);
		const reply = await next();
		if (Math.floor(reply.code / 100) !== expected) {
			throw new Error(`LMTP ${command ? command.split(' ')[0] : 'greeting'}: ${reply.text}`);
		}
	};
	try {
		await step(undefined, 2);
		await step('LHLO localhost', 2);
		await step(`MAIL FROM:<${from}>`, 2);
		await step(`RCPT TO:<${to}>`, 2);
		await step('DATA', 3);
		let data = rfc822.replace(/\r?\n/g, '\r\n');
		if (!data.endsWith('\r\n')) data += '\r\n';
		socket.write(data.replace(/^\./gm, '..') + '.\r\n');
		await step(undefined, 2); // one reply per recipient
		await step('QUIT', 2);
	} finally {
		socket.destroy();
	}
}

/**
 * Sets a sasldb password for `local@domain` (realm = the domain, as Cyrus looks it up with
 * `virtdomains: userid`).
 * @param {string} sasldb
 * @param {CyrusUser} user
 */
function saslPassword(sasldb, user) {
	if (/[\r\n]/.test(user.password)) throw new Error(`Cyrus: the password of ${user.email} has a line break`);
	const at = user.email.lastIndexOf('@');
	const result = spawnSync(
		SASLPASSWD2,
		['-p', '-c', '-f', sasldb, '-u', user.email.slice(at + 1), user.email.slice(0, at)],
		{ input: `${user.password}\n`, encoding: 'utf8' }
	);
	if (result.status !== 0) {
		throw new Error(`saslpasswd2 failed for ${user.email}: ${result.error?.message ?? result.stderr.trim()}`);
	}
}

/** @returns {{ uid: number, gid: number } | undefined} */
function cyrusOwner() {
	try {
		const passwd = /^cyrus:[^:]*:(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8'));
		const group = /^mail:[^:]*:(\d+):/m.exec(readFileSync('/etc/group', 'utf8'));
		if (!passwd?.[1] || !group?.[1]) return undefined;
		return { uid: Number(passwd[1]), gid: Number(group[1]) };
	} catch {
		return undefined;
	}
}

/**
 * @param {string} dir
 * @param {{ uid: number, gid: number }} owner
 */
function chownTree(dir, owner) {
	chownSync(dir, owner.uid, owner.gid);
	for (const entry of readdirSync(dir, { recursive: true })) chownSync(join(dir, String(entry)), owner.uid, owner.gid);
}

/** @type {{ ok: true } | { ok: false, reason: string } | undefined} */
let unshareProbe;
/** Whether `unshare --mount` works here (root with CAP_SYS_ADMIN, util-linux installed). */
function canUnshare() {
	if (!unshareProbe) {
		const probe = spawnSync('unshare', ['--mount', '--propagation', 'private', 'true'], { encoding: 'utf8' });
		unshareProbe =
			probe.status === 0
				? { ok: true }
				: { ok: false, reason: `unshare --mount failed: ${probe.error?.message ?? probe.stderr.trim()}` };
	}
	return unshareProbe;
}

/** The captured Cyrus log: lines received on our /dev/log. */
function createLog() {
	/** @type {string[]} */
	const lines = [];
	const state = {
		lines,
		capturing: true,
		why: '',
		/** @param {string} line */
		add(line) {
			lines.push(line);
			if (lines.length > 2000) lines.splice(0, lines.length - 2000);
		},
		/** @param {string} why */
		notCapturing(why) {
			state.capturing = false;
			state.why = why;
		}
	};
	return state;
}

/**
 * Listens on a unix STREAM socket for syslog(3) lines. glibc first tries a datagram connection,
 * gets EPROTOTYPE from a stream socket and retries with a stream, where each message ends in NUL.
 * @param {string} path
 * @param {ReturnType<typeof createLog>} log
 * @returns {Promise<{ close: () => Promise<void> }>}
 */
async function listenSyslog(path, log) {
	/** @type {Set<import('node:net').Socket>} */
	const sockets = new Set();
	const server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.setEncoding('utf8');
		let buffer = '';
		socket.on('data', (/** @type {string} */ chunk) => {
			buffer += chunk;
			let end;
			while ((end = buffer.indexOf('\0')) >= 0) {
				// "<PRI>Mmm dd hh:mm:ss cyrus-test/service[pid]: message" -> "service[pid]: message"
				const line = buffer.slice(0, end).replace(/^<\d+>\w{3} [ \d]\d \d\d:\d\d:\d\d (?:cyrus-test\/)?/, '');
				buffer = buffer.slice(end + 1);
				log.add(line.trimEnd());
			}
		});
		socket.on('error', () => {});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(path, () => resolve(undefined));
	});
	// The services run as cyrus: let them connect to our root-owned socket.
	chmodSync(path, 0o666);
	return {
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve(undefined));
			})
	};
}

/**
 * The status of a GET, on a fresh connection that is closed afterwards.
 * @param {string} url
 * @returns {Promise<number>}
 */
function httpStatus(url) {
	return new Promise((resolve, reject) => {
		const req = request(url, { agent: false, timeout: 1000 }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
		req.end();
	});
}

/**
 * @param {number} pid leader of the process group
 * @param {NodeJS.Signals} signal
 */
function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// ESRCH: the group is gone already.
	}
}

/** @param {number} pid */
function groupAlive(pid) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** @param {number} ms */
function delay(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
