/** Case-insensitive, whitespace-normalised key used to keep names unique. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
