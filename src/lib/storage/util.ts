import type { FieldError, Validated } from '$lib/config';

/** Rows that fail validation are reported, never dropped: nothing stored is lost silently. */
export interface StoredList<T> {
	readonly items: readonly T[];
	readonly unreadable: readonly { readonly id: string; readonly errors: readonly FieldError[] }[];
}

export function splitValid<R extends { id: string }, T>(
	rows: readonly R[],
	convert: (row: R) => Validated<T>,
	order: (a: T, b: T) => number
): StoredList<T> {
	const items: T[] = [];
	const unreadable: { id: string; errors: readonly FieldError[] }[] = [];
	for (const row of rows) {
		const checked = convert(row);
		if (checked.ok) items.push(checked.value);
		else unreadable.push({ id: row.id, errors: checked.error });
	}
	items.sort(order);
	return { items, unreadable };
}
