/**
 * Where the time goes: one extra run of a target (Sourceline, at the largest size), with the V8 sampling profiler
 * on the page's main thread and a Chromium trace of every thread, during the load, during the wheel-zoom
 * sequence, and of a selection. Not part of the measured numbers (profiling slows the page); it points at what to
 * look at.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Dataset } from './datasets.ts';
import { measureSelection, probeScript, runSequence, waitForLoad } from './measure.ts';
import { findMark, VIEWPORT, zoomInOut, type Caps } from './session.ts';
import type { Target } from './targets.ts';

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	args?: { name?: string };
}

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
	samples?: number[];
	timeDeltas?: number[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'cc', 'toplevel'];
const TOP = 10;

const fileOf = (url: string) => (url ? (url.split('/').pop() ?? url) : '');

/** Self time (ms) per event name on each thread: nested events are subtracted from their parent. */
function selfTimes(events: TraceEvent[]): Map<string, Map<string, number>> {
	const threadNames = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
	const byThread = new Map<string, TraceEvent[]>();
	for (const e of events) {
		if (e.ph !== 'X' || !e.dur) continue;
		const key = `${e.pid}:${e.tid}`;
		byThread.set(key, [...(byThread.get(key) ?? []), e]);
	}
	const result = new Map<string, Map<string, number>>();
	for (const [key, list] of byThread) {
		list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
		const totals = new Map<string, number>();
		const stack: { end: number; name: string }[] = [];
		for (const e of list) {
			while (stack.length > 0 && stack.at(-1)!.end <= e.ts) stack.pop();
			const parent = stack.at(-1);
			const end = Math.min(e.ts + e.dur!, parent?.end ?? Infinity);
			if (parent) totals.set(parent.name, (totals.get(parent.name) ?? 0) - (end - e.ts) / 1000);
			totals.set(e.name, (totals.get(e.name) ?? 0) + (end - e.ts) / 1000);
			stack.push({ end, name: e.name });
		}
		const name = `${threadNames.get(key) ?? key} (${key})`;
		result.set(name, totals);
	}
	return result;
}

/** The renderer main thread with the most traced time (the page's), and the time of every other thread. */
function summariseTrace(events: TraceEvent[]): string[] {
	const threads = [...selfTimes(events)].map(([name, totals]) => ({ name, totals, sum: [...totals.values()].reduce((a, b) => a + b, 0) }));
	const main = threads.filter((t) => t.name.startsWith('CrRendererMain')).sort((a, b) => b.sum - a.sum)[0];
	const lines = ['| thread | traced time |', '|---|---|'];
	const grouped = new Map<string, number>();
	for (const t of threads) {
		const label = t === main ? 'renderer main thread (the page)' : t.name.replace(/ \(.*\)$/, '').replace(/\d+$/, '');
		grouped.set(label, (grouped.get(label) ?? 0) + t.sum);
	}
	for (const [label, sum] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, 6)) lines.push(`| ${label} | ${Math.round(sum)} ms |`);
	if (main) {
		lines.push('', 'On the page\'s main thread, self time by trace event:', '', '| event | self time |', '|---|---|');
		for (const [name, ms] of [...main.totals].sort((a, b) => b[1] - a[1]).slice(0, TOP)) lines.push(`| \`${name}\` | ${Math.round(ms)} ms |`);
	}
	return lines;
}

/** Self time per JavaScript function (minified names: chunk file, line and column locate them). */
function summariseProfile(profile: CpuProfile): string[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals = new Map<string, number>();
	(profile.samples ?? []).forEach((id, i) => {
		const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
		const key = url ? `\`${functionName || '(anonymous)'}\` ${fileOf(url)}:${lineNumber + 1}:${columnNumber + 1}` : `\`${functionName}\``;
		totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
	});
	const lines = ['| function (chunk:line:column) | self time |', '|---|---|'];
	for (const [key, ms] of [...totals].filter(([key]) => !key.startsWith('`(idle)`')).sort((a, b) => b[1] - a[1]).slice(0, TOP))
		lines.push(`| ${key} | ${Math.round(ms)} ms |`);
	return lines;
}

async function profiled<T>(browser: Browser, page: Page, cdp: CDPSession, work: () => Promise<T>) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.start');
	await browser.startTracing(page, { categories: CATEGORIES });
	const value = await work();
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
	return { value, lines: [...summariseTrace(trace.traceEvents), '', 'JavaScript on the main thread (V8 sampling profiler), self time:', '', ...summariseProfile(profile)] };
}

export async function profileTarget(browser: Browser, origin: string, target: Target, dataset: Dataset, caps: Caps): Promise<{ label: string; lines: string[] }[]> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await page.addInitScript({ content: probeScript(target.probe(dataset)) });
		const load = await profiled(browser, page, cdp, async () => {
			await page.goto(`${origin}${target.url(dataset)}`, { waitUntil: 'commit' });
			return waitForLoad(page, { quietMs: 1000, capMs: 60_000 });
		});
		const mark = await findMark(page, target, dataset, caps);
		const selection = mark && (await profiled(browser, page, cdp, () => measureSelection(page, mark, caps.selectionMs)));
		const zoom = await profiled(browser, page, cdp, async () => runSequence(page, await zoomInOut(page, target, caps.sequenceMs)));
		const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
		return [
			{ label: `Load (profiled: first event at ${ms(load.value.firstVisible)}, settled at ${ms(load.value.settled)})`, lines: load.lines },
			...(selection
				? [{ label: `Selection (profiled: highlighted after ${ms(selection.value.first)}, in view after ${ms(selection.value.done)})`, lines: selection.lines }]
				: []),
			{ label: `Wheel zoom, ${zoom.value.steps} steps (profiled: p95 frame interval ${ms(zoom.value.p95)})`, lines: zoom.lines }
		];
	} finally {
		await context.close();
	}
}
