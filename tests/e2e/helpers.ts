/**
 * Shared helpers for the explorer's browser tests: the dataset (so expectations are derived, not hard-coded),
 * the visible window read two independent ways (from the URL and from the drawn axis), and gestures that work
 * with a mouse on the desktop project and with real touch events (CDP) on the phone project.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface DataEvent {
	id: string;
	title: string;
	/** EDTF */
	date: string;
	recorded?: { date: string };
	category: string;
	actors: string[];
	passages: { start: number; end: number; exact: string }[];
}

/** Where the built site is served for this run (playwright.config.ts picks a free port). */
export const SITE = `http://localhost:${process.env.SOURCELINE_TEST_PORT}`;

export const DATA = JSON.parse(readFileSync('data/xi-visit-russia-2023/events.json', 'utf8')) as {
	actors: Record<string, { name: string }>;
	categories: { id: string; label: string }[];
	events: DataEvent[];
	undatable: { id: string; passages: unknown[] }[];
};
export const EVENTS = DATA.events;
export const EVENT = new Map(EVENTS.map((event) => [event.id, event]));
export const event = (id: string): DataEvent => {
	const found = EVENT.get(id);
	if (!found) throw new Error(`no event ${id} in events.json`);
	return found;
};
/** A category's label, as the dataset declares it. */
export const categoryLabel = (id: string): string => {
	const found = DATA.categories.find((category) => category.id === id);
	if (!found) throw new Error(`no category ${id} in events.json`);
	return found.label;
};
/** The passage keys of an event, as the page writes them: `<eventId>-<n>`, n from 1. */
export const passageKeys = (id: string) => event(id).passages.map((_, i) => `${id}-${i + 1}`);

/**
 * Every test fails on an uncaught error in any page it opens, whatever it asserts: its `page`, popups, and the
 * pages of contexts it makes itself with `browser.newContext`.
 */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page, browser }, use) => {
			const errors: string[] = [];
			const watch = (watched: Page) => watched.on('pageerror', (error) => errors.push(error.message));
			watch(page);
			page.context().on('page', watch);
			const newContext = browser.newContext;
			browser.newContext = async (...options) => {
				const context = await newContext.apply(browser, options);
				context.on('page', watch);
				return context;
			};
			try {
				await use(errors);
			} finally {
				browser.newContext = newContext;
			}
			expect(errors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Loads a page of the explorer and waits until it has hydrated (the plot takes gestures, the brush is on). */
export async function open(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.locator('.timeline-svg')).toHaveClass(/\binteractive\b/);
	await expect(page.locator('svg.overview .brush .selection')).toHaveCount(1);
}

/** The event ids of the prerendered list, in its (time) order. */
export async function listOrder(page: Page): Promise<string[]> {
	const ids = await page.locator('.event-list > li').evaluateAll((items) => items.map((li) => li.id));
	return ids.map((id) => id.replace(/^event-/, ''));
}

// ——— Days and windows ———

const MS_PER_DAY = 86_400_000;
/** Days since 1970-01-01 of an ISO calendar date, as the app counts them. */
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
export const isoOf = (day: number) => new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);

/** A half-open window of days [start, end). */
export interface Window {
	start: number;
	end: number;
}
export const spanOf = (w: Window) => w.end - w.start;
export const centreOf = (w: Window) => (w.start + w.end) / 2;
export const show = (w: Window | null) => (w ? `${isoOf(w.start)}…${isoOf(w.end)} (${spanOf(w).toFixed(1)} d)` : 'full span');

/** The window the URL names (`from` = first day, `to` = last day), or null when it names none (= everything). */
export function urlWindow(url: string): Window | null {
	const params = new URL(url).searchParams;
	const from = params.get('from');
	const to = params.get('to');
	if (from === null || to === null) return null;
	return { start: dayOf(from), end: dayOf(to) + 1 };
}
export const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The window the axis draws, read from the tick labels and the tick lines' positions: each label names only
 * what changed since the tick before ("Jan 2022", "Apr", … or "5 Dec 2022", "12 Dec", … or "24 Feb 2022",
 * "25", …), so the labels are read in order, carrying the year and month forward. Also checks that every
 * tick sits where its date belongs (labels and positions agree).
 */
export async function axisWindow(page: Page | FrameLocator): Promise<Window & { labels: string[] }> {
	const { width, ticks } = await page.locator('.timeline-svg').evaluate((svg: SVGSVGElement) => {
		const lines = [...svg.querySelectorAll('.axis line.grid')];
		const labels = [...svg.querySelectorAll('.axis .tick-label')];
		return {
			width: svg.viewBox.baseVal.width,
			ticks: labels.map((label, i) => ({ label: label.textContent!.trim(), x: Number(lines[i]?.getAttribute('x1')) }))
		};
	});
	if (ticks.length < 2) throw new Error(`need two ticks to read the axis, got ${JSON.stringify(ticks)}`);
	let year: number | undefined;
	let month: number | undefined;
	const days = ticks.map(({ label }) => {
		let y: number | undefined;
		let m: number | undefined;
		let d: number | undefined;
		for (const token of label.split(/\s+/)) {
			if (/^\d{3,4}$/.test(token)) y = Number(token);
			else if (/^\d{1,2}$/.test(token)) d = Number(token);
			else if (MONTHS.includes(token.slice(0, 3).toLowerCase())) m = MONTHS.indexOf(token.slice(0, 3).toLowerCase()) + 1;
			else throw new Error(`cannot read tick label ${JSON.stringify(label)}`);
		}
		year = y ?? year;
		month = m ?? (d !== undefined ? month : 1);
		if (year === undefined || month === undefined) throw new Error(`tick label ${JSON.stringify(label)} lacks context`);
		return Date.UTC(year, month - 1, d ?? 1) / MS_PER_DAY;
	});
	const first = ticks[0]!;
	const last = ticks.at(-1)!;
	const pxPerDay = (last.x - first.x) / (days.at(-1)! - days[0]!);
	const start = days[0]! - first.x / pxPerDay;
	ticks.forEach((tick, i) => {
		const expected = (days[i]! - start) * pxPerDay;
		expect(Math.abs(tick.x - expected), `tick "${tick.label}" at x=${tick.x}, its date belongs at ${expected.toFixed(1)}`).toBeLessThan(1.5);
	});
	return { start, end: start + width / pxPerDay, labels: ticks.map((t) => t.label) };
}

/** Whether two windows agree within `days` at both ends. */
export function expectWindow(actual: Window | null, expected: Window, days = 1.5, message = '') {
	expect(actual, message).not.toBeNull();
	expect(Math.abs(actual!.start - expected.start), `${message} start: ${show(actual)} vs ${show(expected)}`).toBeLessThanOrEqual(days);
	expect(Math.abs(actual!.end - expected.end), `${message} end: ${show(actual)} vs ${show(expected)}`).toBeLessThanOrEqual(days);
}

/** Tick labels that name a day of the month ("5 Dec 2022", "12", "24 Feb"): the axis is in days or weeks. */
export const dayLabels = (labels: string[]) => labels.filter((label) => /^\d{1,2}(\s|$)/.test(label));

// ——— Geometry ———

export async function box(locator: Locator) {
	const b = await locator.boundingBox();
	if (!b) throw new Error(`no bounding box for ${locator}`);
	return b;
}

/** Whether `inner`'s box lies inside `outer`'s (with `slack` px), e.g. a passage inside the scrolled article panel. */
export async function isInside(inner: Locator, outer: Locator, slack = 1): Promise<boolean> {
	const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
	if (!a || !b) return false;
	return a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;
}

/** The article's <mark> that opens a passage (it holds the `#passage-<key>` anchor). */
export const passageMark = (page: Page, key: string) => page.locator(`.article-text mark:has(> #passage-${key})`);
/**
 * The link of a passage in the article whose click selects that passage's event: a segment of text where
 * passages overlap belongs to the first one listed, so this takes a segment that lists `key` first.
 */
export const passageLink = (page: Page, key: string) =>
	page.locator(`.article-text mark[data-passages="${key}"] > a, .article-text mark[data-passages^="${key} "] > a`).first();

/** The computed background colour of an element, as the browser paints it (what a reader sees, not a class). */
export const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);

/** A CSS custom property of the page (`--passage-hover`), resolved to the colour the browser paints for it. */
export const cssColour = (page: Page, property: string) =>
	page.evaluate((property) => {
		const probe = document.body.appendChild(document.createElement('div'));
		probe.style.backgroundColor = `var(${property})`;
		const colour = getComputedStyle(probe).backgroundColor;
		probe.remove();
		return colour;
	}, property);

/** The mark of an event in the plot. */
export const markOf = (page: Page, id: string) => page.locator(`.timeline-svg .event-mark[data-event="${id}"]`);

/**
 * Clicks (or, on a touch screen, taps) an event's mark where a reader would: at the centre of its shape. On
 * touch screens marks take no pointer events and the plot resolves the tap itself, so the tap goes to the
 * point, not to the element.
 */
export async function pressMark(page: Page, id: string, touch: boolean) {
	const shape = markOf(page, id).first().locator('.shape');
	if (!touch) return shape.click();
	// In the upper quarter of the screen, so the tap lands on the mark rather than on the detail sheet over the
	// lower half of a phone screen.
	await shape.evaluate((element) => {
		element.scrollIntoView({ block: 'start', behavior: 'instant' });
		scrollBy({ top: -innerHeight / 4, behavior: 'instant' });
	});
	const b = await box(shape);
	await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

// ——— Gestures ———

export interface Point {
	x: number;
	y: number;
}

/**
 * A touch gesture with any number of fingers, each moving in a straight line from `from[i]` to `to[i]`,
 * sent as real touch events through the DevTools protocol (Playwright's touchscreen can only tap).
 */
export async function touchGesture(page: Page, from: Point[], to: Point[], steps = 12) {
	const cdp = await page.context().newCDPSession(page);
	const points = (t: number) =>
		from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t, id: i, radiusX: 2, radiusY: 2, force: 1 }));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
	for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(i / steps) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** A one-pointer drag: the mouse on a desktop, one finger on a touch device. */
export async function drag(page: Page, from: Point, to: Point, touch: boolean, steps = 12) {
	if (touch) return touchGesture(page, [from], [to], steps);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
	await page.mouse.up();
}

/** The x (in CSS px of the page) of a day on the plot, given the window it shows. */
export async function plotX(page: Page, w: Window, day: number) {
	const svg = await box(page.locator('.timeline-svg'));
	return svg.x + ((day - w.start) / spanOf(w)) * svg.width;
}

/**
 * Points on the plot where nothing but the <svg> itself is hit: a touch that starts on a mark, a label or a
 * tick label targets that element, which the plot may re-render mid-gesture (see the touch tests), so
 * gestures that test the zoom's own maths start on the background. Returns `count` points `gap` px apart
 * on one horizontal line, as near the plot's centre as possible.
 */
export async function backgroundPoints(page: Page, count: number, gap: number): Promise<Point[]> {
	const points = await page.locator('.timeline-svg').evaluate(
		(svg, { count, gap }) => {
			const box = svg.getBoundingClientRect();
			const top = Math.max(box.top, 0) + 40;
			const bottom = Math.min(box.bottom, window.innerHeight) - 10;
			const centre = box.left + box.width / 2;
			const span = (count - 1) * gap;
			for (let y = (top + bottom) / 2, step = 0; step < 200; step++, y += (step % 2 ? 1 : -1) * step * 3) {
				if (y < top || y > bottom) continue;
				for (const shift of [0, -40, 40, -80, 80, -120, 120]) {
					const xs = Array.from({ length: count }, (_, i) => centre + shift - span / 2 + i * gap);
					if (xs.every((x) => x > box.left + 5 && x < box.right - 5 && document.elementFromPoint(x, y) === svg)) return xs.map((x) => ({ x, y }));
				}
			}
			return null;
		},
		{ count, gap }
	);
	if (!points) throw new Error('no empty background on the plot to start a gesture on');
	return points;
}

// ——— Accessibility ———

/** Axe on the page, or on part of it (`include`, a CSS selector): each violation as `rule: the first nodes`. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
