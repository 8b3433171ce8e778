/**
 * The measurements, driven from Node: the in-page probe (probe.js) keeps the clock, so every time is the page's own
 * performance.now() and the cost of talking to the browser never counts.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { frameStats, framesUntil, type FrameStats } from './stats.ts';

export interface ProbeConfig {
	first: string;
	firstAfterGate?: string;
	gate?: string;
	selection: 'sourceline' | 'vis' | 'timelinejs' | 'control';
	ignore?: string;
}

interface ProbeStatus {
	firstVisible: number | null;
	lastActivity: number;
	quietFor: number;
	now: number;
}
interface Mark {
	id: string;
	x: number;
	y: number;
}
export interface MarkQuery {
	selector: string;
	part?: string;
	plot: string;
	idAttribute?: string;
	idSuffix?: string;
}
/** What probe.js puts on `window`. */
interface Probe {
	status(): ProbeStatus;
	longTasks(): [number, number][];
	startFrames(): void;
	stopFrames(): { frames: number[]; lastInput: number };
	pointIn(selector: string, yOffset?: number): { x: number; y: number } | null;
	pickMark(query: MarkQuery): Mark | null;
	watchSelection(id: string): void;
	selectionResult(): { click: number | null; first: number | null; done: number | null } | null;
}
declare global {
	interface Window {
		__bench: Probe;
	}
}

const PROBE_SOURCE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** The probe with this target's settings, for `page.addInitScript`. */
export function probeScript(config: ProbeConfig): string {
	return PROBE_SOURCE.replace('__BENCH_CONFIG__', JSON.stringify(config));
}

/** Right after navigation commits the probe may not be there yet: null until it is. */
const status = (page: Page) => page.evaluate(() => window.__bench?.status() ?? null);

export interface LoadResult {
	/** ms from navigation start until the first event of the dataset was visible; null if it never was. */
	firstVisible: number | null;
	/**
	 * ms until the last activity (DOM mutation, long task or resource) before `quietMs` of quiet, and not before the
	 * first event was visible (the frame that shows it can come after the last mutation); null: never quiet.
	 */
	settled: number | null;
	/** Main-thread time in long tasks up to settling (tasks > 50 ms). */
	longTaskMs: number;
}

export async function waitForLoad(page: Page, { quietMs, capMs }: { quietMs: number; capMs: number }): Promise<LoadResult> {
	const started = Date.now();
	for (;;) {
		const now = await status(page);
		const settled = now !== null && now.firstVisible !== null && now.quietFor >= quietMs;
		if (settled || Date.now() - started > capMs) {
			const longTasks = await page.evaluate(() => window.__bench.longTasks());
			return {
				firstVisible: now?.firstVisible ?? null,
				settled: settled ? Math.max(now.lastActivity, now.firstVisible!) : null,
				longTaskMs: longTasks.reduce((sum, [, duration]) => sum + duration, 0)
			};
		}
		await sleep(100);
	}
}

/** Waits until the page has had no DOM mutation or long task for `quietMs`, or `capMs` has passed. */
async function waitQuiet(page: Page, quietMs: number, capMs: number): Promise<void> {
	const started = Date.now();
	while (Date.now() - started < capMs) {
		if (((await status(page))?.quietFor ?? 0) >= quietMs) return;
		await sleep(50);
	}
}

export interface SequenceResult extends FrameStats {
	/** Steps sent, of those planned (fewer when the time cap stopped the sequence). */
	steps: number;
	planned: number;
	/** From the first frame to the frame after the page finished responding, in page time. */
	durationMs: number;
}

export interface Sequence {
	steps: (() => Promise<void>)[];
	/** Before the first step and after the last, inside the recording (press and release a key or the button). */
	before?: () => Promise<void>;
	after?: () => Promise<void>;
	/** Wall-clock time after which no further step is sent. */
	capMs: number;
}

/**
 * Sends the steps about `intervalMs` apart (a step that takes longer delays the next: input waits for a busy
 * page, as it would for a person) until they are all sent or `capMs` has passed; returns how many were sent.
 */
export async function sendSteps({ steps, before, after, capMs }: Sequence, intervalMs = 16): Promise<number> {
	const started = Date.now();
	let sent = 0;
	try {
		await before?.();
		for (const step of steps) {
			if (Date.now() - started > capMs) break;
			const stepStarted = Date.now();
			await step();
			sent++;
			await sleep(Math.max(0, intervalMs - (Date.now() - stepStarted)));
		}
	} finally {
		await after?.();
	}
	return sent;
}

/** Sends the sequence and records every frame from its first step until the page has finished responding. */
export async function runSequence(page: Page, sequence: Sequence): Promise<SequenceResult> {
	await page.evaluate(() => window.__bench.startFrames());
	const sent = await sendSteps(sequence);
	await waitQuiet(page, 500, Math.max(5000, sequence.capMs / 2));
	const { frames, lastInput } = await page.evaluate(() => window.__bench.stopFrames());
	const lastActivity = (await status(page))?.lastActivity ?? 0;
	const used = framesUntil(frames, Math.max(lastInput, lastActivity));
	return { ...frameStats(used), steps: sent, planned: sequence.steps.length, durationMs: used.length > 1 ? used.at(-1)! - used[0]! : 0 };
}

/** Lets the page finish after input that is not measured (zooming in before the drag), within `capMs`. */
export async function settle(page: Page, capMs: number): Promise<void> {
	await waitQuiet(page, 300, capMs);
}

export const pointIn = (page: Page, selector: string, yOffset?: number) =>
	page.evaluate(([s, y]) => window.__bench.pointIn(s, y), [selector, yOffset] as const);

export const pickMark = (page: Page, query: MarkQuery) => page.evaluate((q) => window.__bench.pickMark(q), query);

export interface SelectionResult {
	/** ms from the click to the first frame that shows a response (highlight, active marker), and to completion. */
	first: number | null;
	done: number | null;
}

/** Clicks the mark and times, in page frames, until the target's selection predicate holds (see probe.js). */
export async function measureSelection(page: Page, mark: Mark, capMs: number): Promise<SelectionResult> {
	await page.evaluate((id) => window.__bench.watchSelection(id), mark.id);
	await page.mouse.click(mark.x, mark.y);
	const started = Date.now();
	for (;;) {
		const result = await page.evaluate(() => window.__bench.selectionResult());
		const since = (time: number | null | undefined) => (time == null || result?.click == null ? null : time - result.click);
		if (result?.done != null || Date.now() - started > capMs) return { first: since(result?.first), done: since(result?.done) };
		await sleep(50);
	}
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapUsed(cdp: CDPSession): Promise<number | null> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;
}

/** Elements in the document, and inside the plot (the timeline itself, without the page around it). */
export const domCounts = (page: Page, plot: string) =>
	page.evaluate((selector) => {
		const element = document.querySelector(selector);
		return { total: document.getElementsByTagName('*').length, plot: element ? element.getElementsByTagName('*').length + 1 : null };
	}, plot);
