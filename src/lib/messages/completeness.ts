/**
 * Whether every language's catalog of an area says what the English one says: the same keys, and
 * in each message the same placeholders (`{name}` in a template or a plural form; `p.name` in a
 * function). What `npm run build` (scripts/check-messages.js) and a unit test both check.
 */
export type Catalogs = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** The names a message fills in: its `{placeholders}`, or the params a function reads. */
export function placeholders(entry: unknown): string[] {
	let text: string;
	if (typeof entry === 'function') {
		const source = entry.toString();
		const names = [...source.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!);
		// A function that reads its params another way cannot be compared: say so rather than pass.
		if (!/^\s*(\(\s*p\s*\)|p|\(\s*_p\s*\)|\(\s*\))\s*=>/.test(source))
			return ['(a function whose params are not named p)'];
		return [...new Set(names)].sort();
	}
	if (typeof entry === 'string') text = entry;
	else if (entry && typeof entry === 'object') text = Object.values(entry).join('\n');
	else return ['(not a message)'];
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/**
 * The problems, as lines such as `nl/accounts: missing "add-account"`: every area of `base` must be
 * in every other language, with the same keys and placeholders, and no key of its own.
 * @param catalogs language → area → key → message
 */
export function completenessProblems(catalogs: Catalogs, base = 'en'): string[] {
	const problems: string[] = [];
	const reference = catalogs[base] ?? {};
	for (const [locale, areas] of Object.entries(catalogs)) {
		if (locale === base) continue;
		for (const [area, messages] of Object.entries(reference)) {
			const other = areas[area];
			if (!other) {
				problems.push(`${locale}/${area}: missing file`);
				continue;
			}
			for (const [key, entry] of Object.entries(messages)) {
				if (!(key in other)) {
					problems.push(`${locale}/${area}: missing "${key}"`);
					continue;
				}
				const want = placeholders(entry).join(', ');
				const have = placeholders(other[key]).join(', ');
				if (want !== have) problems.push(`${locale}/${area}: "${key}" has {${have}}, ${base} has {${want}}`);
			}
			for (const key of Object.keys(other))
				if (!(key in messages)) problems.push(`${locale}/${area}: unknown "${key}"`);
		}
		for (const area of Object.keys(areas))
			if (!(area in reference)) problems.push(`${locale}/${area}: no such area in ${base}`);
	}
	return problems;
}
