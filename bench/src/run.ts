/**
 * `npm run bench` (after build-app.ts): datasets, the site with gzip, Chromium, R rounds of every size × target in
 * fresh contexts, then bench/.out/results.json and bench/RESULTS.md.
 *
 * Options (flag or environment variable):
 *   --rounds N      BENCH_ROUNDS       rounds (default 5)
 *   --quick         BENCH_QUICK=1      one round of the built-in article and 1,000 events, shorter caps
 *   --sizes a,b     BENCH_SIZES        datasets among real, lean-20, lean-100, lean-1000, lean-10000, 1000, 10000
 *                                      (default: all but lean-10000; datasets.ts describes them)
 *   --targets a,b   BENCH_TARGETS      targets among sourceline, vis, timelinejs, control
 *   --budget-min M  BENCH_BUDGET_MIN   no new round starts once the next would end after M minutes (default 35)
 *   --pair-budget-min M  BENCH_PAIR_BUDGET_MIN   a target at a size is measured in no more rounds than fit in
 *                                      M minutes of its own (default 3: TimelineJS at 10,000 events needs over a
 *                                      minute a round, so it gets fewer rounds rather than the whole run overrunning)
 * A run with any of these but --rounds writes its report to .out/RESULTS.md, leaving the committed one alone.
 * `npm run report` writes the report again from .out/results.json without measuring.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './browser.ts';
import { BUILT_IN_ID, DEFAULT_SIZES, writeDatasets } from './datasets.ts';
import { writeReport, type Results } from './report.ts';
import { assembleSite, precompress, serve, servedSize } from './site.ts';
import { drawnWithoutJavaScript, measureRun, VIEWPORT, type Caps, type RunResult } from './session.ts';
import { profileTarget } from './profile.ts';
import { TARGETS } from './targets.ts';

const benchDir = resolve(import.meta.dirname, '..');
const appDir = resolve(benchDir, '..');
const outDir = join(benchDir, '.out');
const layout = { benchDir, buildDir: join(appDir, 'build'), siteDir: join(outDir, 'site') };

const { values: flags } = parseArgs({
	options: {
		rounds: { type: 'string' },
		quick: { type: 'boolean' },
		sizes: { type: 'string' },
		targets: { type: 'string' },
		'budget-min': { type: 'string' },
		'pair-budget-min': { type: 'string' }
	}
});
const env = process.env;
const quick = flags.quick ?? env.BENCH_QUICK === '1';
const rounds = Number(flags.rounds ?? env.BENCH_ROUNDS ?? (quick ? 1 : 5));
const sizes = (flags.sizes ?? env.BENCH_SIZES ?? (quick ? 'real,1000' : DEFAULT_SIZES.join(','))).split(',');
const targetKeys = (flags.targets ?? env.BENCH_TARGETS)?.split(',');
const targets = targetKeys ? TARGETS.filter((t) => targetKeys.includes(t.key)) : TARGETS;
const budgetMs = Number(flags['budget-min'] ?? env.BENCH_BUDGET_MIN ?? 35) * 60_000;
const pairBudgetMs = Number(flags['pair-budget-min'] ?? env.BENCH_PAIR_BUDGET_MIN ?? 3) * 60_000;
const partial = quick || DEFAULT_SIZES.some((size) => !sizes.includes(size)) || targets.length < TARGETS.length;
const caps: Caps = quick
	? { loadMs: 30_000, sequenceMs: 6_000, selectionMs: 5_000, settleMs: 3_000 }
	: { loadMs: 45_000, sequenceMs: 6_000, selectionMs: 8_000, settleMs: 5_000 };
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a whole number ≥ 1, got ${rounds}`);
if (targets.length === 0) throw new Error(`no such targets: ${targetKeys}`);

function osName(): string {
	try {
		return /^PRETTY_NAME="?(.*?)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
	} catch {
		return os.type();
	}
}

async function main() {
	const started = Date.now();
	mkdirSync(outDir, { recursive: true });
	console.log('Writing the datasets and the site…');
	assembleSite(layout);
	const datasets = writeDatasets(layout.buildDir, layout.siteDir, sizes);
	precompress(layout.siteDir);
	const cssDir = join(layout.siteDir, '_app/immutable/assets');
	const css = readdirSync(cssDir)
		.filter((name) => name.endsWith('.css'))
		.map((name) => ({ file: `_app/immutable/assets/${name}`, ...servedSize(join(cssDir, name)) }));

	const server = await serve(appDir, layout.siteDir);
	const found = findChromium();
	const browser = await chromium.launch({
		executablePath: found.path,
		// Nothing leaves the machine: any host but loopback fails at once (TimelineJS asks Google for web fonts).
		args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']
	});
	const results: Results = {
		meta: {
			date: new Date(started).toISOString(),
			rounds,
			roundsCompleted: 0,
			quick,
			partial,
			caps,
			budgets: { totalMin: budgetMs / 60_000, pairMin: pairBudgetMs / 60_000 },
			viewport: VIEWPORT,
			machine: {
				cpus: os.cpus().length,
				cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
				memoryGiB: Math.round(os.totalmem() / 2 ** 30),
				os: osName(),
				kernel: os.release(),
				node: process.version
			},
			browser: { version: browser.version(), source: found.source, userAgent: '' },
			loadAverage: { start: os.loadavg(), end: [] },
			prerendered: null,
			wallMs: 0
		},
		datasets,
		css,
		runs: []
	};
	const save = () => writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
	try {
		const probe = await browser.newPage();
		results.meta.browser.userAgent = await probe.evaluate(() => navigator.userAgent);
		await probe.close();
		results.meta.prerendered = await drawnWithoutJavaScript(browser, server.origin, `/embed/${BUILT_IN_ID}`);

		/** Wall time spent on each target at each size so far, and on its longest round. */
		const spent = new Map<string, { total: number; longest: number }>();
		const overBudget = (pair: { total: number; longest: number }) => pair.total + pair.longest > pairBudgetMs;
		for (let round = 1; round <= rounds; round++) {
			// The next round, estimated from the longest run of every target and size that still has budget left.
			const next = [...spent.values()].filter((pair) => !overBudget(pair)).reduce((sum, pair) => sum + pair.longest, 0);
			if (round > 1 && Date.now() - started + next > budgetMs) {
				console.log(`Stopping after ${round - 1} rounds: another would end after the ${budgetMs / 60_000}-minute budget.`);
				break;
			}
			for (const dataset of datasets)
				for (const target of targets) {
					const pair = spent.get(`${target.key}@${dataset.key}`) ?? { total: 0, longest: 0 };
					if (overBudget(pair)) {
						console.log(`r${round} ${dataset.key.padStart(5)} ${target.key.padEnd(10)} skipped: its ${pairBudgetMs / 60_000}-minute budget is spent`);
						continue;
					}
					const run: RunResult = await measureRun({
						browser,
						origin: server.origin,
						target,
						dataset,
						round,
						caps,
						shots: round === 1 ? outDir : undefined
					});
					results.runs.push(run);
					spent.set(`${target.key}@${dataset.key}`, { total: pair.total + run.wallMs, longest: Math.max(pair.longest, run.wallMs) });
					console.log(describe(run));
					save();
				}
			results.meta.roundsCompleted = round;
		}
		const sourceline = targets.find((t) => t.key === 'sourceline');
		if (sourceline) {
			console.log(`Profiling ${sourceline.name} at ${datasets.at(-1)!.key} events…`);
			results.profile = await profileTarget(browser, server.origin, sourceline, datasets.at(-1)!, caps);
		}
	} finally {
		await browser.close();
		server.stop();
	}
	results.meta.loadAverage.end = os.loadavg();
	results.meta.wallMs = Date.now() - started;
	save();
	const report = partial ? join(outDir, 'RESULTS.md') : join(benchDir, 'RESULTS.md');
	writeReport(results, report);
	console.log(`\nWrote ${report} and .out/results.json in ${(results.meta.wallMs / 60_000).toFixed(1)} min.`);
}

const ms = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value)} ms`);
function describe(run: RunResult): string {
	const frames = (s: RunResult['zoom']) => (s ? `p95 ${ms(s.p95)} (${s.steps}/${s.planned} steps, ${s.over50} > 50 ms)` : '—');
	return (
		`r${run.round} ${run.size.padStart(5)} ${run.target.padEnd(10)} first ${ms(run.firstVisible)}, settled ${ms(run.settled)}, ` +
		`heap ${run.heap == null ? '—' : `${(run.heap / 2 ** 20).toFixed(1)} MiB`}, DOM ${run.dom.total}, zoom ${frames(run.zoom)}, ` +
		`drag ${frames(run.drag)}, select ${ms(run.selection?.done)} [${(run.wallMs / 1000).toFixed(1)} s]`
	);
}

await main();
