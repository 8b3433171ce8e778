import { readFileSync } from 'node:fs';
import { expect, test } from './helpers.ts';
import { fillStart, openStudio } from './studio-helpers.ts';

/**
 * A 2 MB article in the studio. Its own file, without traces: a trace snapshots the page at every step, and with a
 * 2 MB text and thousands of items each snapshot took seconds (the test took two minutes instead of fifteen seconds).
 */
test.use({ trace: 'off' });

test.describe('a 2 MB article', () => {
	test.skip(({ isMobile }) => isMobile, 'input handling is the same on every device');
	test('is drafted off the main thread with progress, reviewed, and still there after a reload', async ({ page }) => {
		test.setTimeout(240_000);
		const base = readFileSync('data/xi-visit-russia-2023/article.txt', 'utf8');
		let text = '';
		while (text.length < 2_000_000) text += `${base}\n\n`;
		await openStudio(page);
		await fillStart(page, { text, title: 'A long chronology', author: 'A. Reporter', publisher: 'The Test Gazette', url: 'https://example.org/long', id: 'long-chronology', published: '2023-02-04' }, 'file');
		await expect(page.locator('.text-field .count')).toHaveText(`${text.length.toLocaleString('en')} characters`);
		await page.getByRole('button', { name: 'Draft the timeline' }).click();
		// Progress is shown while the worker drafts; the page answers meanwhile.
		await expect(page.locator('#draft-progress')).toBeVisible();
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await expect(page.locator('.workspace')).toBeVisible({ timeout: 120_000 });
		// CSS locators, not roles: with thousands of options, a query of the accessibility tree takes seconds each.
		const count = Number(await page.locator('.item-list .filters label:last-child .n').textContent());
		expect(count).toBeGreaterThan(1000);
		const first = page.locator('.item-list [role=option]').first();
		const title = (await first.locator('.title').textContent())!;
		await first.click();
		await page.locator('.item-editor').getByRole('button', { name: /^Accept/ }).click();
		await expect(page.locator('.save')).toHaveText('Saved in this browser', { timeout: 60_000 });
		await page.reload();
		await expect(page.locator('.workspace')).toBeVisible({ timeout: 60_000 });
		await expect(page.locator('.item-list [role=option]').first()).toHaveClass(/accepted/);
		await expect(page.locator('.item-list [role=option] .title').first()).toHaveText(title);
	});
});
