import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The Settings page at a desktop and a phone width: every radio button and checkbox stands beside
 * the start of its label's words, as a control of its own size. (A generic `input { width: 100% }`
 * once stretched the radios of "What to export" across the card, the circle in the middle and the
 * words far right.) Geometry rather than screenshot baselines: no baselines are kept, and fonts
 * differ between machines; the screenshots go to test-results for a person to look at.
 */

interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** The box of a control, its label's, and the first line of the label's words (not the label's own box). */
async function geometry(control: Locator): Promise<{ control: Box; label: Box; text: Box; words: string }> {
	return control.evaluate((input) => {
		const label = input.closest('label');
		if (!label) throw new Error(`no label around ${input.outerHTML}`);
		const range = document.createRange();
		range.setStartAfter(input);
		range.setEnd(label, label.childNodes.length);
		const first = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
		if (!first) throw new Error(`no words in the label of ${input.outerHTML}`);
		const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
		return {
			control: box(input.getBoundingClientRect()),
			label: box(label.getBoundingClientRect()),
			text: box(first),
			words: range.toString().trim()
		};
	});
}

/** Each radio and checkbox of a part of the page sits just left of its words, on their first line. */
async function expectBesideLabels(area: Locator, what: string) {
	const controls = await area.locator('input[type="radio"], input[type="checkbox"]').all();
	expect(controls.length, `${what}: radios and checkboxes`).toBeGreaterThan(0);
	for (const control of controls) {
		const { control: box, label, text, words } = await geometry(control);
		const name = `${what}, “${words}”`;
		// Its own size, not stretched across the card.
		expect(box.width, `${name}: the control's width`).toBeLessThanOrEqual(24);
		// Right before the words: at most a gap between the control and the words.
		const gap = text.x - (box.x + box.width);
		expect(gap, `${name}: from the control to its words`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `${name}: the control ends where its words begin`).toBeLessThanOrEqual(text.x + 12);
		expect(gap, `${name}: from the control to its words`).toBeLessThanOrEqual(16);
		// The words begin at the label's start, after the control: not far right.
		expect(text.x - label.x, `${name}: where the words begin in the label`).toBeLessThanOrEqual(40);
		// On the same line as the words' first line.
		expect(box.y, `${name}: the control's top`).toBeLessThan(text.y + text.height);
		expect(box.y + box.height, `${name}: the control's bottom`).toBeGreaterThan(text.y);
	}
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const { width, height } of [
	{ width: 1100, height: 900 },
	{ width: 360, height: 780 }
]) {
	test(`Settings at ${width} px: each radio and checkbox beside its label, nothing wider than the window`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height });
		// A connection, so that "Chosen connections" lists one with its checkbox.
		await page.goto('/connections');
		await page.getByRole('button', { name: 'Add the local demo connection' }).click();
		await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();

		await page.goto('/settings');
		const exportSection = page.getByRole('region', { name: 'Export' });
		await expect(exportSection.getByRole('radio', { name: 'Everything' })).toBeChecked();
		await exportSection.getByRole('radio', { name: 'Chosen connections and their accounts' }).check();
		await expect(exportSection.getByRole('checkbox', { name: 'Local demo' })).toBeVisible();
		await expectBesideLabels(exportSection, `Export at ${width} px`);

		const language = page.getByRole('region', { name: 'Language' });
		await expect(language.getByRole('radio')).toHaveCount(5);
		await expectBesideLabels(language, `Language at ${width} px`);

		// Nothing makes the page scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await shoot(page, testInfo, `settings-${width}`);
	});
}
