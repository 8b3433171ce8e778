/**
 * `npm run anchoring` (also a step of `npm run bench`): how long `anchorPassage` takes on hostile and on ordinary
 * input, in Node, no browser. Measures the app checkout given by `--app DIR` (default: this one) and records the
 * result under `--label` (default `current`) in bench/anchoring.json, keeping the other labels' results, then
 * writes bench/ANCHORING.md from all of them. So a run of an older checkout (`--app /tmp/old --label before`)
 * stays beside the current numbers.
 *
 * A case is run up to ROUNDS times and reported by its median; a case whose first round takes over SLOW_MS is
 * run once, and the larger sizes of that case are skipped, so a quadratic anchorPassage cannot hold the run up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnchorResult, PassageSelector } from '../../src/lib/anchoring/anchor.ts';
import { generateTimeline } from './generate.ts';
import { median } from './stats.ts';

const benchDir = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({ options: { app: { type: 'string' }, label: { type: 'string' } } });
const app = resolve(flags.app ?? join(benchDir, '..'));
const label = flags.label ?? 'current';
const ROUNDS = 3;
const SLOW_MS = 5_000;

type Anchor = (text: string, selector: PassageSelector) => AnchorResult;
const { anchorPassage } = (await import(pathToFileURL(join(app, 'src/lib/anchoring/anchor.ts')).href)) as { anchorPassage: Anchor };

interface Case {
	group: string;
	size: string;
	/** Anchors once; returns what it found, so the work cannot be optimised away and the table can say it. */
	run: () => string;
}

/** The attack of issue #11: an article of 200,000 "a", one passage of ten "a" with stale positions and long context. */
function hostile(contextLength: number): Case {
	const text = 'a'.repeat(200_000);
	const context = 'a'.repeat(contextLength);
	const selector = { start: 300_000, end: 300_010, exact: 'a'.repeat(10), prefix: context, suffix: context };
	return { group: 'hostile context: 200,000 "a", quote of 10 "a", prefix and suffix of n "a"', size: contextLength.toLocaleString('en'), run: () => anchorPassage(text, selector).status };
}

/**
 * Long context that matches at every occurrence, fewer occurrences than the cap: "b" after every 21 "a", and a
 * prefix and suffix cut from that same pattern, so every one of the 9,000 occurrences matches n units each side.
 */
function periodic(contextLength: number): Case {
	const period = `${'a'.repeat(21)}b`;
	const text = period.repeat(9_000);
	const context = period.repeat(Math.ceil(contextLength / period.length));
	const selector = { start: text.length + 5, end: text.length + 6, exact: 'b', prefix: context.slice(-contextLength - 1, -1), suffix: context.slice(0, contextLength) };
	return { group: 'matching context: 9,000 occurrences of "b", prefix and suffix of n units that match at each', size: contextLength.toLocaleString('en'), run: () => anchorPassage(text, selector).status };
}

/** A quote that overlaps itself at every position: n "a" in 2n "a". */
function overlapping(quoteLength: number): Case {
	const text = 'a'.repeat(2 * quoteLength);
	const selector = { start: 3 * quoteLength, end: 4 * quoteLength, exact: 'a'.repeat(quoteLength), prefix: '', suffix: '' };
	return { group: 'self-overlapping quote: n "a" in 2n "a", no context', size: quoteLength.toLocaleString('en'), run: () => anchorPassage(text, selector).status };
}

/** The ordinary case: every passage of the benchmark's 10,000-event chronology, after a sentence was added at its start. */
function edited(): Case {
	const { timeline } = generateTimeline(10_000, 1);
	const text = `An editor’s note was added here. ${timeline.article.text}`;
	const passages = [...timeline.events, ...timeline.undatable].flatMap((entry) => entry.passages);
	const megabytes = (timeline.article.text.length / 2 ** 20).toFixed(1);
	return {
		group: `every passage moved: the 10,000-event chronology (${megabytes} M characters) after an edit at its start`,
		size: `${passages.length.toLocaleString('en')} passages`,
		run: () => {
			const moved = passages.filter((passage) => anchorPassage(text, passage).status === 'moved').length;
			return `${moved.toLocaleString('en')} moved`;
		}
	};
}

interface Measured {
	group: string;
	size: string;
	result: string;
	medianMs: number | null;
	rounds: number;
}

function measure(cases: (() => Case)[]): Measured[] {
	const results: Measured[] = [];
	let skipping: string | undefined;
	for (const make of cases) {
		const item = make();
		if (item.group === skipping) {
			results.push({ group: item.group, size: item.size, result: `skipped: a smaller size took over ${SLOW_MS / 1000} s`, medianMs: null, rounds: 0 });
			continue;
		}
		const times: number[] = [];
		let result = '';
		for (let round = 0; round < ROUNDS; round++) {
			const started = performance.now();
			result = item.run();
			times.push(performance.now() - started);
			if (times[0]! > SLOW_MS) break;
		}
		if (times[0]! > SLOW_MS) skipping = item.group;
		results.push({ group: item.group, size: item.size, result, medianMs: median(times), rounds: times.length });
		console.log(`${label}: ${item.group} — ${item.size}: ${median(times).toFixed(1)} ms (${result}, ${times.length} round(s))`);
	}
	return results;
}

function commitOf(dir: string): string {
	try {
		return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return existsSync(join(dir, '.git')) ? 'unknown' : 'not a git checkout';
	}
}

interface Run {
	label: string;
	app: string;
	commit: string;
	date: string;
	machine: string;
	node: string;
	/** 1-minute load average at the start and the end: the machine is shared, and a busy one measures slower. */
	load: [number, number];
	results: Measured[];
}

const loadAtStart = os.loadavg()[0]!;
const run: Run = {
	label,
	app: app === resolve(benchDir, '..') ? 'this checkout' : app,
	commit: commitOf(app),
	date: new Date().toISOString(),
	machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown'}`,
	node: process.version,
	load: [loadAtStart, 0],
	results: measure([
		() => hostile(1_000),
		() => hostile(10_000),
		() => hostile(100_000),
		() => periodic(1_000),
		() => periodic(10_000),
		() => periodic(100_000),
		() => overlapping(10_000),
		() => overlapping(100_000),
		edited
	])
};
run.load[1] = os.loadavg()[0]!;

const store = join(benchDir, 'anchoring.json');
const runs: Run[] = existsSync(store) ? (JSON.parse(readFileSync(store, 'utf8')) as Run[]).filter((r) => r.label !== label) : [];
runs.push(run);
writeFileSync(store, `${JSON.stringify(runs, null, 1)}\n`);
writeFileSync(join(benchDir, 'ANCHORING.md'), report(runs));
console.log(`Wrote bench/anchoring.json and bench/ANCHORING.md (${runs.map((r) => r.label).join(', ')}).`);

function report(all: Run[]): string {
	const ms = (value: number | null) => (value === null ? '—' : value < 10 ? `${value.toFixed(2)} ms` : `${Math.round(value).toLocaleString('en')} ms`);
	const rows = all[0]!.results.map((row, i) => `| ${row.group} | ${row.size} | ${all.map((r) => `${ms(r.results[i]?.medianMs ?? null)} (${r.results[i]?.result ?? '—'})`).join(' | ')} |`);
	return [
		'# Anchoring: time per call',
		'',
		'Written by `npm run anchoring` in bench/ (bench/src/anchoring.ts); do not edit by hand. What is measured and why',
		'the work is bounded: [docs/anchoring.md](../docs/anchoring.md).',
		'',
		...all.map(
			(r) =>
				`- **${r.label}**: ${r.app}, commit \`${r.commit}\`, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine}, Node ${r.node}, ` +
				`load average ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}.`
		),
		'',
		'Median of up to three calls (one when the first took over 5 s; a larger size of a case that slow is skipped).',
		'The machine is shared and its load (above) moves every number, the last row most: it is the same work in both',
		'versions (each moved passage is found by one search of the text); the other rows differ by orders of magnitude.',
		'',
		`| case | n | ${all.map((r) => r.label).join(' | ')} |`,
		`|---|---|${all.map(() => '---|').join('')}`,
		...rows,
		''
	].join('\n');
}
