import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	DATA,
	EVENTS,
	axeViolations,
	axisWindow,
	background,
	backgroundPoints,
	box,
	categoryLabel,
	centreOf,
	cssColour,
	dayLabels,
	dayOf,
	drag,
	event,
	expect,
	expectWindow,
	isInside,
	listOrder,
	markOf,
	open,
	param,
	passageKeys,
	passageLink,
	passageMark,
	pressMark,
	show,
	spanOf,
	test,
	touchGesture,
	urlWindow,
	type Window
} from './helpers.ts';

/** Polls often: most waits here are for a 450 ms animation, and the default backs off to 1 s. */
const FAST = { intervals: [50, 100, 150, 250] };
/**
 * A click on an invisible or covered element fails in seconds, not at the 30 s test timeout. A failure keeps a
 * trace of its actions, console and network, without DOM snapshots and screencast: on this long page those
 * cost about a fifth of the file's run time (error-context.md still has the page's ARIA snapshot).
 */
test.use({ actionTimeout: 5000, trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: true } });

const PASSAGE_COUNT = [...DATA.events, ...DATA.undatable].reduce((n, e) => n + e.passages.length, 0);
const currentWindow = (page: Page) => urlWindow(page.url());
/** Polls the URL's window until `check` holds; returns it. */
async function settle(page: Page, check: (w: Window | null) => boolean, message: string, timeout?: number): Promise<Window | null> {
	await expect.poll(() => check(currentWindow(page)), { ...FAST, timeout, message: `${message}; URL window is ${show(currentWindow(page))}` }).toBe(true);
	return currentWindow(page);
}
const near = (actual: number, expected: number, tolerance: number) => Math.abs(actual - expected) <= tolerance;

/** Zooms in to a quarter of the full span with the button, so a test of a gesture does not depend on a URL window. */
async function zoomInTwice(page: Page) {
	await page.emulateMedia({ reducedMotion: 'reduce' }); // no animation to wait for
	const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
	await zoomIn.click();
	const half = (await settle(page, (w) => w !== null, 'Zoom in'))!;
	await zoomIn.click();
	await settle(page, (w) => w !== null && spanOf(w) < spanOf(half) * 0.75, 'Zoom in again');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
}


test.describe('explorer: mouse (desktop)', () => {
	test.skip(({ isMobile }) => isMobile, 'wheel, mouse drag and hover are desktop gestures; the phone has its own touch tests');

	test('wheel over the plot zooms around the pointer and the axis switches to finer ticks', async ({ page }) => {
		await open(page);
		expect(currentWindow(page), 'the first view is the whole span').toBeNull();
		const full = await axisWindow(page);
		expect(dayLabels(full.labels), 'at full span the axis is in months or years').toEqual([]);

		// Zoom with the pointer on the publication line: that day must stay under the pointer.
		const svg = await box(page.locator('.timeline-svg'));
		const publishedLine = page.locator('.timeline-svg .published line');
		const lineX = async () => {
			const b = await box(publishedLine);
			return b.x + b.width / 2;
		};
		const publishedX = await lineX();
		// The pointer goes to a whole pixel (where the browser puts it): the line is at most half a pixel off it.
		const pointerX = Math.round(publishedX);
		await page.mouse.move(pointerX, svg.y + Math.min(svg.height / 2, 200));
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -500);

		// Wheel events more than 150 ms apart are separate gestures, each writing the URL: wait for the last one,
		// when the URL and the drawn axis agree.
		await expect
			.poll(
				async () => {
					const w = currentWindow(page);
					const axis = await axisWindow(page);
					return w !== null && spanOf(w) < spanOf(full) / 8 && Math.abs(w.start - axis.start) <= 1.5 && Math.abs(w.end - axis.end) <= 1.5;
				},
				{ ...FAST, message: `the wheel narrows the window; the URL names it (${show(currentWindow(page))})` }
			)
			.toBe(true);
		const zoomed = currentWindow(page)!;
		expect(zoomed.start).toBeGreaterThanOrEqual(full.start - 1);
		expect(zoomed.end).toBeLessThanOrEqual(full.end + 1);
		const axis = await axisWindow(page);
		expectWindow(axis, zoomed, 1.5, 'the axis draws the window the URL names');
		expect(dayLabels(axis.labels).length, `finer ticks after zooming in: ${axis.labels.join(' | ')}`).toBeGreaterThan(0);
		// Zooming about the pointer by k moves a point d px from it to k·d px from it: the publication day lands
		// where the pointer's day stayed put.
		const k = spanOf(full) / spanOf(zoomed);
		const publishedAfter = await lineX();
		expect(Math.abs(publishedAfter - (pointerX + (publishedX - pointerX) * k)), 'the day under the pointer stays under it').toBeLessThan(svg.width * 0.02);

		// And back out: the wheel the other way widens the window again.
		for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 500);
		await settle(page, (w) => w === null || near(spanOf(w), spanOf(zoomed) * 4, spanOf(zoomed)), 'the wheel the other way widens it');
	});

	test('dragging the plot pans: the window shifts by the distance dragged, its span unchanged', async ({ page }) => {
		await open(page);
		await zoomInTwice(page);
		const before = currentWindow(page)!;
		const svg = await box(page.locator('.timeline-svg'));
		const y = svg.y + 15; // the axis band, above the lanes
		const dx = svg.width * 0.3;
		await drag(page, { x: svg.x + svg.width * 0.7, y }, { x: svg.x + svg.width * 0.7 - dx, y }, false);

		const after = (await settle(page, (w) => w !== null && w.start > before.start + 5, 'dragging left shows later days'))!;
		const expectedShift = (dx / svg.width) * spanOf(before);
		expect(Math.abs(spanOf(after) - spanOf(before)), `span ${show(before)} → ${show(after)}`).toBeLessThanOrEqual(2);
		expect(Math.abs(after.start - before.start - expectedShift), `shift of ${show(before)} → ${show(after)}, expected ≈ ${expectedShift.toFixed(1)} d`).toBeLessThanOrEqual(
			Math.max(2, expectedShift * 0.1)
		);
		expect(param(page, 'event'), 'a drag selects nothing').toBeNull();
		expectWindow(await axisWindow(page), after, 1.5, 'the axis follows');
	});

	test('hovering a mark highlights its passages; hovering a passage highlights its mark', async ({ page }) => {
		const id = 'xi-biden-meeting-bali';
		const keys = passageKeys(id);
		await open(page);
		expect(keys.length).toBeGreaterThan(0);
		await expect(page.locator('.article-text mark.hovered')).toHaveCount(0);
		// What a reader sees: the passage's background turns to the hover colour, and back.
		const resting = await background(passageMark(page, keys[0]!));
		const hoverColour = await cssColour(page, '--passage-hover');
		expect(hoverColour, 'the hover colour differs from a resting passage').not.toBe(resting);
		await markOf(page, id).locator('.shape').hover();
		for (const key of keys) await expect(passageMark(page, key)).toHaveClass(/\bhovered\b/);
		for (const key of keys) await expect.poll(() => background(passageMark(page, key)), `passage ${key} shows the hover colour`).toBe(hoverColour);
		const hovered = await page.locator('.article-text mark.hovered').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.passages!));
		expect(hovered.length).toBeGreaterThanOrEqual(keys.length);
		for (const passages of hovered) expect(passages.split(' ').some((key) => keys.includes(key)), `hovered passage ${passages}`).toBe(true);
		// The title shows in a tooltip, unless the mark already carries it whole as its label (not cut short with "…").
		const tooltip = page.locator('.plot .tooltip');
		const label = markOf(page, id).locator('.label');
		if ((await label.count()) > 0 && !(await label.textContent())!.endsWith('…')) {
			await expect(label).toBeVisible();
			await expect(tooltip).toHaveCount(0);
		} else {
			await expect(tooltip).toBeVisible();
			await expect(tooltip.locator('strong')).toHaveText(event(id).title);
		}

		const other = 'g20-summit-bali';
		const otherShape = markOf(page, other).locator('.shape');
		const restingStroke = await otherShape.evaluate((shape) => getComputedStyle(shape).strokeWidth);
		await passageLink(page, passageKeys(other)[0]!).hover();
		await expect(markOf(page, other)).toHaveClass(/\bhovered\b/);
		await expect.poll(() => otherShape.evaluate((shape) => getComputedStyle(shape).strokeWidth), 'the hovered mark is outlined more strongly').not.toBe(restingStroke);
		await expect(markOf(page, id)).not.toHaveClass(/\bhovered\b/);
		await expect(page.locator('.article-text mark.hovered').first()).toBeVisible();
		for (const key of keys) await expect.poll(() => background(passageMark(page, key)), `passage ${key} is back to rest`).toBe(resting);
		await page.mouse.move(0, 0);
		await expect(page.locator('.timeline-svg .event-mark.hovered')).toHaveCount(0);
		await expect(page.locator('.article-text mark.hovered')).toHaveCount(0);
	});

	test('the hover tooltip of a mark near the right edge is whole and inside the plot', async ({ page }) => {
		await open(page);
		// The rightmost drawn mark whose title is cut short: the tooltip gives it whole, with the least room.
		const id = await page.locator('.timeline-svg .event-mark').evaluateAll((gs) => {
			const cut = gs.filter((g) => g.querySelector('.label')?.textContent?.endsWith('…'));
			const right = (g: Element) => g.querySelector('.shape')!.getBoundingClientRect().right;
			return cut.sort((a, b) => right(b) - right(a))[0]?.getAttribute('data-event') ?? null;
		});
		expect(id, 'a mark whose title is cut short').not.toBeNull();
		await markOf(page, id!).locator('.shape').hover();
		const tooltip = page.locator('.plot .tooltip');
		await expect(tooltip).toContainText(event(id!).title);
		const [tip, frame, title] = await Promise.all([box(tooltip), box(page.locator('.plot-frame')), box(tooltip.locator('strong'))]);
		expect(tip.y, 'tooltip top inside the plot frame').toBeGreaterThanOrEqual(frame.y - 1);
		expect(tip.x + tip.width, 'tooltip right edge inside the plot frame').toBeLessThanOrEqual(frame.x + frame.width + 1);
		expect(title.height, `the title is on one or two lines, not squeezed (tooltip ${tip.width.toFixed(0)} px wide)`).toBeLessThan(50);
	});
});

test.describe('explorer: zoom and pan', () => {
	test('zoom buttons and the +, - and 0 keys change the window; Fit all shows everything', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' }); // each step lands at once (the animated path is tested below)
		await open(page);
		const full = await axisWindow(page);
		const spanNear = (fraction: number) => (w: Window | null) =>
			w !== null && near(spanOf(w), spanOf(full) * fraction, spanOf(full) * fraction * 0.03 + 2);

		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const half = (await settle(page, spanNear(1 / 2), 'Zoom in halves the span'))!;
		expect(Math.abs(centreOf(half) - centreOf(full)), 'zooming with a button keeps the centre').toBeLessThanOrEqual(2);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await settle(page, spanNear(1 / 4), 'Zoom in again halves it again');
		await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
		await settle(page, spanNear(1 / 2), 'Zoom out doubles it');
		expectWindow(await axisWindow(page), currentWindow(page)!, 1.5, 'the axis follows the buttons');

		// The keys work on the focused timeline.
		await page.locator('.timeline-svg .event-mark[tabindex="0"]').focus();
		await page.keyboard.press('+');
		await settle(page, spanNear(1 / 4), '+ zooms in');
		await page.keyboard.press('+');
		await settle(page, spanNear(1 / 8), '+ zooms in again');
		await page.keyboard.press('-');
		await settle(page, spanNear(1 / 4), '- zooms out');
		await page.keyboard.press('0');
		await settle(page, (w) => w === null, '0 fits everything (no from/to in the URL)');
		expectWindow(await axisWindow(page), full, 1.5, 'after 0');

		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await settle(page, spanNear(1 / 2), 'Zoom in');
		await page.getByRole('button', { name: 'Fit all', exact: true }).click();
		await settle(page, (w) => w === null, 'Fit all removes from/to');
		expectWindow(await axisWindow(page), full, 1.5, 'after Fit all');
	});

	test('a window from the URL is where gestures and buttons start from', async ({ page }) => {
		await open(page, '/?from=2022-01-01&to=2022-06-30');
		const before = currentWindow(page)!;
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const after = (await settle(page, (w) => w !== null && spanOf(w) < spanOf(before) * 0.75, 'Zoom in narrows the linked window'))!;
		expect(Math.abs(spanOf(after) - spanOf(before) / 2), `${show(before)} → ${show(after)}`).toBeLessThanOrEqual(3);
		expect(Math.abs(centreOf(after) - centreOf(before)), `${show(before)} → ${show(after)}`).toBeLessThanOrEqual(3);
	});

	test('the overview brush: dragging it moves the window, a click beside it centres the view there', async ({ page, isMobile }) => {
		await open(page, '/?from=2022-01-01&to=2022-06-30');
		const overview = page.locator('svg.overview');
		/** The brush selection in page px (from its attributes: a box would include the stroke). */
		const brush = async () => {
			await overview.scrollIntoViewIfNeeded();
			const ov = await box(overview);
			const { x, width } = await page
				.locator('svg.overview .brush .selection')
				.evaluate((rect) => ({ x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) }));
			const scale = ov.width / (await overview.evaluate((svg: SVGSVGElement) => svg.viewBox.baseVal.width));
			return { ov, x: ov.x + x * scale, width: width * scale, y: ov.y + ov.height / 2 };
		};
		const before = currentWindow(page)!;
		let b = await brush();
		expect(b.width, 'the brush covers the visible window, not the whole span').toBeLessThan(b.ov.width * 0.5);
		const daysPerPx = spanOf(before) / b.width;

		const dx = -b.ov.width * 0.2;
		const x = b.x + b.width / 2;
		await drag(page, { x, y: b.y }, { x: x + dx, y: b.y }, isMobile);
		const moved = (await settle(page, (w) => w !== null && w.start < before.start - 10, 'dragging the brush left shows earlier days'))!;
		expect(Math.abs(spanOf(moved) - spanOf(before)), `span ${show(before)} → ${show(moved)}`).toBeLessThanOrEqual(2);
		expect(Math.abs(moved.start - before.start - dx * daysPerPx), `${show(before)} → ${show(moved)}`).toBeLessThanOrEqual(
			Math.max(3, Math.abs(dx * daysPerPx) * 0.1)
		);
		expectWindow(await axisWindow(page), moved, 1.5, 'the plot follows the brush');

		// A click (tap) on the overview away from the brush: the view centres on that day, at the same zoom.
		// (The plot's height follows its rows, so the overview may have moved: measure again.)
		b = await brush();
		const clickX = b.ov.x + b.ov.width * 0.12;
		expect(clickX < b.x - 10 || clickX > b.x + b.width + 10, 'the click is outside the brush').toBe(true);
		const target = moved.start + (clickX - b.x) * (spanOf(moved) / b.width);
		if (isMobile) await page.touchscreen.tap(clickX, b.y);
		else await page.mouse.click(clickX, b.y);
		const centred = (await settle(page, (w) => w !== null && w.start < moved.start - 30, 'the click moves the view'))!;
		expect(Math.abs(centreOf(centred) - target), `centred on ${show(centred)}, clicked day ${target.toFixed(0)}`).toBeLessThanOrEqual(
			Math.max(3, 2 * daysPerPx)
		);
		expect(Math.abs(spanOf(centred) - spanOf(moved)), 'same zoom').toBeLessThanOrEqual(2);
		await expect(page.locator('svg.overview .brush .selection'), 'the brush stays on the window').toBeVisible();
	});
});

test.describe('explorer: selection', () => {
	test('after hydration every event is drawn: a visible SVG mark inside the plot, or counted in a cluster', async ({ page }) => {
		await open(page);
		const drawn = await page.locator('.timeline-svg .event-mark').evaluateAll((gs) =>
			gs.map((g) => {
				const shape = g.querySelector('.shape')!.getBoundingClientRect();
				return { id: (g as SVGElement).dataset.event!, svg: g.namespaceURI === 'http://www.w3.org/2000/svg', width: shape.width, height: shape.height };
			})
		);
		const clustered = await page.locator('.timeline-svg .cluster text').evaluateAll((ts) => ts.reduce((n, t) => n + Number(t.textContent), 0));
		expect(drawn.length + clustered, 'marks and clusters cover every event').toBe(EVENTS.length);
		expect(drawn.length, 'some events are drawn as marks').toBeGreaterThan(0);
		for (const mark of drawn) {
			expect(mark.svg, `${mark.id} is an SVG element (an HTML <g> is not rendered)`).toBe(true);
			expect(mark.width * mark.height, `${mark.id} has a visible shape`).toBeGreaterThan(0);
			await expect(markOf(page, mark.id)).toBeVisible();
		}
	});

	test('clicking a mark selects its event, highlights its passages and scrolls the first into the article panel', async ({ page, isMobile }) => {
		// The event whose first passage is deepest in the article: the panel must scroll to show it.
		const id = [...EVENTS].sort((a, b) => b.passages[0]!.start - a.passages[0]!.start)[0]!.id;
		const keys = passageKeys(id);
		await open(page);
		const panel = page.locator('.article-panel');
		// Wide screens only: on a phone the article is part of the page, not a panel that scrolls.
		if (!isMobile) expect(await isInside(passageMark(page, keys[0]!), panel), 'the passage starts out of the panel’s view').toBe(false);

		await pressMark(page, id, !!isMobile);
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(id).title);
		await expect(markOf(page, id)).toHaveClass(/\bselected\b/);
		await expect(markOf(page, id)).toHaveAttribute('aria-current', 'true');

		const active = await page.locator('.article-text mark.active').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.passages!));
		expect(active.length).toBeGreaterThanOrEqual(keys.length);
		for (const passages of active) expect(passages.split(' ').some((key) => keys.includes(key)), `active passage ${passages}`).toBe(true);
		for (const key of keys) await expect(passageMark(page, key)).toHaveClass(/\bactive\b/);
		await expect(passageMark(page, keys[0]!)).toHaveClass(/\bcurrent\b/);
		// Seen, not only classed: the selected event's passages in the target colour, the one being read outlined.
		const target = await cssColour(page, '--passage-target');
		for (const key of keys) await expect.poll(() => background(passageMark(page, key)), `passage ${key} in the selection's colour`).toBe(target);
		expect(await passageMark(page, keys[0]!).evaluate((mark) => getComputedStyle(mark).outlineStyle), 'the passage being read is outlined').toBe('solid');
		// Beside the detail (wide screens) the panel scrolls to the passage; on a phone the detail sheet quotes it.
		if (isMobile) await expect(page.locator('.detail .passage-text')).toHaveText(event(id).passages[0]!.exact);
		else await expect.poll(() => isInside(passageMark(page, keys[0]!), panel), { ...FAST, message: 'first passage scrolled into the panel' }).toBe(true);
	});

	test('a link that names an unknown event or actor opens the timeline with a visible note that names it', async ({ page }) => {
		await open(page, '/?event=no-such-event&actors=RU,atlantis');
		const note = page.getByRole('status').filter({ hasText: 'This link asked for something' });
		await expect(note).toContainText('no event has the id "no-such-event"');
		await expect(note).toContainText('"atlantis"');
		await expect(page.locator('#detail-title')).toHaveCount(0);
		await note.getByRole('button', { name: 'Dismiss this note' }).click();
		await expect(note).toHaveCount(0);
	});

	test('clicking a passage in the article selects its event and brings its mark into the plot', async ({ page }) => {
		const id = 'russia-invades-ukraine';
		await open(page, '/?from=2020-01-01&to=2020-06-30');
		await expect(markOf(page, id), 'the event starts out of view').toHaveCount(0);
		await passageLink(page, passageKeys(id)[0]!).click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(id).title);
		const shape = markOf(page, id).locator('.shape');
		await expect
			.poll(() => isInside(shape, page.locator('.timeline-svg')), { ...FAST, message: 'the mark is within the visible plot' })
			.toBe(true);
		const w = (await settle(page, (w) => w !== null && w.start <= dayOf('2022-02-24') && w.end > dayOf('2022-02-25'), 'the URL window includes the day'))!;
		expectWindow(await axisWindow(page), w, 1.5, 'the axis follows');
	});

	test('the "?" of an uncertain date is drawn inside the plot', async ({ page }) => {
		await open(page);
		const uncertain = EVENTS.filter((e) => /\?/.test(e.date)).map((e) => e.id);
		const drawn = await page.locator('.timeline-svg .event-mark').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event')!));
		const shown = uncertain.filter((id) => drawn.includes(id));
		expect(shown.length, 'some uncertain events are drawn at full span').toBeGreaterThan(0);
		for (const id of shown) {
			const mark = markOf(page, id).locator('.uncertain');
			await expect(mark, `${id} has a "?"`).toHaveCount(1);
			expect(await isInside(mark, page.locator('.timeline-svg')), `the "?" of ${id} is inside the plot`).toBe(true);
		}
	});

	test('URL round trip: a shared link opens the event and window; back and forward restore selections', async ({ page, isMobile }) => {
		const first = 'xi-putin-video-call';
		// Drawn in the linked window (the diplomacy lane's events of late 2022 gather into a cluster there).
		const second = 'g20-summit-bali';
		const linked = { start: dayOf('2022-06-01'), end: dayOf('2023-01-31') + 1 };
		await open(page, `/?event=${first}&from=2022-06-01&to=2023-01-31`);
		await expect(page.locator('#detail-title')).toHaveText(event(first).title);
		const axis = await axisWindow(page);
		expectWindow(axis, linked, 1.5, 'the axis shows the linked window');
		expect(axis.labels.some((label) => /2023/.test(label)), `ticks ${axis.labels.join(' | ')}`).toBe(true);
		expectWindow(currentWindow(page), linked, 0, 'the URL keeps the window');
		await expect(markOf(page, first)).toHaveClass(/\bselected\b/);

		await pressMark(page, second, !!isMobile);
		await expect(page).toHaveURL(new RegExp(`[?&]event=${second}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(second).title);

		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${first}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(first).title);
		await expect(markOf(page, first)).toHaveClass(/\bselected\b/);
		expectWindow(currentWindow(page), linked, 0, 'back restores the window too');
		await expect.poll(async () => spanOf(await axisWindow(page)), { ...FAST, message: 'the plot shows the restored window' }).toBeCloseTo(spanOf(linked), -1);

		await page.goForward();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${second}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(second).title);
		await expect(markOf(page, second)).toHaveClass(/\bselected\b/);
	});

	test('keyboard only: Tab reaches the timeline, arrows visit every event in time order, Home/End jump, Enter selects', async ({ page, pageErrors }) => {
		await open(page);
		const order = await listOrder(page);
		expect(order).toHaveLength(EVENTS.length);
		const focusedEvent = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);

		let tabs = 0;
		while ((await focusedEvent()) === null && tabs < 25) {
			await page.keyboard.press('Tab');
			tabs++;
		}
		expect(tabs, 'Tab presses from the page start to the timeline').toBeLessThanOrEqual(15);
		test.info().annotations.push({ type: 'tabs to the timeline', description: String(tabs) });
		expect(await focusedEvent(), 'the tab stop is the first event in time order').toBe(order[0]);

		const visited = [(await focusedEvent())!];
		for (let i = 1; i < order.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(focusedEvent, { ...FAST, message: `ArrowRight #${i}: visited so far ${visited.join(', ')}` }).toBe(order[i]);
			visited.push(order[i]!);
		}
		expect(visited).toEqual(order);
		await page.keyboard.press('ArrowRight');
		await expect.poll(focusedEvent, { ...FAST, message: 'ArrowRight on the last event stays there' }).toBe(order.at(-1));
		await page.keyboard.press('Home');
		await expect.poll(focusedEvent, FAST).toBe(order[0]);
		await page.keyboard.press('End');
		await expect.poll(focusedEvent, FAST).toBe(order.at(-1));
		await page.keyboard.press('ArrowLeft');
		await expect.poll(focusedEvent, FAST).toBe(order.at(-2));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`[?&]event=${order.at(-2)}(&|$)`));
		expect(pageErrors, 'no errors on selecting').toEqual([]);
		await expect(page.locator('#detail-title')).toHaveText(event(order.at(-2)!).title);
		expect(await focusedEvent(), 'focus stays on the selected mark').toBe(order.at(-2));
	});

	test('arrow keys keep visiting events in order when the view is zoomed in', async ({ page }) => {
		await open(page, '/?from=2020-01-01&to=2020-03-31');
		const order = await listOrder(page);
		const focusedEvent = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);
		await page.locator('.timeline-svg .event-mark[tabindex="0"]').focus();
		const start = order.indexOf((await focusedEvent())!);
		expect(start).toBeGreaterThanOrEqual(0);
		for (let i = start + 1; i < order.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(focusedEvent, { ...FAST, message: `ArrowRight to ${order[i]} (zoomed in)`, timeout: 2000 }).toBe(order[i]);
			await expect
				.poll(() => isInside(page.locator('.timeline-svg .event-mark:focus .shape').first(), page.locator('.timeline-svg'), 40), {
					...FAST,
					message: `the focused mark ${order[i]} is brought into view`
				})
				.toBe(true);
		}
	});

	test('selecting a clustered event with the keyboard draws it once, without errors', async ({ page, pageErrors }) => {
		await page.setViewportSize({ width: 412, height: 900 });
		await open(page);
		const order = await listOrder(page);
		const drawn = new Set(await page.locator('.timeline-svg .event-mark').evaluateAll((gs) => gs.map((g) => (g as SVGElement).dataset.event!)));
		const clustered = order.filter((id) => !drawn.has(id));
		expect(clustered.length, 'at 412 px some events are clustered at full span').toBeGreaterThan(0);
		const target = clustered[0]!;
		const focusedEvent = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);
		await page.locator('.timeline-svg .event-mark[tabindex="0"]').focus();
		for (let i = order.indexOf((await focusedEvent())!); i < order.indexOf(target); i++) await page.keyboard.press('ArrowRight');
		await expect.poll(focusedEvent, FAST).toBe(target);
		await expect(markOf(page, target), 'the focused event is drawn out of its cluster').toHaveCount(1);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`[?&]event=${target}(&|$)`));
		expect(pageErrors, 'no errors on selecting').toEqual([]);
		await expect(page.locator('#detail-title')).toHaveText(event(target).title);
		await expect(markOf(page, target), 'focused and selected: still one mark').toHaveCount(1);
	});

	for (const key of ['Enter', 'Space'])
		test(`a cluster opened with ${key} zooms to its events and hands the focus to the first of them`, async ({ page }) => {
			await open(page);
			// A cluster whose label names all its events (up to three are named).
			const cluster = page.locator('.timeline-svg .cluster').filter({ has: page.locator('text', { hasText: /^[23]$/ }) }).first();
			const label = (await cluster.getAttribute('aria-label'))!;
			const members = EVENTS.filter((e) => label.includes(e.title)).map((e) => e.id);
			expect(members.length, label).toBe(Number(label.match(/^Group of (\d+)/)![1]));
			const first = (await listOrder(page)).find((id) => members.includes(id))!;
			// Focused as a screen reader's cursor or a click would focus it (it is off the tab order, like every mark but one).
			await cluster.focus();
			await page.keyboard.press(key);
			const focusedEvent = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);
			await expect.poll(focusedEvent, { message: 'the focus is on the first of the events, not lost with the cluster' }).toBe(first);
			await expect(page).toHaveURL(/[?&]from=/);
			await expect(markOf(page, first)).toBeVisible();
		});

	test('an event with several passages: Next and Previous passage move .current and scroll the panel', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' }); // the panel scrolls at once: nothing to wait for
		const id = [...EVENTS].sort((a, b) => b.passages.length - a.passages.length)[0]!.id;
		const keys = passageKeys(id);
		expect(keys.length).toBeGreaterThan(2);
		await open(page, `/?event=${id}`);
		const panel = page.locator('.article-panel');
		const expectCurrent = async (n: number) => {
			const key = keys[n - 1]!;
			await expect(page.locator('.detail').getByRole('link', { name: `Passage ${n} of ${keys.length}` })).toBeVisible();
			await expect(passageMark(page, key)).toHaveClass(/\bcurrent\b/);
			const current = await page.locator('.article-text mark.current').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.passages!));
			expect(current.length).toBeGreaterThan(0);
			for (const passages of current) expect(passages.split(' '), `.current on passage ${n}`).toContain(key);
			await expect.poll(() => isInside(passageMark(page, key), panel), { ...FAST, message: `passage ${n} scrolled into the panel` }).toBe(true);
		};
		await expectCurrent(1);
		for (let n = 2; n <= keys.length; n++) {
			await page.getByRole('button', { name: 'Next passage' }).click();
			await expectCurrent(n);
		}
		await page.getByRole('button', { name: 'Next passage' }).click();
		await expectCurrent(1); // wraps around
		await page.getByRole('button', { name: 'Previous passage' }).click();
		await expectCurrent(keys.length);
		await page.getByRole('button', { name: 'Previous passage' }).click();
		await expectCurrent(keys.length - 1);
	});

	test('"Read this passage in the original" links to the publisher at the current passage with a text fragment', async ({ page }) => {
		const id = 'xi-visit-to-russia';
		await open(page, `/?event=${id}`);
		const link = page.getByRole('link', { name: /Read this passage in the original/ });
		const first = decodeURIComponent((await link.getAttribute('href'))!.split('#:~:text=')[1]!);
		expect(first.split(' ').slice(0, 3).join(' ')).toBe(event(id).passages[0]!.exact.split(/\s+/).slice(0, 3).join(' '));
		await page.getByRole('button', { name: 'Next passage' }).click();
		const second = decodeURIComponent((await link.getAttribute('href'))!.split('#:~:text=')[1]!);
		expect(second.split(' ').slice(0, 3).join(' ')).toBe(event(id).passages[1]!.exact.split(/\s+/).slice(0, 3).join(' '));
		expect(await link.getAttribute('href')).toMatch(/^https:\/\/moderndiplomacy\.eu\/2023\/02\/04\/[^#]+#:~:text=/);
	});

	test('Earlier / Later step through every event in time order', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' }); // the view jumps to each event: no animation to wait for
		const start = EVENTS[0]!.id; // the first in the data file, wherever it falls in time
		await open(page, `/?event=${start}`);
		const ids = await listOrder(page);
		expect(ids).toHaveLength(EVENTS.length);
		const earlier = page.getByRole('button', { name: /Earlier/ });
		const later = page.getByRole('button', { name: /Later/ });
		const expectSelected = async (id: string) => {
			await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
			await expect(page.locator('#detail-title')).toHaveText(event(id).title);
		};
		// Back to the first event in time order, then forward to the last.
		for (let i = ids.indexOf(start) - 1; i >= 0; i--) {
			await earlier.click();
			await expectSelected(ids[i]!);
		}
		await expect(earlier).toBeDisabled();
		for (let i = 1; i < ids.length; i++) {
			await later.click();
			await expectSelected(ids[i]!);
		}
		await expect(later).toBeDisabled();
		await earlier.click();
		await expectSelected(ids.at(-2)!);
		await page.goBack();
		await expect(page.locator('#detail-title'), 'each step is a history entry').toHaveText(event(ids.at(-1)!).title);
	});
});

test.describe('explorer: lanes and filters', () => {
	test('By actor draws each event in the lane of each of its actors; the filters go in the URL and update the count', async ({ page }) => {
		await open(page);
		const laneLabels = () => page.locator('.timeline-svg .lane-label').allTextContents();
		const categories = [...new Set(EVENTS.map((e) => e.category))];
		expect((await laneLabels()).sort()).toEqual(categories.map((c) => categoryLabel(c)).sort());

		const view = page.getByRole('button', { name: /^View/ });
		await view.click();
		await page.getByRole('radio', { name: 'By actor' }).check();
		await expect(page).toHaveURL(/[?&]lanes=actor(&|$)/);
		await expect(page.locator('#view-panel')).toContainText('an event with several actors is drawn in the lane of each');
		// Every actor that has an event gets a lane (Ukraine and the United States among them).
		const actorLanes = [...new Set(EVENTS.flatMap((e) => e.actors.map((a) => DATA.actors[a]!.name)))].sort();
		await expect.poll(async () => (await laneLabels()).sort(), FAST).toEqual(actorLanes);
		// Each (event, actor) pair is drawn once, or counted once in a cluster.
		const drawnPairs = () =>
			page.evaluate(() => {
				const marks = document.querySelectorAll('.timeline-svg .event-mark').length;
				const clustered = [...document.querySelectorAll('.timeline-svg .cluster text')].reduce((n, t) => n + Number(t.textContent), 0);
				return marks + clustered;
			});
		const pairs = (events: typeof EVENTS) => events.reduce((n, e) => n + e.actors.length, 0);
		expect(await drawnPairs()).toBe(pairs(EVENTS));
		await page.getByRole('radio', { name: 'By category' }).check();
		await expect.poll(() => param(page, 'lanes'), FAST).toBeNull();
		await page.getByRole('radio', { name: 'By actor' }).check();
		await expect(page).toHaveURL(/[?&]lanes=actor(&|$)/);

		// The most common category, so the change is large.
		const counts = new Map<string, number>();
		for (const e of EVENTS) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
		const [category, removed] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
		const label = categoryLabel(category);
		const total = EVENTS.length;
		await expect(page.getByText(`${total} of ${total} events`)).toBeAttached();
		await page.getByRole('checkbox', { name: new RegExp(`^${label}\\b`) }).uncheck();
		await expect(page.getByText(`${total - removed} of ${total} events`)).toBeAttached();
		await expect(page.locator(`.timeline-svg .event-mark[data-category="${category}"]`)).toHaveCount(0);
		expect(await drawnPairs(), 'marks plus clustered events cover the events shown, once per actor').toBe(pairs(EVENTS.filter((e) => e.category !== category)));
		expect(param(page, 'categories')!.split(',').sort()).toEqual(categories.filter((c) => c !== category).sort());
		expect(param(page, 'lanes')).toBe('actor');

		// Unticking an actor hides the events none of whose actors is ticked, and is kept in the URL.
		const actor = 'UA';
		const name = DATA.actors[actor]!.name;
		await page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).uncheck();
		await expect.poll(() => param(page, 'actors')?.split(',').includes(actor), FAST).toBe(false);
		const left = EVENTS.filter((e) => e.category !== category && e.actors.some((a) => a !== actor));
		await expect(page.getByText(`${left.length} of ${total} events`)).toBeAttached();
		await expect.poll(async () => (await laneLabels()).includes(name), FAST).toBe(false);

		await page.reload();
		await open(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
		await expect(page.getByText(`${left.length} of ${total} events`)).toBeAttached();
		await view.click();
		await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) })).not.toBeChecked();
		await page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
		await page.getByRole('checkbox', { name: new RegExp(`^${label}\\b`) }).check();
		await expect(page.getByText(`${total} of ${total} events`)).toBeAttached();
		await expect.poll(() => [param(page, 'categories'), param(page, 'actors')], FAST).toEqual([null, null]);
	});
});

test.describe('explorer: the last category', () => {
	test('unticking every category leaves the last one ticked, held and explained, never everything shown again', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: /^View/ }).click();
		const boxes = page.getByRole('group', { name: 'Categories' }).getByRole('checkbox');
		const count = await boxes.count();
		expect(count, 'the timeline has several categories').toBeGreaterThan(1);
		for (let i = 0; i < count - 1; i++) await boxes.nth(i).uncheck();
		const lastBox = boxes.nth(count - 1);
		await expect(lastBox).toBeChecked();
		await expect(lastBox).toBeDisabled();
		await expect(lastBox).toHaveAccessibleDescription(/One category stays ticked/);
		// Only its events are shown, and the link says so.
		const label = (await lastBox.evaluate((box) => box.closest('label')!.textContent!)).replace(/\(\d+\)/, '').trim();
		const kept = EVENTS.filter((e) => categoryLabel(e.category) === label);
		expect(kept.length).toBeGreaterThan(0);
		await expect(page.getByText(`${kept.length} of ${EVENTS.length} events`)).toBeAttached();
		expect(param(page, 'categories')).toBe(kept[0]!.category);
		// Another ticked, the held one is free again.
		await boxes.first().check();
		await expect(lastBox).toBeEnabled();
		await expect(page.locator('#last-category')).toHaveCount(0);
	});
});

test.describe('explorer: accessibility', () => {
	// home.spec.ts scans the whole page in light and dark with nothing selected, and the toggle test below scans
	// it again in the chosen dark theme; this adds the explorer in its selected state (detail, active passages).
	test('no axe violations with an event selected, in light and in dark', async ({ page, isMobile }) => {
		test.slow(); // two full scans of the page: over 30 s on a busy two-core machine
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page);
		await pressMark(page, 'russia-invades-ukraine', !!isMobile);
		await expect(page.locator('#detail-title')).toBeVisible();
		expect(await axeViolations(page, '#main'), 'light').toEqual([]);
		if (isMobile) return; // the colours do not depend on the device: the dark scan runs on the desktop
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.getByRole('button', { name: 'Next passage' }).click();
		await expect(page.locator('.detail').getByRole('link', { name: /Passage 2 of/ })).toBeVisible();
		expect(await axeViolations(page, '#main'), 'dark').toEqual([]);
	});

	test('the theme toggle sets data-theme on <html>, and the dark theme passes axe', async ({ page, isMobile }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page);
		const html = page.locator('html');
		const toggle = page.getByRole('button', { name: /^Theme:/ });
		await expect(toggle).toHaveText(/Theme: Auto/);
		await expect(html).not.toHaveAttribute('data-theme');
		await toggle.click();
		await expect(toggle).toHaveText(/Theme: Light/);
		await expect(html).toHaveAttribute('data-theme', 'light');
		await toggle.click();
		await expect(toggle).toHaveText(/Theme: Dark/);
		await expect(html).toHaveAttribute('data-theme', 'dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!, `dark background, got ${background}`).toBeLessThan(3 * 100);
		// The colours do not depend on the device: one scan (on the desktop) is enough.
		if (!isMobile) expect(await axeViolations(page)).toEqual([]);

		await page.reload();
		await expect(html, 'the choice is kept').toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveText(/Theme: Dark/);
		await toggle.click();
		await expect(html).not.toHaveAttribute('data-theme');
		await expect(toggle).toHaveText(/Theme: Auto/);
	});
});

test.describe('explorer: touch (phone)', () => {
	test.skip(({ isMobile }) => !isMobile, 'touch gestures');

	test('tapping a mark selects its event', async ({ page, isMobile }) => {
		const id = 'russia-invades-ukraine';
		await open(page);
		await pressMark(page, id, !!isMobile);
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
		await expect(page.locator('#detail-title')).toHaveText(event(id).title);
		await expect(page.locator('#detail-title')).toBeInViewport();
	});

	test('a one-finger horizontal swipe pans the plot', async ({ page }) => {
		await open(page);
		await zoomInTwice(page);
		const before = currentWindow(page)!;
		await page.locator('.timeline-svg').scrollIntoViewIfNeeded();
		const svg = await box(page.locator('.timeline-svg'));
		const [start] = await backgroundPoints(page, 1, 0);
		const dx = Math.min(svg.width * 0.4, start!.x - svg.x - 5);
		await touchGesture(page, [start!], [{ x: start!.x - dx, y: start!.y }]);
		const after = (await settle(page, (w) => w !== null && w.start > before.start + 5, 'swiping left shows later days'))!;
		const expectedShift = (dx / svg.width) * spanOf(before);
		expect(Math.abs(spanOf(after) - spanOf(before)), `span ${show(before)} → ${show(after)}`).toBeLessThanOrEqual(2);
		expect(Math.abs(after.start - before.start - expectedShift), `${show(before)} → ${show(after)}, expected shift ≈ ${expectedShift.toFixed(1)} d`).toBeLessThanOrEqual(
			Math.max(3, expectedShift * 0.15)
		);
		expect(param(page, 'event'), 'a swipe selects nothing').toBeNull();
	});

	test('a two-finger pinch zooms in', async ({ page }) => {
		await open(page);
		const full = await axisWindow(page);
		await page.locator('.timeline-svg').scrollIntoViewIfNeeded();
		const [a, b] = await backgroundPoints(page, 2, 60);
		const mid = (a!.x + b!.x) / 2;
		await touchGesture(page, [a!, b!], [{ x: mid - 120, y: a!.y }, { x: mid + 120, y: b!.y }]);
		const zoomed = (await settle(page, (w) => w !== null && spanOf(w) < spanOf(full) / 2, 'the pinch narrows the window'))!;
		expect(spanOf(zoomed) / spanOf(full), `${show(zoomed)}: fingers 4× further apart`).toBeGreaterThan(1 / 6);
		expect(spanOf(zoomed) / spanOf(full)).toBeLessThan(1 / 3);
		expectWindow(await axisWindow(page), zoomed, 2, 'the axis follows the pinch');
	});

	test('a pinch that starts on event marks still ends: the URL gets the new window', async ({ page }) => {
		await open(page);
		const full = await axisWindow(page);
		await page.locator('.timeline-svg').scrollIntoViewIfNeeded();
		const svg = await box(page.locator('.timeline-svg'));
		// A label near the middle of the plot, and a second finger on the background beside it.
		const labels = await page.locator('.timeline-svg .event-mark .label').all();
		let start: { x: number; y: number } | undefined;
		for (const label of labels) {
			const b = await label.boundingBox();
			if (b && b.x > svg.x + svg.width * 0.2 && b.x < svg.x + svg.width * 0.6 && b.y > 0) {
				start = { x: b.x + Math.min(10, b.width / 2), y: b.y + b.height / 2 };
				break;
			}
		}
		expect(start, 'a label away from the edges').toBeDefined();
		const other = { x: start!.x + 60, y: start!.y };
		await touchGesture(page, [start!, other], [{ x: start!.x - 60, y: start!.y }, { x: other.x + 120, y: other.y }]);
		// The URL is written when the gesture ends, at once: no need to wait long.
		await settle(page, (w) => w !== null && spanOf(w) < spanOf(full) / 2, 'after the pinch ends, the URL has the zoomed window', 2000);
	});

	test('no horizontal overflow at 320 px, with and without a selection', async ({ page, isMobile }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await open(page);
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
		expect(await overflow()).toBeLessThanOrEqual(320);
		await page.getByRole('button', { name: /^View/ }).click();
		await expect(page.locator('#view-panel')).toBeVisible();
		expect(await overflow(), 'with the filters open').toBeLessThanOrEqual(320);
		await page.keyboard.press('Escape');
		await expect(page.locator('#view-panel')).toBeHidden();
		await pressMark(page, 'russia-invades-ukraine', !!isMobile);
		await expect(page.locator('#detail-title')).toBeVisible();
		expect(await overflow(), 'with an event selected').toBeLessThanOrEqual(320);
		await expect(page.locator('#detail-title')).toBeInViewport();
	});
});

test.describe('explorer without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered timeline shows every event at full span, with the list and the article; controls are hidden', async ({ page }) => {
		await page.goto('/?from=2022-06-01&to=2022-06-30&event=xi-visit-to-russia');
		const svg = page.locator('.timeline-svg');
		await expect(svg).toBeVisible();
		await expect(svg).not.toHaveClass(/\binteractive\b/);
		const ids = await page.locator('.timeline-svg .event-mark').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.event!));
		const clustered = await page.locator('.timeline-svg .cluster text').evaluateAll((ts) => ts.reduce((n, t) => n + Number(t.textContent), 0));
		expect(ids.length, 'some events are drawn as marks').toBeGreaterThan(0);
		expect(new Set(ids).size, 'no event drawn twice').toBe(ids.length);
		for (const id of ids) expect(EVENTS.map((e) => e.id)).toContain(id);
		expect(ids.length + clustered, 'marks and clusters cover every event').toBe(EVENTS.length);

		// Full span: every event's day is on the axis, and the overview window is the whole track.
		const axis = await axisWindow(page);
		const years = EVENTS.flatMap((e) => `${e.date} ${e.recorded?.date ?? ''}`.match(/\d{4}/g)!.map(Number));
		expect(axis.start, `axis ${show(axis)}`).toBeLessThanOrEqual(dayOf(`${Math.min(...years)}-01-01`));
		expect(axis.end, `axis ${show(axis)}`).toBeGreaterThanOrEqual(dayOf(`${Math.max(...years)}-01-01`));
		const overview = await page.locator('svg.overview').evaluate((o: SVGSVGElement) => {
			const w = o.querySelector('rect.window')!;
			return { width: o.viewBox.baseVal.width, x: Number(w.getAttribute('x')), w: Number(w.getAttribute('width')) };
		});
		expect(overview.x).toBeCloseTo(0, 0);
		expect(overview.w).toBeCloseTo(overview.width, 0);
		expect(await page.locator('.timeline-svg .event-mark.selected').count(), 'no selection without JavaScript').toBe(0);

		await expect(page.locator('.event-list > li')).toHaveCount(EVENTS.length);
		await expect(page.locator('.article-panel .article-text mark').first()).toBeVisible();
		await expect(page.locator('[id^="passage-"]')).toHaveCount(PASSAGE_COUNT);

		const needsJs = page.locator('.needs-js');
		expect(await needsJs.count()).toBeGreaterThan(0);
		for (const element of await needsJs.all()) await expect(element).toBeHidden();
		await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
		await expect(page.getByRole('button', { name: /^Theme:/ })).toBeHidden();
	});
});

test.describe('explorer with reduced motion', () => {
	test('selecting from the article moves the view at once, without animation', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, '/?from=2020-01-01&to=2020-06-30');
		const id = 'russia-invades-ukraine';
		const link = passageLink(page, passageKeys(id)[0]!);

		/** Records, frame by frame, the brush position (it follows the view) and the article panel's scroll. */
		const sample = (ms: number) =>
			page.evaluate((ms) => {
				const w = window as unknown as { __frames: Promise<{ brush: string[]; scroll: number[] }> };
				w.__frames = new Promise((resolve) => {
					const brush: string[] = [];
					const scroll: number[] = [];
					const t0 = performance.now();
					const frame = () => {
						brush.push(`${document.querySelector('svg.overview .brush .selection')?.getAttribute('x')}`);
						scroll.push(document.querySelector('.article-panel')!.scrollTop);
						if (performance.now() - t0 < ms) requestAnimationFrame(frame);
						else resolve({ brush, scroll });
					};
					requestAnimationFrame(frame);
				});
			}, ms);
		const frames = () => page.evaluate(() => (window as unknown as { __frames: Promise<{ brush: string[]; scroll: number[] }> }).__frames);

		await link.scrollIntoViewIfNeeded();
		await sample(900);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`), { timeout: 1000 });
		await settle(page, (w) => w !== null && w.start <= dayOf('2022-02-24') && w.end > dayOf('2022-02-25'), 'the window moves to the event');
		const reduced = await frames();
		expect(new Set(reduced.brush).size, `brush positions frame by frame: ${[...new Set(reduced.brush)].join(', ')}`).toBeLessThanOrEqual(2);
		expect(new Set(reduced.scroll).size, `panel scroll frame by frame: ${[...new Set(reduced.scroll)].join(', ')}`).toBeLessThanOrEqual(2);

		// The same measurement with motion allowed sees the animation, so the check above can tell them apart.
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		const far = EVENTS.find((e) => e.id === 'gas-exports-2020') ? 'gas-exports-2020' : EVENTS[0]!.id;
		const farLink = passageLink(page, passageKeys(far)[0]!);
		await farLink.scrollIntoViewIfNeeded();
		await sample(1500); // long enough for the 450 ms animation even on a busy machine
		await farLink.click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${far}(&|$)`));
		const animated = await frames();
		expect(new Set(animated.brush).size, 'with motion the view animates').toBeGreaterThan(3);
		// The text does not: the panel jumps to the passage, so it can be read at once.
		expect(new Set(animated.scroll).size, `panel scroll frame by frame: ${[...new Set(animated.scroll)].join(', ')}`).toBeLessThanOrEqual(2);
	});
});

test.describe('screenshots for review @screens', () => {
	test.skip(!process.env.SCREENS, 'set SCREENS=1 to write test-results/screens/*.png');

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${colorScheme}, an event selected @screens`, async ({ page }, info) => {
			await page.emulateMedia({ colorScheme });
			await open(page, '/?event=russia-invades-ukraine');
			await expect(page.locator('#detail-title')).toBeVisible();
			await page.locator('.timeline-svg').scrollIntoViewIfNeeded();
			// A tooltip in the picture too, where the mark can be hovered.
			await markOf(page, 'xi-visit-to-russia').locator('.shape').hover({ timeout: 2000 }).catch(() => {});
			await page.waitForTimeout(700); // let the zoom animation finish
			mkdirSync('test-results/screens', { recursive: true });
			const name = `test-results/screens/${info.project.name}-${colorScheme}`;
			await page.screenshot({ path: `${name}.png` });
			await page.screenshot({ path: `${name}-full.png`, fullPage: true });
		});
	}
});
