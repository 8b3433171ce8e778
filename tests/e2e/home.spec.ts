import { expect, test } from './helpers.ts';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { validateTimeline } from '../../src/lib/model/validate.ts';

const ARTICLE = readFileSync('data/xi-visit-russia-2023/article.txt', 'utf8');
const EVENTS_FILE = JSON.parse(readFileSync('data/xi-visit-russia-2023/events.json', 'utf8')) as {
	events: { passages: unknown[] }[];
	undatable: { passages: unknown[] }[];
};
const PASSAGE_COUNT = [...EVENTS_FILE.events, ...EVENTS_FILE.undatable].reduce((n, e) => n + e.passages.length, 0);

test.describe('home page (built site)', () => {
	test('shows the article with its metadata and a link to the original', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Xi Jinping’s visit to Russia and America’s hostile policy towards China-Russia rapprochement'
		);
		const byline = page.locator('.byline');
		await expect(byline).toContainText('Nadia Helmy');
		await expect(byline).toContainText('Modern Diplomacy');
		await expect(byline.locator('time')).toHaveText('4 February 2023');
		await expect(page.getByRole('link', { name: 'Read the original' })).toHaveAttribute(
			'href',
			'https://moderndiplomacy.eu/2023/02/04/xi-jinpings-visit-to-russia-and-americas-hostile-policy-towards-china-russia-rapprochement/'
		);
	});

	test('lists the events in date order, each date at its precision', async ({ page }) => {
		await page.goto('/');
		const events = page.locator('.event-list > li');
		await expect(events).toHaveCount(EVENTS_FILE.events.length);
		const rows = await events.evaluateAll((items) =>
			items.map((li) => `${li.querySelector('time')!.textContent} | ${li.querySelector('h3')!.textContent}`)
		);
		// The same calendar dates whatever the browser's time zone (the projects run west and east of UTC).
		expect(rows).toEqual(
			expect.arrayContaining([
				'2020 | Russian gas exports capped at a modest 4 billion m³',
				'September 2021 | Putin acknowledges Xi’s concerns over Ukraine at a summit in Uzbekistan',
				'24 February 2022 | Russia invades Ukraine',
				'late February 2022 | China abstains on a UN Security Council resolution on Ukraine',
				'between c. February 2022 and 23 February 2022 | Putin and Xi agree to raise gas exports to 48 billion m³ a year',
				'between 24 February 2022 and 4 February 2023 | The US State Department comments on Xi’s visit',
				'November 2022 | Xi and Biden meet on the sidelines of the G20',
				'February 2023 | China’s parliament holds its annual sessions',
				'on or after February 2023 (?) | Xi Jinping expected to visit Russia'
			])
		);
		const order = (title: string) => rows.findIndex((row) => row.endsWith(`| ${title}`));
		expect(order('Russian gas exports capped at a modest 4 billion m³')).toBeLessThan(order('Russia invades Ukraine'));
		expect(order('Putin and Xi agree to raise gas exports to 48 billion m³ a year')).toBeLessThan(order('Russia invades Ukraine'));
		expect(order('Russia invades Ukraine')).toBeLessThan(order('China signs a G20 statement condemning the war, as the article reports'));
		expect(order('China signs a G20 statement condemning the war, as the article reports')).toBeLessThan(order('Xi Jinping expected to visit Russia'));
	});

	test('shows the article’s date and the recorded date where they disagree', async ({ page }) => {
		await page.goto('/');
		const sco = page.locator('#event-sco-summit-uzbekistan');
		await expect(sco.locator('.when time')).toHaveText('September 2021');
		await expect(sco.locator('.recorded time')).toHaveText('15–16 September 2022');
		await expect(sco.locator('.recorded')).toContainText('the article’s year looks like a slip');
	});

	test('every passage link has its passage, and every passage links back to an event', async ({ page }) => {
		await page.goto('/');
		const broken = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
				.map((a) => a.getAttribute('href')!.slice(1))
				.filter((id) => id !== 'main' && !document.getElementById(id))
		);
		expect(broken).toEqual([]);
		const marks = page.locator('.article-text mark a');
		expect(await marks.count()).toBeGreaterThan(30);
		await expect(page.locator('[id^="passage-"]')).toHaveCount(PASSAGE_COUNT);
	});

	test('keeps the article text exactly as published', async ({ page }) => {
		await page.goto('/');
		const paragraphs = await page.locator('.article-text p').allTextContents();
		// Every paragraph is a verbatim slice of the source, in order.
		let from = 0;
		for (const text of paragraphs) {
			const at = ARTICLE.indexOf(text, from);
			expect(at, text.slice(0, 40)).toBeGreaterThanOrEqual(from);
			from = at + text.length;
		}
		expect(paragraphs.join('').replace(/\s/g, '')).toBe(ARTICLE.replace(/\s/g, ''));
	});

	test('publishes the timeline and the index in the public format', async ({ request }) => {
		const index = await (await request.get('/data/index.json')).json();
		expect(index).toMatchObject({ format: 'sourceline-timeline-index', version: 2 });
		expect(index.timelines).toEqual([expect.objectContaining({ id: 'xi-visit-russia-2023', events: 20, url: '/data/xi-visit-russia-2023.json' })]);
		const response = await request.get(index.timelines[0].url);
		expect(response.headers()['content-type']).toContain('application/json');
		const timeline = await response.json();
		const result = validateTimeline(timeline, 'built /data/xi-visit-russia-2023.json');
		expect(result.issues).toEqual([]);
		expect(timeline.article.text).toBe(ARTICLE);
		const schema = await request.get('/schema/timeline.schema.json');
		expect(schema.ok()).toBe(true);
	});

	test('links the downloads, which the site serves with their types', async ({ page, request }) => {
		await page.goto('/');
		const expected: [RegExp, string, RegExp][] = [
			[/\.json$/, 'application/json', /^\{"format":"sourceline-timeline"/],
			[/\.csv$/, 'text/csv', /^kind,id,title,/],
			[/\.ics$/, 'text/calendar', /^BEGIN:VCALENDAR\r\n/],
			[/\.timelinejs\.json$/, 'application/json', /^\{"title":/]
		];
		const hrefs = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs).toHaveLength(expected.length);
		for (const [ending, type, start] of expected) {
			const href = hrefs.find((h) => ending.test(h) && !(ending.source === '\\.json$' && h.endsWith('.timelinejs.json')))!;
			const response = await request.get(href);
			expect(response.ok(), href).toBe(true);
			expect(response.headers()['content-type']).toContain(type);
			expect(await response.text()).toMatch(start);
		}
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`has no axe violations (${colorScheme})`, async ({ page }) => {
			test.slow(); // a scan of the whole page, article included: near 40 s on a busy two-core machine
			await page.emulateMedia({ colorScheme });
			await page.goto('/#passage-russia-invades-ukraine-1');
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an event’s passage link scrolls to the passage and back', async ({ page }) => {
		await page.goto('/');
		const invasion = page.locator('#event-russia-invades-ukraine');
		await invasion.getByRole('link', { name: /Passage 1/ }).click();
		await expect(page).toHaveURL(/#passage-russia-invades-ukraine-1$/);
		const passage = page.locator('#passage-russia-invades-ukraine-1');
		await expect(passage).toBeInViewport();
		await page.locator('mark:has(#passage-russia-invades-ukraine-1) a').click();
		await expect(page).toHaveURL(/#event-russia-invades-ukraine$/);
		await expect(invasion).toBeInViewport();
	});
});
