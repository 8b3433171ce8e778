/**
 * bench/RESULTS.md from the raw results: medians with min–max over rounds, ratios against vis-timeline computed
 * per round, and each target of issue #5 judged from the numbers (on medians over rounds, as the issue states them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetName, type Dataset } from './datasets.ts';
import type { Kind } from './network.ts';
import { DRAG_MOVES, DRAG_PX, ZOOM_BEFORE_DRAG, ZOOM_STEPS, type Caps, type RunResult } from './session.ts';
import { summarise, type Summary } from './stats.ts';
import { TARGETS, type TargetKey, type ZoomInput } from './targets.ts';

/** Each budgeted page's JavaScript at start, written by bundle.ts (which `npm run bench` runs first). */
export const BUNDLE_TOTALS_FILE = resolve(import.meta.dirname, '../.out/bundle-totals.json');
export interface BundleTotal {
	name: string;
	page: string;
	/** The budget, KiB gzip. */
	kib: number;
	gzip: number;
}

/** Issue #14's bar for the heap and the timeline's DOM at 10,000 heavy events: the values of the day it was filed. */
const ISSUE_14_HEAP_MIB = 29;
const ISSUE_14_PLOT_ELEMENTS = 564;

export interface Results {
	meta: {
		date: string;
		rounds: number;
		roundsCompleted: number;
		quick: boolean;
		/** Fewer sizes or targets than the full benchmark, or quick: reported in .out/, not in RESULTS.md. */
		partial: boolean;
		caps: Caps;
		/** Minutes: for all rounds, and for each target at each size. */
		budgets: { totalMin: number; pairMin: number };
		viewport: { width: number; height: number };
		machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; kernel: string; node: string };
		browser: { version: string; source: string; userAgent: string };
		loadAverage: { start: number[]; end: number[] };
		/** Whether the built-in article's marks are visible with JavaScript disabled (prerendered). */
		prerendered: boolean | null;
		wallMs: number;
	};
	datasets: Dataset[];
	/** Every route's CSS: build/_app/immutable/assets/*.css, raw and as served (gzip). */
	css: { file: string; raw: number; gzip: number }[];
	runs: RunResult[];
	/** Where Sourceline spends its time at the largest size, from one profiled extra run (see profile.ts). */
	profile?: { label: string; lines: string[] }[];
}

interface Metric {
	label: string;
	get(run: RunResult): number | null | undefined;
	format(value: number): string;
}

const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const count = (value: number) => Math.round(value).toLocaleString('en-GB');

const bytesMetrics = (kind: Kind, label: string): Metric[] => [
	{ label: `${label}, gzip`, get: (run) => run.bytes[kind].gzip, format: KiB },
	{ label: `${label}, raw`, get: (run) => run.bytes[kind].raw, format: KiB }
];
const frameMetrics = (key: 'zoom' | 'drag', label: string): Metric[] => [
	{ label: `${label}: p95 frame interval`, get: (run) => run[key]?.p95, format: ms },
	{ label: `${label}: median frame interval`, get: (run) => run[key]?.median, format: ms },
	{ label: `${label}: longest frame`, get: (run) => run[key]?.max, format: ms },
	{ label: `${label}: frames > 50 ms`, get: (run) => run[key]?.over50, format: count },
	{ label: `${label}: steps sent (of ${key === 'zoom' ? 2 * ZOOM_STEPS : 2 * DRAG_MOVES})`, get: (run) => run[key]?.steps, format: count },
	{ label: `${label}: duration`, get: (run) => run[key]?.durationMs, format: ms }
];

const METRICS: Metric[] = [
	{ label: 'first event visible', get: (run) => run.firstVisible, format: ms },
	{ label: 'settled (last activity before 1 s of quiet)', get: (run) => run.settled, format: ms },
	{ label: 'main thread in long tasks until settled', get: (run) => run.longTaskMs, format: ms },
	{ label: 'JS heap used after GC', get: (run) => run.heap, format: MiB },
	{ label: 'DOM elements, page', get: (run) => run.dom.total, format: count },
	{ label: 'DOM elements, timeline only', get: (run) => run.dom.plot, format: count },
	...bytesMetrics('js', 'JS'),
	...bytesMetrics('css', 'CSS'),
	...bytesMetrics('font', 'fonts'),
	...bytesMetrics('data', 'data (dataset JSON)'),
	...bytesMetrics('html', 'HTML'),
	...frameMetrics('zoom', 'wheel zoom'),
	...frameMetrics('drag', 'drag pan'),
	{ label: 'selection: first visible response', get: (run) => run.selection?.first, format: ms },
	{ label: 'selection: complete', get: (run) => run.selection?.done, format: ms }
];

/** The metrics worth a ratio against vis-timeline. */
const RATIO_METRICS = [
	'first event visible',
	'settled (last activity before 1 s of quiet)',
	'JS heap used after GC',
	'DOM elements, page',
	'JS, gzip',
	'wheel zoom: p95 frame interval',
	'drag pan: p95 frame interval',
	'selection: complete'
];

const TARGET_NAMES = Object.fromEntries(TARGETS.map((t) => [t.key, t.name])) as Record<TargetKey, string>;

function runsOf(results: Results, size: string, target: string): RunResult[] {
	return results.runs.filter((run) => run.size === size && run.target === target);
}

/** Median (min–max) over rounds, and how many rounds when fewer than the run completed. */
function cell(summary: Summary, format: (value: number) => string, rounds?: number): string {
	if (summary.n === 0) return '—';
	const range = format(summary.min) === format(summary.max) ? '' : ` (${format(summary.min)}–${format(summary.max)})`;
	const fewer = rounds !== undefined && summary.n < rounds ? ` [${summary.n} of ${rounds} rounds]` : '';
	return `${format(summary.median)}${range}${fewer}`;
}

function sizeTable(results: Results, size: string, targets: string[]): string {
	const header = `| metric | ${targets.map((t) => TARGET_NAMES[t as TargetKey]).join(' | ')} |\n|---|${targets.map(() => '---|').join('')}`;
	const rows = METRICS.map(
		(metric) =>
			`| ${metric.label} | ${targets.map((t) => cell(summarise(runsOf(results, size, t).map(metric.get)), metric.format, results.meta.roundsCompleted)).join(' | ')} |`
	);
	return [header, ...rows].join('\n');
}

/** Ratios target / vis-timeline, one per round where both were measured, summarised. */
function ratio(results: Results, size: string, target: string, metric: Metric): Summary {
	const vis = new Map(runsOf(results, size, 'vis').map((run) => [run.round, metric.get(run)]));
	return summarise(
		runsOf(results, size, target).map((run) => {
			const a = metric.get(run);
			const b = vis.get(run.round);
			return a == null || b == null || b === 0 ? null : a / b;
		})
	);
}

const times = (value: number) => `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`;

function ratioTable(results: Results, size: string, targets: string[]): string {
	const others = targets.filter((t) => t !== 'vis');
	const header = `| metric | ${others.map((t) => `${TARGET_NAMES[t as TargetKey]} / vis-timeline`).join(' | ')} |\n|---|${others.map(() => '---|').join('')}`;
	const rows = METRICS.filter((m) => RATIO_METRICS.includes(m.label)).map(
		(metric) => `| ${metric.label} | ${others.map((t) => cell(ratio(results, size, t, metric), times)).join(' | ')} |`
	);
	return [header, ...rows].join('\n');
}

const median = (results: Results, size: string, target: string, get: Metric['get']) => summarise(runsOf(results, size, target).map(get));

interface Verdict {
	target: string;
	met: boolean | null;
	evidence: string;
}

function verdicts(results: Results): Verdict[] {
	const sizes = results.datasets.map((d) => d.key);
	const largest = sizes.includes('10000') ? '10000' : sizes.at(-1)!;
	const at = datasetName(largest);
	const sl = (size: string, get: Metric['get']) => median(results, size, 'sourceline', get);
	const judge = (summary: Summary, ok: (value: number) => boolean) => (summary.n === 0 ? null : ok(summary.median));
	const list: Verdict[] = [];

	for (const [key, name] of [
		['zoom', 'Wheel zoom'],
		['drag', 'Drag pan']
	] as const) {
		const p95 = sl(largest, (run) => run[key]?.p95);
		const over = sl(largest, (run) => run[key]?.over50);
		const steps = sl(largest, (run) => run[key]?.steps);
		list.push({
			target: `${name} at ${at}: p95 frame interval ≤ 20 ms and no frame over 50 ms`,
			met: p95.n === 0 ? null : p95.median <= 20 && over.median === 0,
			evidence: `p95 ${cell(p95, ms)}, frames > 50 ms ${cell(over, count)}, steps sent ${cell(steps, count)} of ${key === 'zoom' ? 2 * ZOOM_STEPS : 2 * DRAG_MOVES}`
		});
	}
	const first = sl(largest, (run) => run.firstVisible);
	list.push({ target: `First event visible at ${at} ≤ 500 ms`, met: judge(first, (v) => v <= 500), evidence: `${cell(first, ms)}` });
	// Issue #14: against vis-timeline in the same rounds, on lean data at the common sizes and heavy data at 10,000.
	const firstVisible = METRICS.find((metric) => metric.label === 'first event visible')!;
	for (const [size, limit] of [
		['lean-20', 0.8],
		['lean-1000', 0.8],
		['10000', 0.5]
	] as const) {
		if (!sizes.includes(size)) continue;
		const relative = ratio(results, size, 'sourceline', firstVisible);
		list.push({
			target: `First event visible (\`data=\`) at ${datasetName(size)} ≤ ${limit}× vis-timeline's (issue #14)`,
			met: judge(relative, (v) => v <= limit),
			evidence: `${cell(relative, times)}: Sourceline ${cell(sl(size, firstVisible.get), ms)}, vis-timeline ${cell(median(results, size, 'vis', firstVisible.get), ms)}`
		});
	}
	list.push({
		target: 'Built-in article: the timeline is visible before any JavaScript runs (prerendered)',
		met: results.meta.prerendered,
		evidence:
			results.meta.prerendered === null
				? 'not checked'
				: `with JavaScript disabled, event marks ${results.meta.prerendered ? 'are' : 'are not'} drawn; with it, first mark at ${cell(sl('real', (run) => run.firstVisible), ms)}`
	});
	const js = sl(sizes[0]!, (run) => run.bytes.js.gzip);
	list.push({
		target: 'JavaScript shipped for the explorer ≤ 40 KiB gzip',
		met: judge(js, (v) => v <= 40 * 1024),
		evidence: `the embed page loads ${cell(js, KiB)} of JS (gzip), ${cell(sl(sizes[0]!, (run) => run.bytes.js.raw), KiB)} raw`
	});
	const cssTotal = results.css.reduce((sum, file) => sum + file.gzip, 0);
	list.push({
		target: "All routes' CSS ≤ 10 KiB gzip",
		met: cssTotal <= 10 * 1024,
		evidence: `${results.css.length} files in build/_app/immutable/assets, ${KiB(cssTotal)} gzip (${KiB(results.css.reduce((s, f) => s + f.raw, 0))} raw); the embed page loads ${cell(sl(sizes[0]!, (run) => run.bytes.css.gzip), KiB)}`
	});
	const fonts = results.runs.filter((run) => run.target === 'sourceline').reduce((sum, run) => sum + run.bytes.font.files, 0);
	list.push({ target: 'No web fonts required', met: fonts === 0, evidence: `${fonts} font files loaded by Sourceline over all runs` });
	if (sizes.includes('1000') && sizes.includes('10000')) {
		for (const [label, get] of [
			['timeline', (run: RunResult) => run.dom.plot],
			['whole page', (run: RunResult) => run.dom.total]
		] as const) {
			const small = sl('1000', get);
			const large = sl('10000', get);
			list.push({
				target: `DOM bounded by what is visible, not by dataset size (${label}: grows less than 2× from 1,000 to 10,000 events)`,
				met: small.n === 0 || large.n === 0 ? null : large.median < 2 * small.median,
				evidence: `${cell(small, count)} elements at 1,000 events, ${cell(large, count)} at 10,000`
			});
		}
	}
	const heap = sl(largest, (run) => run.heap);
	const visHeap = median(results, largest, 'vis', (run) => run.heap);
	list.push({
		target: `JS heap at ${at} below vis-timeline's`,
		met: heap.n === 0 || visHeap.n === 0 ? null : heap.median < visHeap.median,
		evidence: `Sourceline ${cell(heap, MiB)}, vis-timeline ${cell(visHeap, MiB)}`
	});
	if (largest === '10000') {
		const plot = sl(largest, (run) => run.dom.plot);
		list.push({
			target: `Heap and timeline DOM at ${at} at or below issue #14's day (${ISSUE_14_HEAP_MIB} MiB, ${ISSUE_14_PLOT_ELEMENTS} elements)`,
			met: heap.n === 0 || plot.n === 0 ? null : heap.median <= ISSUE_14_HEAP_MIB * 2 ** 20 && plot.median <= ISSUE_14_PLOT_ELEMENTS,
			evidence: `heap ${cell(heap, MiB)}, timeline ${cell(plot, count)} elements`
		});
	}
	for (const total of bundleTotals())
		list.push({
			target: `JavaScript at start on the ${total.name} (\`${total.page}\`) ≤ ${total.kib} KiB gzip (issue #14; bench/BUNDLE.md)`,
			met: total.gzip <= total.kib * 1024,
			evidence: KiB(total.gzip)
		});
	const selections = sizes.map((size) => ({ size, done: sl(size, (run) => run.selection?.done), first: sl(size, (run) => run.selection?.first) }));
	list.push({
		target: 'Selection latency (click → passage highlighted and scrolled into view) < 100 ms at every size',
		met: selections.some((s) => s.done.n === 0) ? null : selections.every((s) => s.done.median < 100),
		evidence: selections
			.map((s) => `${datasetName(s.size)}: complete ${cell(s.done, ms)}, highlighted ${cell(s.first, ms)}`)
			.join('; ')
	});
	return list;
}

/** What bundle.ts wrote for this build, or nothing when it has not run (`npm run bundle`). */
function bundleTotals(): BundleTotal[] {
	return existsSync(BUNDLE_TOTALS_FILE) ? (JSON.parse(readFileSync(BUNDLE_TOTALS_FILE, 'utf8')) as BundleTotal[]) : [];
}

/** Runs whose sequences were cut short by the time caps, or whose load never settled. */
function capped(results: Results): string[] {
	const lines: string[] = [];
	for (const size of results.datasets.map((d) => d.key))
		for (const target of TARGETS.map((t) => t.key)) {
			const runs = runsOf(results, size, target);
			const notes: string[] = [];
			if (runs.length > 0 && runs.length < results.meta.roundsCompleted)
				notes.push(`measured in ${runs.length} of ${results.meta.roundsCompleted} rounds (its ${results.meta.budgets.pairMin}-minute budget)`);
			for (const key of ['zoom', 'drag'] as const) {
				const short = runs.filter((run) => run[key] && run[key]!.steps < run[key]!.planned);
				if (short.length > 0)
					notes.push(`${key} stopped after ${short.map((run) => run[key]!.steps).join(', ')} of 40 steps in ${short.length} of ${runs.length} rounds`);
			}
			const unsettled = runs.filter((run) => run.settled === null).length;
			if (unsettled > 0) notes.push(`never 1 s quiet within ${results.meta.caps.loadMs / 1000} s in ${unsettled} of ${runs.length} rounds`);
			const unselected = runs.filter((run) => run.selection?.done == null).length;
			if (unselected > 0) notes.push(`selection not complete within ${results.meta.caps.selectionMs / 1000} s (or no mark to click) in ${unselected} of ${runs.length} rounds`);
			if (notes.length > 0) lines.push(`- ${TARGET_NAMES[target]}, ${datasetName(size)}: ${notes.join('; ')}.`);
		}
	return lines;
}

export function writeReport(results: Results, path: string): void {
	const { meta } = results;
	const sizes = results.datasets.map((d) => d.key);
	const targets = TARGETS.map((t) => t.key).filter((t) => results.runs.some((run) => run.target === t));
	const failed = [...new Set(results.runs.flatMap((run) => run.failed.map((f) => `${TARGET_NAMES[run.target as TargetKey]}: ${f}`)))];
	const verdictLines = verdicts(results).map(
		(v) => `- **${v.met === null ? 'not measured' : v.met ? 'met' : 'not met'}** — ${v.target}. ${v.evidence}.`
	);
	const cappedLines = capped(results);
	const minutes = (msValue: number) => `${(msValue / 60_000).toFixed(1)} min`;
	const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');

	const text = `# Benchmark results

Written by \`npm run bench\` (bench/src/report.ts); do not edit by hand, run it again. Issue #5 sets the targets.

## How to run

\`\`\`sh
npm run bench                        # from the repository root: installs bench/, builds the app, measures, writes this file
cd bench && npm run bench            # the same, from bench/
cd bench && npm run bench -- --quick # one round of the built-in article and 1,000 events; report in bench/.out/
BENCH_ROUNDS=3 npm run bench         # another number of rounds (also --sizes, --targets, --budget-min: see src/run.ts)
\`\`\`

Raw numbers of every round: \`bench/.out/results.json\`; screenshots of the first round (loaded, and after the selection):
\`bench/.out/<target>-<size>-*.png\`. The Chromium is found as the app's tests find it (\`CHROMIUM_PATH\`, Playwright's,
then Debian's \`/usr/bin/chromium\`).

## This run

- **Date:** ${meta.date}; **rounds:** ${meta.roundsCompleted} of ${meta.rounds} planned; **wall time** of the measurement (datasets, site, browser, all rounds): ${minutes(meta.wallMs)}${meta.quick ? ' (quick mode)' : ''}.
- **Machine:** ${meta.machine.cpus} × ${meta.machine.cpuModel}, ${meta.machine.memoryGiB} GiB RAM, ${meta.machine.os} (Linux ${meta.machine.kernel}), Node ${meta.machine.node}; load average (1/5/15 min) ${load(meta.loadAverage.start)} at the start, ${load(meta.loadAverage.end)} at the end.
- **Browser:** Chromium ${meta.browser.version} (${meta.browser.source}), headless, software rendering, viewport ${meta.viewport.width}×${meta.viewport.height} at device scale 1; \`${meta.browser.userAgent}\`.
- **Network:** loopback only (every other host name fails to resolve), the site served by the app's own \`scripts/serve.js\` with precompressed gzip (zlib level 9); every text response of the site was checked to carry \`content-encoding: gzip\`.
- **Caps** (wall clock, per page): load ${meta.caps.loadMs / 1000} s, each zoom or drag sequence ${meta.caps.sequenceMs / 1000} s, selection ${meta.caps.selectionMs / 1000} s, waiting for quiet between steps ${meta.caps.settleMs / 1000} s; no round starts that would end after ${meta.budgets.totalMin} min, and a target at one size gets no more rounds than fit in ${meta.budgets.pairMin} min of its own.

| dataset | events | public-format JSON | gzip | SHA-256 |
|---|---|---|---|---|
${results.datasets.map((d) => `| ${datasetName(d.key)} | ${count(d.events)} | ${KiB(d.bytes)} | ${KiB(d.gzipBytes)} | \`${d.sha256.slice(0, 16)}…\` |`).join('\n')}

The synthetic datasets come from a seeded generator (bench/src/generate.ts) and validate with the app's own
\`validateTimeline\` without a single error or warning: about 64 % exact days, 8 % spans of days, 8 % months, 3 % seasons,
3 % years, 2 % approximate and 2 % uncertain dates, 3 % one-of ranges, 1 % open-ended spans, 4 % anticipated after
publication, 2 % with a recorded date more precise than the article's; eight categories, 24 actors, 1994–2026; an
article of generated sentences in which each event is cited by one to three whole, unique sentences. vis-timeline
gets the same events converted with the app's date code (bench/src/convert.ts: single days as \`box\`, everything
longer as a \`range\` over its possible days, grouped by category); TimelineJS gets the app's own TimelineJS export.

## Protocol

For each round, for each size, the targets in turn (${targets.map((t) => TARGET_NAMES[t as TargetKey]).join(', ')}), each in a fresh
browser context, all from one browser:

1. **Load.** Navigate; an init script records, in page time from navigation start, the first frame in which an event
   of *the dataset* is in the DOM with a box inside the viewport (Sourceline: \`.event-mark\` with a synthetic id, or a
   cluster once the embed's "Loading the dataset…" status has been in the page, so that the prerendered built-in timeline never counts;
   vis-timeline: \`.vis-item\`; TimelineJS: \`.tl-timemarker\`), and every DOM mutation, long task and resource.
   **Settled** is the last of these before 1 s without any (vis-timeline's current-time line, which moves every
   second forever, is ignored; its own resize redraws one and two seconds after load are not).
2. **Heap** (\`HeapProfiler.collectGarbage\`, then \`JSHeapUsedSize\`), **DOM elements** (\`document.getElementsByTagName('*')\`,
   and inside the timeline's own element), **bytes** by kind from the DevTools protocol's Network events: raw is the
   decoded body, gzip the body as transferred (headers excluded).
3. **Selection.** Click the visible single-event mark nearest the middle of the plot (one that is on top at that
   point). Timed from the click event's timestamp to the first frame in which the target shows it:
   - Sourceline: *first response* = the event's first passage is highlighted in the article panel (\`mark.active\`);
     *complete* = it is also wholly inside the panel's scrolled view (the panel scrolls, not the page);
   - vis-timeline: the item has \`vis-selected\` (both);
   - TimelineJS: *first response* = its marker is active; *complete* = its slide is wholly inside the story slider;
   - control: the button's class changed.
4. **Wheel zoom.** Pointer at the middle of the plot, ${2 * ZOOM_STEPS} wheel steps ~16 ms apart, ${ZOOM_STEPS} in then ${ZOOM_STEPS} out, each step
   zooming Sourceline and vis-timeline by the same factor of 1.2 (deltaY ${deltaY('sourceline')} with Ctrl for d3-zoom; vis-timeline zooms
   1.2× per wheel event, Chromium giving every synthetic wheel event a wheelDelta of 120). **Sourceline's embed zooms
   with Ctrl + wheel**: a plain wheel scrolls the host page, as a reader scrolling past expects, so Ctrl is held down
   (Playwright's \`keyboard.down('Control')\`) around the wheel steps. **TimelineJS's wheel does not zoom**: its
   zoom-in and zoom-out buttons (\`.tl-menubar-button\`) are clicked instead, ${ZOOM_STEPS} + ${ZOOM_STEPS} times (it has a fixed set
   of zoom levels, so clicks past the last level do nothing). The control page ignores the wheel.
5. **Drag pan.** Zoom in ${ZOOM_BEFORE_DRAG} steps first (not measured) so that every target has room to pan; then press on the
   plot's background, ${2 * DRAG_MOVES} moves ~16 ms apart (${DRAG_MOVES} × ${DRAG_PX} px right, ${DRAG_MOVES} × ${DRAG_PX} px back), release.

For both sequences every frame's start time is recorded with \`requestAnimationFrame\` from the first step until the first
frame after the page's last response to the input (last mutation or long task); the statistics are over the intervals
between frames (16.7 ms is 60 fps; p95 is nearest-rank). A step waits for the previous one to be dispatched, so a busy
page stretches the sequence, as it would for a person; a sequence that exceeds its cap stops sending steps and says so.
Ratios against vis-timeline are computed within each round, then summarised. Cells are median (min–max) over rounds.

## Reading the tables

- Sourceline's built-in article has its data inside the prerendered page, so it counts as HTML and "data" is 0.
  For the synthetic sizes Sourceline loads the whole public format: the article's text and every passage's quote,
  positions and context, which the embed validates in the browser; vis-timeline and TimelineJS get only the events,
  converted. That is why its data is several times theirs.
- Sourceline's "DOM elements, page" includes the article panel, with every cited passage marked up; "timeline only"
  counts its \`<svg>\` (vis-timeline: \`.vis-timeline\`; TimelineJS: its \`.tl-timenav\`).
- Sourceline's "selection: complete" includes the article panel's smooth scroll to the passage (the app scrolls
  smoothly unless the reader prefers reduced motion); "first visible response" is the highlight.
- Where a target sent only a few of the 40 steps before the cap, its frame statistics are over those steps only.
- TimelineJS's default font stylesheet asks Google Fonts for PT Sans and PT Serif; with nothing leaving the machine
  those requests fail (listed at the end), so its fonts row counts its icon font only.

## Targets from issues #5 and #14

Judged on the medians over rounds, on this machine.

${verdictLines.join('\n')}

${sizes
	.slice()
	.reverse()
	.map(
		(size) => `## ${capitalise(datasetName(size))}

${sizeTable(results, size, targets)}

Ratios against vis-timeline (median over rounds of the per-round ratio, min–max):

${ratioTable(results, size, targets)}`
	)
	.join('\n\n')}

## What was capped or did not complete

${cappedLines.length > 0 ? cappedLines.join('\n') : 'Nothing: every sequence sent all its steps, every page settled and every selection completed.'}
${failed.length > 0 ? `\nRequests that failed (nothing leaves the machine):\n\n${failed.map((f) => `- ${f}`).join('\n')}\n` : ''}
${
	results.profile
		? `## Where Sourceline spends the time

From one extra, profiled run of Sourceline at ${datasetName(sizes.at(-1)!)} after the rounds (not part of the numbers above;
a CPU profile of the main thread and a Chromium trace of all threads, bench/src/profile.ts).

${results.profile.map((part) => `### ${part.label}\n\n${part.lines.join('\n')}`).join('\n\n')}
`
		: ''
}`;
	writeFileSync(path, `${text.trimEnd()}\n`);
}

/** \`npm run report\` in bench/: the report again from .out/results.json, e.g. after changing this file. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const benchDir = resolve(import.meta.dirname, '..');
	const results = JSON.parse(readFileSync(join(benchDir, '.out/results.json'), 'utf8')) as Results;
	const path = results.meta.partial ? join(benchDir, '.out/RESULTS.md') : join(benchDir, 'RESULTS.md');
	writeReport(results, path);
	console.log(`Wrote ${path}`);
}

function deltaY(target: TargetKey): number | undefined {
	const zoom: ZoomInput | undefined = TARGETS.find((t) => t.key === target)?.zoom;
	return zoom?.kind === 'wheel' ? zoom.deltaY : undefined;
}

function capitalise(text: string): string {
	return text[0]!.toUpperCase() + text.slice(1);
}
