import type { AppDatabase } from './db';
import type { SealedSecret } from './rows';

const KEY_ID = 'secrets';

export type SecretErrorCode = 'key-missing' | 'undecryptable';

/**
 * A sealed secret that cannot be opened: its key is gone (`key-missing`: storage partly cleared,
 * another browser profile) or it was changed or does not belong where it was found
 * (`undecryptable`). The caller decides what that means (a grant: sign in again; a client secret:
 * enter it again) and the UI words it; the message is for developers only.
 */
export class SecretUnavailableError extends Error {
	override readonly name = 'SecretUnavailableError';
	constructor(readonly code: SecretErrorCode) {
		super(`secret unavailable: ${code}`);
	}
}

/**
 * Encrypts secrets at rest with AES-GCM under one non-extractable WebCrypto key kept in the
 * same IndexedDB. Nothing that reads the database (an export, a devtools glance, a log, a backup
 * of the files) sees a secret. It does not stop script running in the page (the CSP and having
 * no third-party script do), nor someone holding the whole browser profile.
 *
 * Each ciphertext is bound to its place (`context`, e.g. `connection:<id>:clientSecret`) as
 * additional authenticated data, so a sealed value copied to another row does not open.
 */
export class SecretBox {
	#key: Promise<{ id: string; key: CryptoKey }> | undefined;

	constructor(
		private readonly db: AppDatabase,
		private readonly subtle: SubtleCrypto = globalThis.crypto.subtle
	) {}

	async seal(plaintext: string, context: string): Promise<SealedSecret> {
		const { id, key } = await this.#currentKey(true);
		const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
		const data = await this.subtle.encrypt(
			{ name: 'AES-GCM', iv, additionalData: encode(context) },
			key,
			encode(plaintext)
		);
		return { v: 1, keyId: id, iv, data };
	}

	async open(sealed: SealedSecret, context: string): Promise<string> {
		const current = await this.#currentKey(false);
		if (!current || current.id !== sealed.keyId) {
			throw new SecretUnavailableError('key-missing');
		}
		try {
			const plain = await this.subtle.decrypt(
				{ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encode(context) },
				current.key,
				sealed.data
			);
			return new TextDecoder().decode(plain);
		} catch {
			throw new SecretUnavailableError('undecryptable');
		}
	}

	async #currentKey(create: true): Promise<{ id: string; key: CryptoKey }>;
	async #currentKey(create: false): Promise<{ id: string; key: CryptoKey } | undefined>;
	async #currentKey(create: boolean): Promise<{ id: string; key: CryptoKey } | undefined> {
		if (this.#key) return this.#key;
		const row = await this.db.keys.get(KEY_ID);
		if (row) {
			this.#key = Promise.resolve({ id: keyIdOf(row.createdAt), key: row.key });
			return this.#key;
		}
		if (!create) return undefined;
		this.#key = this.#createKey().catch((error: unknown) => {
			this.#key = undefined;
			throw error;
		});
		return this.#key;
	}

	async #createKey(): Promise<{ id: string; key: CryptoKey }> {
		// Generated outside any database transaction (a WebCrypto await would end it), then added
		// with a fixed id: if another tab won the race, `add` fails and we use theirs.
		const key = (await this.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		])) as CryptoKey;
		const createdAt = Date.now();
		try {
			await this.db.keys.add({ id: KEY_ID, key, createdAt });
			return { id: keyIdOf(createdAt), key };
		} catch (error) {
			const winner = await this.db.keys.get(KEY_ID);
			if (winner) return { id: keyIdOf(winner.createdAt), key: winner.key };
			throw error;
		}
	}
}

function keyIdOf(createdAt: number): string {
	return `${KEY_ID}-${createdAt.toString(36)}`;
}

function encode(text: string): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(text);
}
