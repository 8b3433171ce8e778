import type { Browser, Locator } from '@playwright/test';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { SITE, expect, test } from './helpers.ts';
import { axeViolations, downloaded, draft, fillStart, openStudio, selectWords, titled, type Article } from './studio-helpers.ts';

/**
 * Input nobody should have to trust: markup and script in the text, right-to-left writing, emoji and combining
 * marks (positions are UTF-16 code units, so a surrogate pair or a ZWJ sequence must not shift them), a 2 MB
 * article. And the studio's code stays on its own page: the explorer and the embed load none of it.
 */
const HOSTILE = [
	'Harbour <b>works</b> resume',
	'',
	'The council met on 4 March 2024 <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> approved the plan.',
	'',
	'فتح الميناء الجديد أبوابه للسفن في ربيع 2024 بعد سنوات من العمل.',
	'',
	'Cafe\u0301 owners 👩‍🍳 and sailors 🚢 complained on 12 May 2024 about the noise.'
].join('\n');
const ARTICLE: Article = { text: HOSTILE, title: 'Harbour works resume', author: 'A. Reporter', publisher: 'The Test Gazette', url: 'https://example.org/harbour', published: '2024-06-01', id: 'harbour' };

test.describe('hostile input', () => {
	test.skip(({ isMobile }) => isMobile, 'input handling is the same on every device');

	test('markup stays text, nothing runs, and emoji, combining marks and right-to-left text keep their positions', async ({ page }) => {
		test.setTimeout(90_000);
		await openStudio(page);
		await fillStart(page, ARTICLE, 'file');
		await expect(page.locator('#start-text')).toHaveValue(HOSTILE);
		await draft(page);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		await expect(page.locator('.studio-article img, .studio-article script, .studio-article b')).toHaveCount(0);
		await expect(page.locator('.studio-article')).toContainText('<script>window.pwned = 1</script>');
		// The Arabic paragraph is laid out right to left.
		const arabic = page.locator('.studio-article p', { hasText: 'فتح الميناء' });
		expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

		// Words after an emoji and a ZWJ sequence, and words of the Arabic text, made into events.
		const SAILORS = 'sailors 🚢 complained on 12 May 2024';
		const ARABIC = 'الميناء الجديد أبوابه للسفن في ربيع 2024';
		await selectWords(page, SAILORS);
		await page.getByRole('button', { name: 'Make an event from these words' }).click();
		await expect(titled(page, SAILORS)).toContainText('12 May 2024');
		await selectWords(page, ARABIC);
		await page.getByRole('button', { name: 'Make an event from these words' }).click();
		await expect(titled(page, ARABIC)).toContainText('no date yet');
		// Its title reads right to left wherever it is shown or edited.
		const direction = (field: Locator) => field.evaluate((element) => getComputedStyle(element).direction);
		expect(await direction(titled(page, ARABIC).locator('.title'))).toBe('rtl');
		expect(await direction(page.locator('#editor-title'))).toBe('rtl');
		// The extractor reads English: "spring 2024" in Arabic is the person's to say. Here: undatable, with its words.
		await page.getByLabel('Cannot be placed? Say why').fill('The words give a season in the Arabic text; left for an Arabic reader to place.');
		await page.getByRole('button', { name: 'Move to undatable' }).click();
		await page.getByLabel(/The article’s words for the time/).fill('ربيع 2024');
		await page.getByLabel(/The article’s words for the time/).press('Tab');
		expect(await direction(page.getByLabel(/The article’s words for the time/))).toBe('rtl');
		await expect(page.locator('.problems-panel .summary')).toHaveText(/^The dataset is valid/);
		expect(await axeViolations(page), 'with hostile text').toEqual([]);

		const events = await downloaded(page, () => page.getByRole('button', { name: 'events.json', exact: true }).click());
		const file = JSON.parse(events.bytes.toString('utf8')) as Record<'events' | 'undatable', { title: string; stated: { text: string }; passages: { start: number; end: number; exact: string }[] }[]>;
		for (const entry of [...file.events, ...file.undatable]) for (const passage of entry.passages) expect(HOSTILE.slice(passage.start, passage.end), entry.title).toBe(passage.exact);
		expect(file.events.find((e) => e.title === SAILORS)?.passages.map((p) => p.exact)).toEqual([SAILORS]);
		expect(file.undatable.find((e) => e.title === ARABIC)).toMatchObject({ stated: { text: 'ربيع 2024' }, passages: [{ exact: ARABIC }] });

		// The public file is the validator's, and nothing in it is markup the embed would run.
		const json = await downloaded(page, () => page.getByRole('button', { name: 'Download harbour.json' }).click());
		const result = validateTimeline(JSON.parse(json.bytes.toString('utf8')), 'harbour.json');
		expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
		await page.goto(`${SITE}/studio`);
		await expect(page.locator('.workspace')).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	});

});

test.describe('the studio’s code', () => {
	test.skip(({ isMobile }) => isMobile, 'what a page loads is the same on every device');

	/**
	 * The text of every script a page loads (modules, chunks, workers), in a context of its own: in a shared one a
	 * chunk the previous page loaded comes from the memory cache, whose body Chromium sometimes no longer gives.
	 */
	async function scriptsOf(browser: Browser, path: string): Promise<string> {
		const context = await browser.newContext();
		const page = await context.newPage();
		const bodies: Promise<string>[] = [];
		page.on('response', (response) => {
			if (/\.js(\?|$)/.test(response.url())) bodies.push(response.text().catch(() => ''));
		});
		await page.goto(`${SITE}${path}`);
		await page.waitForLoadState('networkidle');
		const text = (await Promise.all(bodies)).join('\n');
		await context.close();
		return text;
	}

	// Words that only the studio's modules and the extractor hold.
	const STUDIO_MARKS = ['sourceline-studio-work', 'Make an event from these words'];
	const EXTRACTOR_MARK = 'Finding time expressions';

	test('is loaded by the studio’s page, and by neither the explorer nor the embed', async ({ browser }) => {
		const studio = await scriptsOf(browser, '/studio');
		for (const mark of STUDIO_MARKS) expect(studio, `the studio loads “${mark}”`).toContain(mark);
		for (const path of ['/', '/embed/xi-visit-russia-2023']) {
			const scripts = await scriptsOf(browser, path);
			expect(scripts.length, `${path} loads scripts`).toBeGreaterThan(10_000);
			for (const mark of [...STUDIO_MARKS, EXTRACTOR_MARK]) expect(scripts.includes(mark), `${path} loads “${mark}”`).toBe(false);
		}
	});
});
