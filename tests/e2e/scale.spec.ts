import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, isInside, passageMark, SITE, test } from './helpers.ts';

/**
 * A long chronology, as a newsroom would host one: the real article repeated 160 times, each copy's events a
 * year earlier than the last (about 2,400 events and 5,000 passages), served from a second origin and drawn
 * through the embed's `data=`. What is drawn must stay as large as what can be seen, and the two-way links
 * between timeline and text must still work at the far end of the text.
 */
const COPIES = 160;
let server: Server;
let datasetUrl: string;
let lastEvent: { id: string; title: string };
let eventCount = 0;
let passageCount = 0;

interface Passage {
	start: number;
	end: number;
	exact: string;
	prefix: string;
	suffix: string;
}
interface PublicEvent {
	id: string;
	title: string;
	date: string;
	status: string;
	passages: Passage[];
	recorded?: { date: string; note: string };
	stated?: { text: string; date: string };
}

/** Every year in an EDTF string moved `years` earlier (the dataset has no 29 February to fall off). */
const earlier = (edtf: string, years: number) => edtf.replace(/\d{4}/g, (year) => String(Number(year) - years).padStart(4, '0'));

test.beforeAll(async ({ request }) => {
	const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
	const text: string = builtIn.article.text;
	const separator = '\n\n';
	const longText = Array.from({ length: COPIES }, () => text).join(separator);
	const context = (p: Passage, offset: number): Passage => {
		const start = p.start + offset;
		const end = p.end + offset;
		return { start, end, exact: p.exact, prefix: longText.slice(Math.max(0, start - 32), start), suffix: longText.slice(end, end + 32) };
	};
	const events: PublicEvent[] = builtIn.events.flatMap((event: PublicEvent) =>
		// Anticipated events stay once: moved into the past they could not be anticipated.
		Array.from({ length: event.status === 'happened' ? COPIES : 1 }, (_, copy) => ({
			...event,
			id: copy === 0 ? event.id : `${event.id}-y${copy}`,
			date: earlier(event.date, copy),
			...(event.stated && { stated: { ...event.stated, date: earlier(event.stated.date, copy) } }),
			...(event.recorded && { recorded: { ...event.recorded, date: earlier(event.recorded.date, copy) } }),
			passages: event.passages.map((p) => context(p, copy * (text.length + separator.length)))
		}))
	);
	const dataset = { ...builtIn, id: 'long-chronology', article: { ...builtIn.article, title: 'A long chronology', text: longText }, events };
	eventCount = events.length;
	passageCount = events.reduce((n, e) => n + e.passages.length, 0);
	// The last copy of a happened event: its passage is near the end of the text.
	lastEvent = events.filter((e) => e.id.endsWith(`-y${COPIES - 1}`)).sort((a, b) => b.passages[0]!.start - a.passages[0]!.start)[0]!;
	const body = JSON.stringify(dataset);
	server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	datasetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/long.json`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// At desktop and phone width: the phone lays the panel out differently and selects by touch.
/**
 * Scrolls the article panel to the paragraph holding the first passage of `eventId`'s copy number `copy` (the
 * copy-th paragraph that holds its quote, copies being in text order), and returns that passage's key.
 */
async function scrollToPassage(page: Page, eventId: string, copy: number): Promise<string> {
	const quote = (await (await page.request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json()).events.find((e: PublicEvent) => e.id === eventId).passages[0].exact as string;
	const found = await page.locator('.article-panel').evaluate(
		(panel, { quote, copy }) => {
			const paragraph = [...panel.querySelectorAll('.article-text p')].filter((p) => p.textContent!.includes(quote))[copy];
			paragraph?.scrollIntoView({ block: 'center', behavior: 'instant' });
			return paragraph !== undefined;
		},
		{ quote: quote.slice(0, 60), copy }
	);
	expect(found, `copy ${copy} of ${eventId}'s passage`).toBe(true);
	return `${copy === 0 ? eventId : `${eventId}-y${copy}`}-1`;
}

test.describe('a long chronology', () => {

	const embed = (query = '') => `${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(datasetUrl)}${query}`;

	test('draws only what can be seen, on the timeline and in the text', async ({ page }) => {
		expect(eventCount).toBeGreaterThan(2000);
		await page.goto(embed());
		await expect(page.locator('.credit')).toContainText('A long chronology');
		await expect(page.locator('.timeline-svg')).toHaveAttribute('aria-label', new RegExp(`^Timeline of ${eventCount} events`));
		await expect(page.locator('.article-text p').first()).toBeVisible();
		await expect.poll(() => page.locator('.article-text mark').count()).toBeGreaterThan(0);

		// Marks never overlap and crowded stretches become clusters, so what is drawn is bounded by the room in
		// the view (lanes × rows × marks across), not by the dataset: here a small fraction of it.
		const marks = await page.locator('.timeline-svg .event-mark').count();
		const clusters = await page.locator('.timeline-svg .cluster').count();
		expect(clusters).toBeGreaterThan(0);
		expect(marks + clusters).toBeLessThan(eventCount / 5);
		expect(await page.locator('.article-text mark').count()).toBeLessThan(passageCount / 10);
		// All of the text is there to read and to find in the page, marked up or not.
		const textLength = await page.locator('.article-text').evaluate((el) => el.textContent!.length);
		expect(textLength).toBeGreaterThan(COPIES * 8000);

		// Scrolling the panel marks up what comes into view and lets go of what is left behind. (The middle of
		// the text is scrolled to a known passage: at phone width the view can fall between passages.)
		const firstMarked = await page.locator('.article-text mark').first().getAttribute('data-passages');
		const key = await scrollToPassage(page, 'gas-exports-2020', COPIES / 2);
		await expect.poll(() => page.locator('.article-text mark').first().getAttribute('data-passages')).not.toBe(firstMarked);
		expect(await page.locator('.article-text mark').count()).toBeLessThan(passageCount / 10);
		await expect.poll(() => isInside(passageMark(page, key), page.locator('.article-panel')), 'the passage in the view is marked').toBe(true);
	});

	test('selecting an event at the far end of the text highlights and shows its passage; a passage selects its event', async ({ page, isMobile }) => {
		await page.goto(embed(`&event=${encodeURIComponent(lastEvent.id)}`));
		await expect(page.locator('.credit')).toContainText('A long chronology');
		await expect(page.locator('#detail-title')).toHaveText(lastEvent.title);
		const passage = page.locator(`.article-text mark:has(> #passage-${lastEvent.id}-1)`);
		await expect(passage).toHaveClass(/\bactive\b/);
		const panel = page.locator('.article-panel');
		await expect
			.poll(async () => {
				const [p, v] = [await passage.boundingBox(), await panel.boundingBox()];
				return p !== null && v !== null && p.y >= v.y && p.y + p.height <= v.y + v.height;
			}, { message: 'the passage is scrolled into the panel' })
			.toBe(true);

		// From a passage back to its event: a marked passage in the middle of the text.
		const key = await scrollToPassage(page, 'g20-summit-bali', COPIES / 2);
		const link = passageMark(page, key).locator('a').first();
		await expect.poll(() => isInside(link, page.locator('.article-panel')), 'the passage in the view is marked').toBe(true);
		const clicked = (await link.getAttribute('title'))!.replace(/^Event: /, '');
		expect(clicked).not.toBe(lastEvent.title);
		if (isMobile) await link.tap();
		else await link.click();
		await expect(page.locator('#detail-title')).toHaveText(clicked);
	});
});
