/**
 * `npm run first-event` (in bench/, after the app's `npm run build`): the embed's first event with `data=`, alone.
 *   default        first event visible of Sourceline's embed and of vis-timeline, untraced, alternating in each
 *                  round; with `--against <dir>[,<dir>…]` other builds of the site (main's, say) take their turn in
 *                  every round too, so an A/B is compared within one run, as ratios to vis-timeline (the machine
 *                  is shared)
 *   --trace        where the milliseconds go: each round traced (tracing slows the page), the last round printed as
 *                  every download (Resource Timing) and main-thread task ≥ 1 ms before the first event, in ms from
 *                  navigation start
 * Options: --sizes (default lean-20,lean-1000), --rounds (default 9), --latency <ms> (Chromium's network emulation
 * adds it to every request: loopback has no round trips to speak of, a real host has). Not part of `npm run bench`.
 */
import { chromium, type Browser } from 'playwright-core';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './browser.ts';
import { writeDatasets, type Dataset } from './datasets.ts';
import { probeScript, waitForLoad } from './measure.ts';
import { VIEWPORT } from './session.ts';
import { assembleSite, precompress, serve, type Server } from './site.ts';
import { summarise } from './stats.ts';
import { TARGETS, type Target } from './targets.ts';

const benchDir = resolve(import.meta.dirname, '..');
const appDir = resolve(benchDir, '..');
const { values: flags } = parseArgs({
	options: { sizes: { type: 'string' }, rounds: { type: 'string' }, trace: { type: 'boolean' }, against: { type: 'string' }, latency: { type: 'string' } }
});
const sizes = (flags.sizes ?? 'lean-20,lean-1000').split(',');
const rounds = Number(flags.rounds ?? 9);
const latency = Number(flags.latency ?? 0);
const [sourceline, vis] = ['sourceline', 'vis'].map((key) => TARGETS.find((t) => t.key === key)!) as [Target, Target];

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	args?: { name?: string; data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

/** A span of the load, in ms from navigation start. */
interface Span {
	what: string;
	start: number;
	end: number;
}

/** What a main-thread task spent its time on, named by its most telling nested event. */
function describeTask(task: TraceEvent, nested: TraceEvent[]): string {
	const file = (url?: string) => (url ? (url.split('?')[0]!.split('/').pop() ?? url) : '');
	const inside = nested.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
	const parts = new Map<string, number>();
	for (const e of inside) {
		let label: string | undefined;
		if (e.name === 'ParseHTML') label = 'parse HTML';
		else if (e.name === 'v8.compileModule') label = `compile ${file(e.args?.data?.url) || 'module'}`;
		else if (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') label = `run ${file(e.args?.data?.url) || 'script'}`;
		else if (e.name === 'RunMicrotasks') label = 'microtasks';
		else if (e.name === 'FunctionCall') label = `call ${e.args?.data?.functionName || '(anonymous)'} ${file(e.args?.data?.url)}`.trim();
		else if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') label = 'style & layout';
		else if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') label = 'paint';
		else if (e.name === 'MajorGC' || e.name === 'MinorGC' || e.name === 'V8.GC_SCAVENGER' || e.name === 'V8.GC_MARK_COMPACTOR') label = 'GC';
		else if (e.name === 'ParseAuthorStyleSheet') label = 'parse CSS';
		else if (e.name === 'ResourceReceivedData' || e.name === 'ResourceFinish') label = 'network callback';
		if (label) parts.set(label, (parts.get(label) ?? 0) + (e.dur ?? 0) / 1000);
	}
	const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3);
	return top.length === 0 ? task.name : top.map(([label, ms]) => `${label} ${ms.toFixed(1)}`).join(', ');
}

/** One load in a fresh context: the first event visible, untraced. */
async function firstEvent(browser: Browser, origin: string, target: Target, dataset: Dataset): Promise<number | null> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: probeScript(target.probe(dataset)) });
		if (latency > 0) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
		}
		await page.goto(`${origin}${target.url(dataset)}`, { waitUntil: 'commit' });
		return (await waitForLoad(page, { quietMs: 300, capMs: 30_000 })).firstVisible;
	} finally {
		await context.close();
	}
}

async function traceLoad(browser: Browser, origin: string, dataset: Dataset): Promise<{ first: number | null; spans: Span[] }> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: probeScript(sourceline.probe(dataset)) });
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'toplevel'] });
		await page.goto(`${origin}${sourceline.url(dataset)}`, { waitUntil: 'commit' });
		const load = await waitForLoad(page, { quietMs: 500, capMs: 30_000 });
		const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
		const resources = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd }))
		);
		const nav = await page.evaluate(() => {
			const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			return { html: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd };
		});
		// The trace's clock: the navigationStart of this page's document is the page's time 0.
		const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/embed/'));
		if (!navStart) throw new Error('no navigationStart in the trace');
		const main = `${navStart.pid}:${navStart.tid}`;
		const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined && e.ts >= navStart.ts);
		const ms = (ts: number) => (ts - navStart.ts) / 1000;
		const until = load.firstVisible ?? Infinity;
		// Tasks, and the microtask checkpoints Chromium runs outside any task (where promise callbacks such as a
		// framework's render run), each at least 1 ms long.
		const top = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint');
		const inside = (e: TraceEvent) => top.some((t) => t !== e && t.ts <= e.ts && e.ts + e.dur! <= t.ts + t.dur! && t.dur! > e.dur!);
		const tasks = top.filter((e) => e.dur! >= 1000 && ms(e.ts) < until && !inside(e));
		const spans: Span[] = [
			{ what: 'HTML response', start: 0, end: nav.html },
			...resources.map((r) => ({ what: `⇣ ${new URL(r.name).pathname.split('/').pop()}`, start: r.start, end: r.end })),
			...tasks.map((t) => ({ what: `▪ ${describeTask(t, onMain)}`, start: ms(t.ts), end: ms(t.ts + t.dur!) })),
			{ what: 'DOMContentLoaded', start: nav.dcl, end: nav.dcl }
		];
		return { first: load.firstVisible, spans: spans.sort((a, b) => a.start - b.start) };
	} finally {
		await context.close();
	}
}

/** A copy of a build with the benchmark's pages and datasets, served with gzip. */
async function site(buildDir: string, name: string): Promise<{ server: Server; datasets: Dataset[] }> {
	const layout = { benchDir, buildDir, siteDir: join(benchDir, '.out', `first-event-${name}`) };
	assembleSite(layout);
	const datasets = writeDatasets(layout.buildDir, layout.siteDir, sizes);
	precompress(layout.siteDir);
	return { server: await serve(appDir, layout.siteDir), datasets };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const show = (values: (number | null)[]) => {
	const s = summarise(values);
	return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, n ${s.n})`;
};

async function trace(browser: Browser, origin: string, datasets: Dataset[]) {
	for (const dataset of datasets) {
		const runs = [];
		for (let round = 0; round < rounds; round++) runs.push(await traceLoad(browser, origin, dataset));
		console.log(`\n## ${dataset.key}: first event visible, traced: ${show(runs.map((r) => r.first))}`);
		const last = runs.at(-1)!;
		console.log(`\nThe last round, ms from navigation start (⇣ a download, ▪ a main-thread task ≥ 1 ms before the first event):\n`);
		for (const span of last.spans) console.log(`${span.start.toFixed(0).padStart(5)}–${span.end.toFixed(0).padEnd(5)} ${span.what}`);
		console.log(`${String(Math.round(last.first ?? NaN)).padStart(5)}       first event visible`);
	}
}

async function compare(browser: Browser, sites: { name: string; origin: string }[], datasets: Dataset[]) {
	const firsts = new Map<string, (number | null)[]>();
	const ratios = new Map<string, number[]>();
	/** Each build's first event over the first `--against` build's, in the same round. */
	const paired = new Map<string, number[]>();
	const baseline = sites[1]?.name;
	const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
	for (let round = 1; round <= rounds; round++)
		for (const dataset of datasets) {
			const visFirst = await firstEvent(browser, sites[0]!.origin, vis, dataset);
			add(firsts, `${dataset.key} vis-timeline`, visFirst);
			// The builds in turn, starting from another one every round.
			for (const { name, origin } of [...sites.slice(round % sites.length), ...sites.slice(0, round % sites.length)]) {
				const first = await firstEvent(browser, origin, sourceline, dataset);
				add(firsts, `${dataset.key} ${name}`, first);
				if (first !== null && visFirst !== null) add(ratios, `${dataset.key} ${name}`, first / visFirst);
			}
			const thisRound = (name: string) => firsts.get(`${dataset.key} ${name}`)!.at(-1);
			const base = baseline && thisRound(baseline);
			if (base) for (const { name } of sites) if (thisRound(name)) add(paired, `${dataset.key} ${name}`, thisRound(name)! / base);
			console.log(`r${round} ${dataset.key}: ${[...firsts].filter(([key]) => key.startsWith(`${dataset.key} `)).map(([key, v]) => `${key.split(' ').slice(1).join(' ')} ${ms(v.at(-1) ?? NaN)}`).join(', ')}`);
		}
	console.log(
		`\nFirst event visible, median (min–max) over rounds; ratio: median of each round's Sourceline / vis-timeline${baseline ? `; and / ${baseline}, in the same round` : ''}\n`
	);
	for (const dataset of datasets) {
		console.log(`${dataset.key}: vis-timeline ${show(firsts.get(`${dataset.key} vis-timeline`)!)}`);
		for (const { name } of sites) {
			const r = summarise(ratios.get(`${dataset.key} ${name}`) ?? []);
			const p = summarise(paired.get(`${dataset.key} ${name}`) ?? []);
			const vsBaseline = baseline && name !== baseline ? `; / ${baseline} ${p.median.toFixed(2)}× (${p.min.toFixed(2)}–${p.max.toFixed(2)})` : '';
			console.log(`  ${name}: ${show(firsts.get(`${dataset.key} ${name}`)!)}; ratio ${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})${vsBaseline}`);
		}
	}
}

async function main() {
	const sites = [{ name: 'this build', ...(await site(join(appDir, 'build'), 'this')) }];
	for (const [i, dir] of (flags.against?.split(',') ?? []).entries()) sites.push({ name: dir, ...(await site(resolve(dir), `against-${i}`)) });
	const browser = await chromium.launch({ executablePath: findChromium().path });
	try {
		if (flags.trace) await trace(browser, sites[0]!.server.origin, sites[0]!.datasets);
		else await compare(browser, sites.map((s) => ({ name: s.name, origin: s.server.origin })), sites[0]!.datasets);
	} finally {
		await browser.close();
		for (const s of sites) s.server.stop();
	}
}

await main();
