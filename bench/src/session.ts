/**
 * One measurement: one target, one dataset, one round, in a fresh browser context (no cache, no state shared with
 * the previous page). Load, then heap and DOM, then the selection of an event in the view as it first appears,
 * then the wheel-zoom sequence, then (zoomed in, so that every target can pan) the drag sequence.
 */
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { DATA_PATH, type Dataset } from './datasets.ts';
import {
	domCounts,
	heapUsed,
	measureSelection,
	pickMark,
	pointIn,
	probeScript,
	runSequence,
	sendSteps,
	settle,
	waitForLoad,
	type LoadResult,
	type Sequence,
	type SelectionResult,
	type SequenceResult
} from './measure.ts';
import { trackNetwork, type Bytes } from './network.ts';
import type { Target } from './targets.ts';

export const VIEWPORT = { width: 1280, height: 800 };
/** 20 steps in, then 20 out; 20 moves of 20 px one way, then 20 back. */
export const ZOOM_STEPS = 20;
export const DRAG_MOVES = 20;
export const DRAG_PX = 20;
/** Zoom-in steps before the drag (1.2⁴ ≈ 2× for the wheel targets), room to pan 400 px either way. */
export const ZOOM_BEFORE_DRAG = 4;
/** At most this many further zoom-in steps to bring a single event (not a cluster) into view to click. */
const ZOOM_TO_FIND_MARK = 12;

/** Wall-clock caps, so one slow target cannot take the whole run; a capped sequence says how many steps it sent. */
export interface Caps {
	loadMs: number;
	sequenceMs: number;
	selectionMs: number;
	/** Waiting for quiet between the measured steps. */
	settleMs: number;
}

export interface RunResult extends LoadResult {
	round: number;
	size: string;
	target: string;
	url: string;
	heap: number | null;
	dom: { total: number; plot: number | null };
	bytes: Bytes;
	/** Requests that failed (the network is off: only loopback resolves). */
	failed: string[];
	zoom: SequenceResult | null;
	drag: SequenceResult | null;
	selection: (SelectionResult & { id: string }) | null;
	/** Wall-clock time the whole measurement took, including the harness, and each phase of it. */
	wallMs: number;
	phaseMs: Record<string, number>;
}

const SITE_TEXT = /\.(html|js|css|json|svg)$|\/[^./]*$/;

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

/** Input that zooms in (`direction` 1) or out (−1) by one step, at the plot's middle. */
async function zoomStep(page: Page, target: Target): Promise<(direction: 1 | -1) => () => Promise<void>> {
	const { zoom } = target;
	if (zoom.kind === 'buttons') {
		const zoomIn = await pointIn(page, zoom.zoomIn);
		const zoomOut = await pointIn(page, zoom.zoomOut);
		if (!zoomIn || !zoomOut) throw new Error(`${target.name}: no zoom buttons (${zoom.zoomIn}, ${zoom.zoomOut})`);
		return (direction) => () => {
			const { x, y } = direction === 1 ? zoomIn : zoomOut;
			return page.mouse.click(x, y);
		};
	}
	return (direction) => () => page.mouse.wheel(0, -direction * zoom.deltaY);
}

/** The zoom input wrapped for a sequence: pointer on the plot, the modifier held throughout. */
async function zoomSequence(page: Page, target: Target, directions: (1 | -1)[], capMs: number): Promise<Sequence> {
	const step = await zoomStep(page, target);
	const point = await pointIn(page, target.plot);
	if (!point) throw new Error(`${target.name}: the plot (${target.plot}) is not visible`);
	const modifier = target.zoom.kind === 'wheel' ? target.zoom.modifier : undefined;
	return {
		steps: directions.map(step),
		before: async () => {
			await page.mouse.move(point.x, point.y);
			if (modifier) await page.keyboard.down(modifier);
		},
		after: async () => {
			if (modifier) await page.keyboard.up(modifier);
		},
		capMs
	};
}

/** The measured zoom: 20 steps in, then 20 out. */
export function zoomInOut(page: Page, target: Target, capMs: number): Promise<Sequence> {
	return zoomSequence(page, target, [...repeat<1 | -1>(1, ZOOM_STEPS), ...repeat<1 | -1>(-1, ZOOM_STEPS)], capMs);
}

async function dragSequence(page: Page, target: Target, capMs: number): Promise<Sequence> {
	const start = await pointIn(page, target.drag.selector, target.drag.yOffset);
	if (!start) throw new Error(`${target.name}: nowhere to drag (${target.drag.selector})`);
	const moves = [...Array.from({ length: DRAG_MOVES }, (_, i) => i + 1), ...Array.from({ length: DRAG_MOVES }, (_, i) => DRAG_MOVES - 1 - i)];
	return {
		steps: moves.map((n) => () => page.mouse.move(start.x + n * DRAG_PX, start.y)),
		before: async () => {
			await page.mouse.move(start.x, start.y);
			await page.mouse.down();
		},
		after: () => page.mouse.up(),
		capMs
	};
}

/** A single event's mark in the plot, zooming in step by step until there is one (crowded marks are clusters). */
export async function findMark(page: Page, target: Target, dataset: Dataset, caps: Caps) {
	const query = { ...target.mark(dataset), plot: target.plot };
	for (let zoomed = 0; ; zoomed++) {
		const mark = await pickMark(page, query);
		if (mark || zoomed === ZOOM_TO_FIND_MARK) return mark;
		await sendSteps(await zoomSequence(page, target, [1], caps.sequenceMs));
		await settle(page, caps.settleMs);
	}
}

/** Whether the built-in article's timeline is drawn with JavaScript disabled: prerendered, visible before any script. */
export async function drawnWithoutJavaScript(browser: Browser, origin: string, path: string): Promise<boolean> {
	const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}${path}`);
		const box = await page.locator('.event-mark').first().boundingBox();
		return box !== null && box.width > 0 && box.y < VIEWPORT.height;
	} finally {
		await context.close();
	}
}

export interface RunOptions {
	browser: Browser;
	origin: string;
	target: Target;
	dataset: Dataset;
	round: number;
	caps: Caps;
	/** Screenshots of the loaded page and of the selection go here (first round only). */
	shots?: string;
}

export async function measureRun({ browser, origin, target, dataset, round, caps, shots }: RunOptions): Promise<RunResult> {
	const started = Date.now();
	const phaseMs: Record<string, number> = {};
	let phaseStarted = started;
	const phase = (name: string) => {
		phaseMs[name] = Date.now() - phaseStarted;
		phaseStarted = Date.now();
	};
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const network = await trackNetwork(cdp, DATA_PATH);
		await page.addInitScript({ content: probeScript(target.probe(dataset)) });
		const url = `${origin}${target.url(dataset)}`;
		await page.goto(url, { waitUntil: 'commit' });
		const load = await waitForLoad(page, { quietMs: 1000, capMs: caps.loadMs });
		phase('load');
		const heap = await heapUsed(cdp);
		const dom = await domCounts(page, target.plotDom);
		phase('heap and DOM');
		const notGzipped = network
			.transfers()
			.filter((t) => t.url.startsWith(origin) && SITE_TEXT.test(new URL(t.url).pathname) && t.raw > 1024 && t.encoding !== 'gzip');
		if (notGzipped.length > 0) throw new Error(`served without gzip: ${notGzipped.map((t) => t.url).join(', ')}`);
		const shot = (name: string) => shots && page.screenshot({ path: join(shots, `${target.key}-${dataset.key}-${name}.png`) });
		await shot('loaded');
		phase('screenshot');

		const result: RunResult = {
			round,
			size: dataset.key,
			target: target.key,
			url: target.url(dataset),
			...load,
			heap,
			dom,
			bytes: network.bytes(),
			failed: network.failed(),
			zoom: null,
			drag: null,
			selection: null,
			wallMs: 0,
			phaseMs
		};
		if (load.firstVisible === null) return { ...result, wallMs: Date.now() - started };


		const mark = await findMark(page, target, dataset, caps);
		phase('find a mark');
		if (mark) {
			result.selection = { id: mark.id, ...(await measureSelection(page, mark, caps.selectionMs)) };
			phase('selection');
			await shot('selected');
		}
		await settle(page, caps.settleMs);
		phase('settle after selection');

		result.zoom = await runSequence(page, await zoomInOut(page, target, caps.sequenceMs));
		phase('zoom');
		await settle(page, caps.settleMs);
		phase('settle after zoom');

		await sendSteps(await zoomSequence(page, target, repeat<1 | -1>(1, ZOOM_BEFORE_DRAG), caps.sequenceMs));
		phase('zoom in before drag');
		await settle(page, caps.settleMs);
		phase('settle before drag');
		result.drag = await runSequence(page, await dragSequence(page, target, caps.sequenceMs));
		phase('drag');
		return { ...result, wallMs: Date.now() - started };
	} finally {
		await context.close();
		phase('close');
	}
}
