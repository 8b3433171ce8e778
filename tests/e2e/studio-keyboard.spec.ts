import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { proposedEvents } from '../../src/lib/extract/evaluate.ts';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { expect, test } from './helpers.ts';
import { axeViolations, downloaded, draft, fillStart, fixtureArticle, items, openStudio, option, overflowsSideways } from './studio-helpers.ts';

/**
 * The studio with the keyboard alone: from the page's first Tab to a reviewed, valid dataset. Every step moves
 * the focus with Tab (or the list's own keys) and types; nothing is clicked, and nothing is focused by script.
 */
const ARTICLE = fixtureArticle('night-train', 'night-train');

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a person would; fails if it never does. */
async function tabTo(page: Page, target: Locator, backwards = false, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`${target} never took the focus in ${limit} presses of Tab`);
}

/** The focused element shows a focus ring (an outline or a box shadow). */
async function focusVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element) return false;
		const style = getComputedStyle(element);
		return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || element.matches(':focus-visible');
	});
}

test.describe('the studio, with the keyboard only', () => {
	test.skip(({ isMobile }) => isMobile, 'a phone has no keyboard to speak of');

	test('start, draft, review, find words and make an event, date it, undo, reload', async ({ page }) => {
		test.setTimeout(120_000);
		await openStudio(page);
		await tabTo(page, page.locator('#start-text'));
		await page.keyboard.insertText(ARTICLE.text);
		for (const [field, value] of [
			['author', ARTICLE.author],
			['publisher', ARTICLE.publisher],
			['url', ARTICLE.url]
		] as const) {
			await tabTo(page, page.locator(`#start-${field}`));
			await page.keyboard.type(value);
		}
		// The date field takes the date as its locale writes it (en-US: month, day, year).
		await tabTo(page, page.locator('#start-published'));
		const [y, m, d] = ARTICLE.published.split('-');
		await page.keyboard.type(`${m}${d}${y}`);
		await expect(page.locator('#start-published')).toHaveValue(ARTICLE.published);
		// The title and the id were suggested from the text's first line.
		await expect(page.locator('#start-title')).toHaveValue(ARTICLE.title);
		await expect(page.locator('#start-id')).toHaveValue('night-train-vienna-returns-after-five');
		await tabTo(page, page.getByRole('button', { name: 'Draft the timeline' }));
		await page.keyboard.press('Enter');
		await expect(page.locator('.workspace')).toBeVisible();

		// The list: arrows move, A accepts and moves on, R rejects and moves on.
		const list = page.locator('.item-list [role=listbox]');
		await tabTo(page, list);
		expect(await focusVisible(page)).toBe(true);
		const first = (await items(page).first().locator('.title').textContent())!;
		await expect(items(page).first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('a');
		await expect(option(page, first)).toHaveClass(/accepted/);
		await expect(items(page).nth(1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(items(page).nth(2)).toHaveAttribute('aria-selected', 'true');
		const third = (await items(page).nth(2).locator('.title').textContent())!;
		await page.keyboard.press('r');
		await expect(option(page, third)).toHaveClass(/rejected/);
		// Undo from the list (Ctrl+Z is the page's undo outside text fields).
		await page.keyboard.press('Control+z');
		await expect(option(page, third)).not.toHaveClass(/rejected/);
		await page.keyboard.press('Control+y');
		await expect(option(page, third)).toHaveClass(/rejected/);

		// Enter edits the selected item: its title field takes the focus.
		await page.keyboard.press('Home');
		await page.keyboard.press('Enter');
		await expect(page.locator('#editor-title')).toBeFocused();
		await page.keyboard.press('Control+a');
		await page.keyboard.type('The night train returns');
		await page.keyboard.press('Tab');
		await expect(option(page, 'The night train returns')).toBeVisible();

		// Words found by typing them, made into an event.
		await tabTo(page, page.locator('#find-words'));
		await page.keyboard.type('the timetable change of 15 December 2019');
		await page.keyboard.press('Enter');
		await expect(page.locator('.chosen-bar')).toContainText('the timetable change of 15 December 2019');
		await tabTo(page, page.getByRole('button', { name: 'Make an event from these words' }));
		await page.keyboard.press('Enter');
		await expect(page.locator('#editor-title')).toHaveValue('the timetable change of 15 December 2019');
		await expect(option(page, 'the timetable change of 15 December 2019')).toContainText('15 December 2019');

		// Its date, through the date editor: the precision select takes a letter, the Apply button Enter.
		const precision = page.locator('.item-editor .date-editor select[id$="-date-precision"]').first();
		await tabTo(page, precision, true);
		await page.keyboard.press('y');
		await expect(precision).toHaveValue('year');
		await expect(page.locator('.item-editor .date-editor .sentence').first()).toHaveText('Sometime in 2019.');
		await tabTo(page, page.locator('.item-editor').getByRole('button', { name: 'Apply this date' }).first());
		await page.keyboard.press('Enter');
		await expect(option(page, 'the timetable change of 15 December 2019')).toContainText('2019');
		expect(await axeViolations(page), 'after the keyboard session').toEqual([]);

		await expect(page.locator('.save')).toHaveText('Saved in this browser');
		await page.reload();
		await expect(option(page, 'The night train returns')).toHaveClass(/accepted/);
		await expect(option(page, third)).toHaveClass(/rejected/);
		await expect(option(page, 'the timetable change of 15 December 2019')).toBeVisible();
		expect(await overflowsSideways(page)).toBe(false);
	});

	test('an edit that takes away the focused control (last undo, merge, move to undatable, delete) leaves the focus in the review, never at the page’s start', async ({ page }) => {
		test.setTimeout(90_000);
		await openStudio(page);
		await fillStart(page, ARTICLE);
		await tabTo(page, page.getByRole('button', { name: 'Draft the timeline' }));
		await page.keyboard.press('Enter');
		await expect(page.locator('.workspace')).toBeVisible();
		const list = page.locator('.item-list .options');
		const heading = page.locator('#editor-heading');

		// The one step undone from its button: the button keeps the focus, and says there is nothing more.
		await tabTo(page, list);
		await page.keyboard.press('a');
		const undo = page.getByRole('button', { name: 'Undo', exact: true });
		await tabTo(page, undo, true);
		await page.keyboard.press('Enter');
		await expect(undo).toBeFocused();
		await expect(undo).toHaveAttribute('aria-disabled', 'true');
		await page.keyboard.press('Enter');
		await expect(page.locator('.workspace > p[aria-live=polite]')).toHaveText('Nothing to undo.');

		// Merged: the merge button is disabled again, and the focus goes to the editor's heading.
		await tabTo(page, page.locator('.item-editor select').filter({ hasText: 'choose an item' }));
		await page.keyboard.press('ArrowDown');
		await tabTo(page, page.getByRole('button', { name: 'Merge', exact: true }));
		await page.keyboard.press('Enter');
		await expect(heading).toBeFocused();
		const count = await items(page).count();

		// Moved to undatable: the editor is made anew for the other kind.
		await tabTo(page, page.getByLabel('Cannot be placed? Say why'));
		await page.keyboard.type('The article gives no time for it.');
		await tabTo(page, page.getByRole('button', { name: 'Move to undatable' }));
		await page.keyboard.press('Enter');
		await expect(heading).toHaveText('Undatable reference: to review');
		await expect(heading).toBeFocused();

		// Deleted: the next item is selected, and its editor's heading has the focus.
		await tabTo(page, page.locator('.item-editor summary', { hasText: 'Id and deletion' }));
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('button', { name: 'Delete this item' }));
		await page.keyboard.press('Enter');
		await expect(items(page)).toHaveCount(count - 1);
		await expect(heading).toBeFocused();
	});
});

test.describe('the studio on a phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	test('the start form and the review fit the screen, work by touch, and pass axe', async ({ page }) => {
		test.setTimeout(90_000);
		await openStudio(page);
		expect(await overflowsSideways(page), 'the start form').toBe(false);
		await fillStart(page, ARTICLE);
		await draft(page);
		expect(await overflowsSideways(page), 'the review').toBe(false);
		const first = items(page).first();
		const title = (await first.locator('.title').textContent())!;
		await first.tap();
		await page.locator('.item-editor').getByRole('button', { name: /^Accept/ }).tap();
		await expect(option(page, title)).toHaveClass(/accepted/);
		// The timeline is drawn, the width of the screen.
		const plot = await page.locator('.timeline-svg').boundingBox();
		expect(plot!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		expect(await axeViolations(page), 'review on a phone').toEqual([]);
	});
});

test.describe('the built-in article in the studio', () => {
	test.skip(({ isMobile }) => isMobile, 'a keyboard flow');

	test('pasted, drafted and its proposals accepted with the keyboard, it gives a valid dataset that proposes at least 13 of the built-in events', async ({ page }) => {
		test.setTimeout(120_000);
		const folder = 'data/xi-visit-russia-2023';
		const meta = JSON.parse(readFileSync(`${folder}/article.meta.json`, 'utf8')) as Record<string, string>;
		const dataset = JSON.parse(readFileSync(`${folder}/events.json`, 'utf8')) as { events: Parameters<typeof proposedEvents>[0] };
		const started = Date.now();
		await openStudio(page);
		await fillStart(page, { text: readFileSync(`${folder}/${meta.textFile}`, 'utf8'), title: meta.title!, author: meta.author!, publisher: meta.publisher!, url: meta.url!, published: meta.published!, id: 'xi-visit-studio' });
		await draft(page);
		// Accept every proposed event as it stands: the list moves on after each A.
		await page.locator('.item-list .filters label', { hasText: 'To review' }).click();
		const list = page.locator('.item-list [role=listbox]');
		await list.focus();
		for (let left = await items(page).count(); left > 0; left--) {
			await page.keyboard.press('a');
			await expect(items(page)).toHaveCount(left - 1);
		}
		await expect(page.locator('.problems-panel .summary')).toHaveText(/^The dataset is valid/);
		const json = await downloaded(page, () => page.getByRole('button', { name: 'Download xi-visit-studio.json' }).click());
		const made = JSON.parse(json.bytes.toString('utf8')) as { events: Parameters<typeof proposedEvents>[1] };
		expect(validateTimeline(made, 'xi-visit-studio.json').ok).toBe(true);
		const proposed = [...proposedEvents(dataset.events, made.events).values()].filter((found) => found !== null).length;
		test.info().annotations.push({ type: 'built-in article', description: `${proposed} of ${dataset.events.length} events proposed; paste to download in ${Date.now() - started} ms` });
		expect(proposed).toBeGreaterThanOrEqual(13);
	});
});
