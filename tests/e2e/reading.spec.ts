import type { Page } from '@playwright/test';
import { DATA, EVENTS, axeViolations, box, expect, listOrder, markOf, open, passageKeys, pressMark, test, touchGesture, urlWindow } from './helpers.ts';

/**
 * The reader's loop on the screens people use: pick an event, read its passage, go on to the next — with the
 * selected mark, the event's detail and its passage all on screen at once, without scrolling by hand.
 */

const FAST = { intervals: [50, 100, 150, 250], timeout: 5000 };
/** The event the article is about: the one its passages cite most. */
const HEADLINE = EVENTS.reduce((best, e) => (e.passages.length > best.passages.length ? e : best));

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const inside = (inner: Box, outer: Box, slack = 1) =>
	inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;

/** The union of the boxes of every segment of a passage in the article (overlapping passages split it into several). */
async function passageBox(page: Page, key: string): Promise<Box | null> {
	return page.locator('.article-text mark').evaluateAll((marks, key) => {
		const rects = marks.filter((m) => (m as HTMLElement).dataset.passages!.split(' ').includes(key)).map((m) => m.getBoundingClientRect());
		if (rects.length === 0) return null;
		const x = Math.min(...rects.map((r) => r.left));
		const y = Math.min(...rects.map((r) => r.top));
		return { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
	}, key);
}

/** What the reader must see after a selection, each wholly on screen (and the detail and passage unclipped by their panels). */
async function expectTheLoopInView(page: Page, id: string, passage = 0) {
	const key = passageKeys(id)[passage]!;
	const viewport = { x: 0, y: 0, ...page.viewportSize()! };
	await expect.poll(async () => {
		const mark = await markOf(page, id).first().locator('.shape').boundingBox();
		const detail = await page.locator('.detail').boundingBox();
		const column = await page.locator('.detail-column').boundingBox();
		const passageAt = await passageBox(page, key);
		const panel = await page.locator('.article-panel').boundingBox();
		const problems: string[] = [];
		if (!mark || !inside(mark, viewport)) problems.push(`mark ${JSON.stringify(mark)}`);
		if (!detail || !column || !inside(detail, viewport) || !inside(detail, column)) problems.push(`detail ${JSON.stringify(detail)} in ${JSON.stringify(column)}`);
		if (!passageAt || !panel || !inside(passageAt, viewport) || !inside(passageAt, panel)) problems.push(`passage ${key} ${JSON.stringify(passageAt)} in ${JSON.stringify(panel)}`);
		return problems;
	}, { ...FAST, message: `${id}, passage ${passage + 1}: what is not wholly on screen at ${viewport.width}×${viewport.height}` }).toEqual([]);
	await expect(page.locator('#detail-title')).toHaveText(EVENTS.find((e) => e.id === id)!.title);
}

const DESKTOPS = [
	[1280, 720],
	[1366, 768],
	[1440, 900],
	[1920, 1080]
] as const;

for (const [width, height] of DESKTOPS) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`the reader's loop at ${width}×${height}, ${colorScheme}`, () => {
			test.use({ viewport: { width, height }, colorScheme });
			test.skip(({ isMobile }) => isMobile, 'laptop and desktop screens');

			test('a click shows mark, detail and passage at once; so do Later, Earlier and every passage', async ({ page }) => {
				test.slow(); // some thirty selections, each checked in full
				await open(page);
				const order = await listOrder(page);
				await pressMark(page, order[0]!, false);
				await expectTheLoopInView(page, order[0]!);
				// Light steps through every event; dark (the same layout) through a few, to keep the run short.
				const steps = colorScheme === 'light' ? order.length - 1 : 3;
				for (let i = 1; i <= steps; i++) {
					await page.getByRole('button', { name: /^Later/ }).click();
					await expectTheLoopInView(page, order[i]!);
				}
				await page.getByRole('button', { name: /^← Earlier/ }).click();
				await expectTheLoopInView(page, order[steps - 1]!);

				await pressMark(page, HEADLINE.id, false);
				await expectTheLoopInView(page, HEADLINE.id);
				for (let passage = 1; passage < HEADLINE.passages.length; passage++) {
					await page.getByRole('button', { name: 'Next passage' }).click();
					await expectTheLoopInView(page, HEADLINE.id, passage);
				}
			});

			test('Enter on the keyboard does the same, after the page has been scrolled', async ({ page }) => {
				await open(page);
				await page.mouse.wheel(0, 0);
				await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 3));
				const target = EVENTS.at(-1)!.id;
				const mark = markOf(page, target).first();
				await mark.focus();
				await page.keyboard.press('Enter');
				await expectTheLoopInView(page, target);
			});
		});
	}
}

test.describe('the reader’s loop on a phone', () => {
	for (const [width, height] of [
		[375, 740],
		[390, 844]
	] as const) {
		test.describe(`${width}×${height}`, () => {
			test.use({ viewport: { width, height } });
			test.skip(({ isMobile }) => !isMobile, 'touch screens');

			test('the timeline starts in the upper 40 % of the screen', async ({ page }) => {
				await open(page);
				const plot = await box(page.locator('.timeline-svg'));
				expect(plot.y, `the plot starts at y = ${plot.y.toFixed(0)}`).toBeLessThan(height * 0.4);
			});

			test('a tap shows the detail and the passage in a sheet, and the mark stays in view above it', async ({ page }) => {
				await open(page);
				for (const id of [EVENTS[0]!.id, HEADLINE.id, EVENTS.at(-1)!.id]) {
					await pressMark(page, id, true);
					await expect(page.locator('#detail-title')).toHaveText(EVENTS.find((e) => e.id === id)!.title);
					const quote = page.locator('.detail .passage-text');
					await expect(quote).toHaveText(EVENTS.find((e) => e.id === id)!.passages[0]!.exact);
					await expect
						.poll(async () => {
							const sheet = await box(page.locator('.detail-column'));
							const mark = await box(markOf(page, id).first().locator('.shape'));
							const text = await box(quote);
							return mark.y >= 0 && mark.y + mark.height <= sheet.y && text.y >= sheet.y && text.y + text.height <= height;
						}, { ...FAST, message: `${id}: mark above the sheet, passage inside it` })
						.toBe(true);
				}
			});

			test('a vertical swipe on the timeline scrolls the page; a sideways one pans it', async ({ page }) => {
				await open(page);
				const plot = await box(page.locator('.timeline-svg'));
				const x = plot.x + plot.width / 2;
				const y = plot.y + Math.min(plot.height * 0.6, height * 0.5 - plot.y);
				expect(await page.evaluate(() => scrollY)).toBe(0);
				await touchGesture(page, [{ x, y }], [{ x, y: y - 200 }]);
				await expect.poll(() => page.evaluate(() => scrollY), { ...FAST, message: 'the page scrolled' }).toBeGreaterThan(100);
				expect(urlWindow(page.url()), 'the vertical swipe did not move the timeline').toBeNull();

				await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
				await expect.poll(() => urlWindow(page.url()), FAST).not.toBeNull();
				const before = urlWindow(page.url())!;
				const now = await box(page.locator('.timeline-svg'));
				const row = now.y + Math.min(60, now.height / 2);
				await touchGesture(page, [{ x: now.x + now.width * 0.7, y: row }], [{ x: now.x + now.width * 0.3, y: row }]);
				await expect.poll(() => urlWindow(page.url())?.start ?? before.start, { ...FAST, message: 'a swipe to the left shows later days' }).toBeGreaterThan(before.start + 1);
			});
		});
	}
});

/** Every mark drawn has a title of its own on screen (maybe cut short), or is counted in a cluster. */
async function expectEveryMarkNamed(page: Page) {
	const unnamed = await page.locator('.timeline-svg .event-mark').evaluateAll((marks) =>
		marks.filter((g) => !(g.querySelector('.label')?.textContent ?? '').trim()).map((g) => g.getAttribute('data-event'))
	);
	expect(unnamed, 'marks without a title').toEqual([]);
	const drawn = new Set(await page.locator('.timeline-svg .event-mark').evaluateAll((marks) => marks.map((g) => g.getAttribute('data-event'))));
	const clustered = await page.locator('.timeline-svg .cluster text').evaluateAll((texts) => texts.reduce((n, t) => n + Number(t.textContent), 0));
	expect(drawn.size + clustered, 'every event is drawn with its title or counted in a cluster').toBe(EVENTS.length);
}

test.describe('every event named without hover, at Fit all', () => {
	for (const [width, height] of [...DESKTOPS, [375, 740] as const, [390, 844] as const]) {
		test(`${width}×${height}: every mark titled or in a cluster; the headline event titled`, async ({ page, isMobile }) => {
			test.skip(isMobile !== width < 600, 'phones on the phone project, desktops on the desktop one');
			await page.setViewportSize({ width, height });
			await open(page);
			await expectEveryMarkNamed(page);
			const headline = markOf(page, HEADLINE.id).first();
			await expect(headline.locator('.label')).toHaveCount(1);
			const text = (await headline.locator('.label').textContent())!;
			expect(HEADLINE.title.startsWith(text.replace(/…$/, '').trimEnd()), `"${text}" is the headline's title, maybe cut short`).toBe(true);
			// A title cut short is whole in the tooltip (hover) and in the mark's accessible name (focus).
			const cut = page.locator('.timeline-svg .event-mark').filter({ has: page.locator('.label', { hasText: /…$/ }) });
			// Fit all on these screens is crowded enough that some titles are cut: the loop below is never empty.
			expect(await cut.count(), 'titles cut short at Fit all').toBeGreaterThan(0);
			for (const mark of await cut.all()) {
				const id = await mark.getAttribute('data-event');
				const title = EVENTS.find((e) => e.id === id)!.title;
				await expect(mark).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(title)}`));
			}
		});
	}
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('passages', () => {
	test('the selected event’s passages stand out; the others are quiet, and a switch hides them', async ({ page, isMobile }) => {
		test.skip(isMobile, 'the article panel beside the detail');
		await open(page);
		const id = HEADLINE.id;
		const [first] = passageKeys(id);
		const other = passageKeys(EVENTS.find((e) => e.id !== id && !e.passages.some((p) => HEADLINE.passages.some((q) => q.start < p.end && p.start < q.end)))!.id)[0]!;
		const style = (key: string) =>
			page.locator(`.article-text mark[data-passages~="${key}"]`).first().evaluate((mark) => {
				const link = mark.querySelector('a')!;
				const s = getComputedStyle(mark);
				const l = getComputedStyle(link);
				return { background: s.backgroundColor, underline: l.textDecorationLine, outline: s.outlineStyle };
			});
		const quiet = await style(other);
		expect(quiet.background, 'a passage of no selected event has no background').toBe('rgba(0, 0, 0, 0)');
		expect(quiet.underline, 'but is underlined').toContain('underline');
		await pressMark(page, id, false);
		await expect.poll(async () => (await style(first!)).background, FAST).not.toBe('rgba(0, 0, 0, 0)');
		expect((await style(first!)).outline, 'the passage being read is outlined').toBe('solid');
		await page.getByLabel('Underline every passage').uncheck();
		expect((await style(other)).underline).toBe('none');
		expect((await style(first!)).background, 'the selected event’s passages stay marked').not.toBe('rgba(0, 0, 0, 0)');
	});

	test('a passage of an undatable reference selects it: its detail, and its passages marked', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a click in the article panel');
		await open(page);
		const entry = DATA.undatable.find((e) => e.passages.length > 0)!;
		const title = (DATA as unknown as { undatable: { id: string; title: string }[] }).undatable.find((e) => e.id === entry.id)!.title;
		await page.locator(`.article-text mark[data-passages^="${entry.id}-1"] > a`).first().click();
		await expect(page.locator('#detail-title')).toHaveText(title);
		await expect(page.locator('.detail .when')).toHaveText('Mentioned without a date we can place');
		await expect(page).toHaveURL(new RegExp(`[?&]event=${entry.id}(&|$)`));
		for (let i = 1; i <= entry.passages.length; i++) await expect(page.locator(`.article-text mark[data-passages~="${entry.id}-${i}"]`).first()).toHaveClass(/\bactive\b/);
	});
});

test.describe('axe in every state of a passage and a mark, in both themes', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${colorScheme}: hovered, focused, current and selected`, async ({ page, isMobile }) => {
			test.skip(isMobile, 'hover and the panel are desktop states; the phone runs the selected state in explorer.spec.ts');
			test.slow(); // three full scans of the page
			await page.emulateMedia({ colorScheme });
			await open(page);
			await pressMark(page, HEADLINE.id, false);
			const current = page.locator('.article-text mark.current a').first();
			await current.hover();
			expect(await axeViolations(page, '#main'), 'hovered and current').toEqual([]);
			await current.focus();
			expect(await axeViolations(page, '#main'), 'focused and current').toEqual([]);
			await markOf(page, EVENTS[0]!.id).first().locator('.shape').hover();
			expect(await axeViolations(page, '#main'), 'a mark hovered, its passages tinted').toEqual([]);
		});
	}
});

test.describe('no layout shift while the page hydrates', () => {
	for (const [width, height] of [...DESKTOPS, [375, 740] as const]) {
		test(`${width}×${height}: cumulative layout shift < 0.05, and the timeline keeps its size`, async ({ browser, isMobile, pageErrors }) => {
			test.skip(isMobile !== width < 600, 'phones on the phone project, desktops on the desktop one');
			// The page before it hydrates: its own scripts blocked, the inline one in app.html still run (as before the bundle arrives).
			const plotSize = async (hydrate: boolean) => {
				const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch: isMobile });
				const page = await context.newPage();
				if (!hydrate) await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
				await page.addInitScript(() => {
					(window as unknown as { shifts: number }).shifts = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
							if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto('/');
				await expect(page.locator('.timeline-svg')).toHaveClass(hydrate ? /\binteractive\b/ : /^timeline-svg(?!.*interactive)/);
				await page.waitForTimeout(500);
				const svg = await box(page.locator('.timeline-svg'));
				const cls = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
				await context.close();
				return { height: svg.height, top: svg.y, cls };
			};
			const before = await plotSize(false);
			// Blocked, the app's entry fails to import, as it must; nothing else in that page may throw.
			expect(pageErrors.splice(0), 'errors in the page without its scripts').toEqual([expect.stringMatching(/^Failed to fetch dynamically imported module: .*\/_app\/immutable\//)]);
			const after = await plotSize(true);
			expect(after.cls, 'cumulative layout shift').toBeLessThan(0.05);
			expect(Math.abs(after.height - before.height), `timeline height ${before.height} → ${after.height}`).toBeLessThan(1);
			expect(Math.abs(after.top - before.top), `timeline top ${before.top} → ${after.top}`).toBeLessThan(1);
		});
	}
});

