/**
 * Helpers for the studio's browser tests: filling the start form, choosing words in the article as a person does
 * (a real selection, which the page reads through `selectionchange`), reading downloads, checking accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ArticleForm } from '../../src/lib/studio/article-form.ts';
import { expect } from './helpers.ts';

/** What the tests fill in the start form: all of it but the language, which keeps its default. */
export type Article = Omit<ArticleForm, 'language'>;

/** A fixture article of the extractor's corpus, with metadata for the form. */
export function fixtureArticle(name: string, id: string): Article {
	const text = readFileSync(`tests/fixtures/extract/${name}.txt`, 'utf8');
	const { published } = JSON.parse(readFileSync(`tests/fixtures/extract/${name}.gold.json`, 'utf8')) as { published: string };
	return { text, title: text.split('\n')[0]!.trim(), author: 'A. Reporter', publisher: 'The Test Gazette', url: `https://example.org/${id}`, published, id };
}

export const STUDIO = '/studio';

/** Opens the studio on a clean slate: nothing saved in this browser. */
export async function openStudio(page: Page) {
	await page.goto(STUDIO);
	await expect(page.locator('#start-text').or(page.locator('.workspace'))).toBeVisible();
	if (await page.locator('.workspace').isVisible()) throw new Error('a work is already saved in this fresh context');
}

/** Fills the start form (the text by pasting, or by a file through the form's own file input). */
export async function fillStart(page: Page, article: Article, how: 'paste' | 'file' = 'paste') {
	if (how === 'paste') await page.locator('#start-text').fill(article.text);
	else await page.locator('.text-field input[type=file]').setInputFiles({ name: `${article.id}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article.text, 'utf8') });
	await page.locator('#start-title').fill(article.title);
	await page.locator('#start-author').fill(article.author);
	await page.locator('#start-publisher').fill(article.publisher);
	await page.locator('#start-url').fill(article.url);
	await page.locator('#start-published').fill(article.published);
	await page.locator('#start-id').fill(article.id);
}

export async function draft(page: Page, timeout = 30_000) {
	await page.getByRole('button', { name: 'Draft the timeline' }).click();
	await expect(page.locator('.workspace')).toBeVisible({ timeout });
}

/** Selects `words` (the `nth` place they occur, from 0) in the article with a real DOM selection. */
export async function selectWords(page: Page, words: string, nth = 0) {
	const found = await page.locator('.studio-article').evaluate(
		(root, { words, nth }) => {
			const text = root.textContent ?? '';
			let at = -1;
			for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
			if (at < 0) return false;
			// The text node and offset of a position in the article's text content.
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const point = (position: number): [Node, number] => {
				let seen = 0;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const length = node.textContent!.length;
					if (seen + length >= position) return [node, position - seen];
					seen += length;
				}
				throw new Error('past the end');
			};
			const range = document.createRange();
			range.setStart(...point(at));
			walker.currentNode = root;
			range.setEnd(...point(at + words.length));
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
			return true;
		},
		{ words, nth }
	);
	if (!found) throw new Error(`“${words}” is not in the article as shown`);
	await expect(page.locator('.chosen-bar')).toBeVisible();
}

/** The text of a download. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

export async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The option of the item list whose title contains `words`. */
export const option = (page: Page, words: string | RegExp): Locator => items(page).filter({ hasText: words });

/** The option of the item list whose title is exactly `title`. */
export const titled = (page: Page, title: string): Locator => items(page).filter({ has: page.locator('.title').getByText(title, { exact: true }) });

/** The options of the item list (not those of the page's select boxes). */
export const items = (page: Page): Locator => page.locator('.item-list').getByRole('option');

/** Whether the page is wider than the screen (something would need sideways scrolling). */
export const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
