import { describeProblems, MAX_FILE_BYTES, parseConfigurationFile, type ConfigurationFile } from '$lib/config';
import { buildExport, commitImport, previewImport, type ImportPreview, type Storage } from '$lib/storage';
import { tokensModule } from './auth';
import { demoHttp } from './demo';
import { storage } from './storage';

export type ImportStep =
	| { readonly kind: 'idle' }
	| { readonly kind: 'reading'; readonly name: string }
	| { readonly kind: 'refused'; readonly name: string; readonly problems: readonly string[] }
	| {
			readonly kind: 'preview';
			readonly name: string;
			readonly file: ConfigurationFile;
			readonly preview: ImportPreview;
			readonly problems: readonly string[];
			/** Set when the configuration changed while the preview was open: this is the new one. */
			readonly changed?: boolean;
	  }
	| { readonly kind: 'importing'; readonly name: string; readonly progress: string }
	| {
			/** The write did not happen; tokens may have been revoked on the way (`signedOutAtProvider`). */
			readonly kind: 'failed';
			readonly name: string;
			/** Why, in a sentence; `problems` lists clashes with their paths, if that was why. */
			readonly reason: string;
			readonly problems: readonly string[];
			/** Emails of replaced accounts whose tokens were revoked at the provider before the write failed. */
			readonly signedOutAtProvider: readonly string[];
	  }
	| {
			readonly kind: 'done';
			readonly name: string;
			readonly connections: number;
			readonly accounts: number;
			readonly revocationFailures: readonly string[];
	  };

/** Export to a file, and import from one: validate all, preview, then write in one go. */
export class TransferState {
	#step: ImportStep = $state({ kind: 'idle' });

	get step(): ImportStep {
		return this.#step;
	}

	reset(): void {
		this.#step = { kind: 'idle' };
	}

	/** Builds the export and hands it to the browser as a download. Returns the file name. */
	async exportFile(options: {
		connectionIds?: readonly string[];
		includeSecrets: boolean;
	}): Promise<{ name: string; connections: number; accounts: number }> {
		const file = await buildExport(storage(), options);
		const name = `oauth2-client-configuration-${file.exportedAt.slice(0, 10)}.json`;
		const blob = new Blob([`${JSON.stringify(file, null, '\t')}\n`], { type: 'application/json' });
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = name;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		return { name, connections: file.connections.length, accounts: file.accounts.length };
	}

	/** Reads and checks a file, and previews what importing it would do. Writes nothing. */
	async read(file: File): Promise<void> {
		const name = file.name || 'the file';
		if (file.size > MAX_FILE_BYTES) {
			this.#step = {
				kind: 'refused',
				name,
				problems: [
					`the file is ${Math.round(file.size / 1024)} KB; a configuration is at most ${MAX_FILE_BYTES / 1024} KB: is this the right file?`
				]
			};
			return;
		}
		this.#step = { kind: 'reading', name };
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#step = { kind: 'refused', name, problems: ['the file could not be read'] };
			return;
		}
		const parsed = parseConfigurationFile(text);
		if (!parsed.ok) {
			this.#step = { kind: 'refused', name, problems: describeProblems(parsed.errors) };
			return;
		}
		const { bindingChanges } = await tokensModule();
		const preview = await previewImport(storage(), parsed.value, bindingChanges);
		this.#step = { kind: 'preview', name, file: parsed.value, preview, problems: describeProblems(preview.problems) };
	}

	/**
	 * Imports the previewed file. Accounts it replaces that are signed in are signed out first
	 * (their tokens revoked at the provider where it can be); all writes are one transaction, which
	 * also lists the imported accounts for signing in.
	 */
	async confirm(): Promise<void> {
		const step = this.#step;
		if (step.kind !== 'preview' || step.problems.length > 0) return;
		const { name, file } = step;
		this.#step = { kind: 'importing', name, progress: 'Checking the configuration here again…' };
		const s = storage();
		// The preview may have been open a while: nobody is signed out on the strength of a stale one.
		let preview: ImportPreview;
		const { bindingChanges } = await tokensModule();
		try {
			preview = await previewImport(s, file, bindingChanges);
		} catch (error) {
			this.#step = {
				kind: 'failed',
				name,
				reason: `The configuration here could not be read (${error instanceof Error ? error.message : String(error)}).`,
				problems: [],
				signedOutAtProvider: []
			};
			return;
		}
		if (preview.problems.length > 0 || summary(preview) !== summary(step.preview)) {
			this.#step = {
				kind: 'preview',
				name,
				file,
				preview,
				problems: describeProblems(preview.problems),
				changed: true
			};
			return;
		}
		const failures: string[] = [];
		const revoked: { account: { id: string; email: string }; obtainedAt: number }[] = [];
		// Replaced accounts, and accounts whose connection the file moves elsewhere: signed out at the
		// provider that issued their tokens before anything is written.
		const leaving = [...preview.signedOut, ...preview.rebound];
		if (leaving.length > 0) {
			const { revokeGrant } = await tokensModule();
			for (const [i, account] of leaving.entries()) {
				this.#step = {
					kind: 'importing',
					name,
					progress: `Signing out ${account.email} (${i + 1} of ${leaving.length})…`
				};
				const grant = await s.grants.get(account.id);
				try {
					const result = await revokeGrant({ storage: s, ...demoHttp }, account.id);
					if (result.kind === 'failed') failures.push(`${account.email}: ${result.message}`);
					else if (result.kind === 'revoked' && grant) revoked.push({ account, obtainedAt: grant.obtainedAt });
				} catch (error) {
					failures.push(`${account.email}: ${error instanceof Error ? error.message : String(error)}`);
				}
			}
		}
		this.#step = { kind: 'importing', name, progress: 'Writing…' };
		let reason: string;
		let problems: string[] = [];
		try {
			const committed = await commitImport(s, file, bindingChanges);
			if (committed.ok) {
				this.#step = {
					kind: 'done',
					name,
					connections: file.connections.length,
					accounts: file.accounts.length,
					revocationFailures: failures
				};
				return;
			}
			reason =
				'The configuration here changed after the preview (in another tab or window?), and the file now clashes with it:';
			problems = describeProblems(committed.errors);
		} catch (error) {
			reason = `The browser’s database refused the write (${error instanceof Error ? error.message : String(error)}).`;
		}
		// Nothing from the file was written, but revoked tokens stay revoked: say so, and show those
		// accounts as needing a sign-in rather than as connected with tokens that no longer work.
		await markSignedOut(s, revoked, name);
		this.#step = { kind: 'failed', name, reason, problems, signedOutAtProvider: revoked.map((r) => r.account.email) };
	}
}

/** What a preview would do, to tell whether it changed. */
function summary(preview: ImportPreview): string {
	const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
	return JSON.stringify([
		ids(preview.connections.added),
		ids(preview.connections.replaced),
		ids(preview.accounts.added),
		ids(preview.accounts.replaced),
		ids(preview.signedOut),
		ids(preview.droppedSecrets),
		ids(preview.rebound),
		ids(preview.portalPermissions)
	]);
}

/**
 * Marks grants whose tokens were revoked for an import that then failed as "Sign-in required",
 * dropping the dead tokens; a grant obtained since (the account signed in again) is left alone.
 */
async function markSignedOut(
	s: Storage,
	revoked: readonly { account: { id: string; email: string }; obtainedAt: number }[],
	fileName: string
): Promise<void> {
	const now = Date.now();
	for (const { account, obtainedAt } of revoked) {
		try {
			const grant = await s.grants.get(account.id);
			if (!grant || grant.obtainedAt !== obtainedAt) continue;
			const { retry: _retry, busyUntil: _busy, ...kept } = grant;
			await s.grants.store(
				{
					...kept,
					state: 'sign-in-required',
					hasRefreshToken: false,
					problem: {
						code: 'revoked',
						message: `This account was signed out at its provider for an import of ${fileName} that then failed. Sign in again.`,
						at: now
					},
					updatedAt: now
				},
				{ accessTokens: {} }
			);
		} catch (error) {
			console.error(`Marking ${account.email} as signed out failed:`, error);
		}
	}
}
