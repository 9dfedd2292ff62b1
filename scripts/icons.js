#!/usr/bin/env node
// @ts-check
/**
 * `npm run icons`: the app's PNG icons, rendered by Chromium from one SVG drawing, so that they
 * stay alike. The maskable one keeps the drawing inside the 80 % safe zone on a full background.
 */
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../bench/browser.js';

/** @param {number} inset fraction of the size left around the drawing */
const drawing = (inset) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%">
	<rect width="64" height="64" rx="${inset > 0 ? 0 : 12}" fill="#1f4e79"/>
	<g transform="translate(${32 - 32 * (1 - 2 * inset)} ${32 - 32 * (1 - 2 * inset)}) scale(${1 - 2 * inset})">
		<path d="M12 20h40v26H12z" fill="none" stroke="#fff" stroke-width="4" stroke-linejoin="round"/>
		<path d="M12 20l20 15 20-15" fill="none" stroke="#fff" stroke-width="4" stroke-linejoin="round"/>
		<circle cx="48" cy="44" r="9" fill="#f5b400"/>
		<path d="M48 40v5" stroke="#1f4e79" stroke-width="3" stroke-linecap="round"/>
	</g>
</svg>`;

const icons = [
	{ file: 'static/icons/icon-192.png', size: 192, inset: 0 },
	{ file: 'static/icons/icon-512.png', size: 512, inset: 0 },
	{ file: 'static/icons/maskable-512.png', size: 512, inset: 0.12 },
	{ file: 'static/icons/apple-touch-icon.png', size: 180, inset: 0.06 }
];

const browser = await launchChromium();
try {
	for (const icon of icons) {
		const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
		await page.setContent(`<html><body style="margin:0;background:transparent">${drawing(icon.inset)}</body></html>`);
		await writeFile(icon.file, await page.screenshot({ omitBackground: icon.inset === 0 }));
		await page.close();
		console.log(`wrote ${icon.file}`);
	}
} finally {
	await browser.close();
}
