/** Case-insensitive, whitespace-normalised key used to keep names unique. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Case-insensitive key for uniqueness: `Ann@Example.com` and `ann@example.com` are one address. */
export function emailKey(email: string): string {
	return email.trim().toLowerCase();
}
