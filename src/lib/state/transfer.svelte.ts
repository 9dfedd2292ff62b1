import { describeProblems, MAX_FILE_BYTES, parseConfigurationFile, type ConfigurationFile } from '$lib/config';
import { buildExport, commitImport, previewImport, type ImportPreview } from '$lib/storage';
import { tokensModule } from './auth';
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
	  }
	| { readonly kind: 'importing'; readonly name: string; readonly progress: string }
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
		const preview = await previewImport(storage(), parsed.value);
		this.#step = { kind: 'preview', name, file: parsed.value, preview, problems: describeProblems(preview.problems) };
	}

	/**
	 * Imports the previewed file. Accounts it replaces that are signed in are signed out first
	 * (their tokens revoked at the provider where it can be); all writes are one transaction.
	 */
	async confirm(): Promise<void> {
		const step = this.#step;
		if (step.kind !== 'preview' || step.problems.length > 0) return;
		const s = storage();
		const failures: string[] = [];
		if (step.preview.signedOut.length > 0) {
			const { revokeGrant } = await tokensModule();
			for (const [i, account] of step.preview.signedOut.entries()) {
				this.#step = {
					kind: 'importing',
					name: step.name,
					progress: `Signing out ${account.email} (${i + 1} of ${step.preview.signedOut.length})…`
				};
				const result = await revokeGrant({ storage: s }, account.id);
				if (result.kind === 'failed') failures.push(`${account.email}: ${result.message}`);
			}
		}
		this.#step = { kind: 'importing', name: step.name, progress: 'Writing…' };
		try {
			await commitImport(s, step.file);
		} catch (error) {
			this.#step = {
				kind: 'refused',
				name: step.name,
				problems: [
					`nothing was imported: ${error instanceof Error ? error.message : String(error)}. The configuration changed meanwhile: choose the file again.`
				]
			};
			return;
		}
		const before = (await s.settings.get('importedAccounts')) ?? [];
		const pending = [...before, ...step.file.accounts.map((a) => a.id)].filter((id, n, all) => all.indexOf(id) === n);
		await s.settings.set('importedAccounts', pending);
		this.#step = {
			kind: 'done',
			name: step.name,
			connections: step.file.connections.length,
			accounts: step.file.accounts.length,
			revocationFailures: failures
		};
	}
}
