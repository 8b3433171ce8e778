/**
 * `npm run bench:extract` (in the app) or `npm run extract` (here): the draft extractor's size and speed, issue
 * #12's budgets: its browser bundle (esbuild, minified, gzip -9) and the time to find the expressions and to draft
 * the whole timeline, per 10 KB of text (UTF-8 bytes), as the median and p95 of many runs after a warm-up. It also
 * checks that the built site's JavaScript (when `npm run build` has made one) holds none of the extractor. Writes
 * EXTRACT.md beside this folder; asserts nothing.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCorpus } from '../../scripts/extract-corpus.ts';
import { draftTimeline } from '../../src/lib/extract/draft.ts';
import { analyseText } from '../../src/lib/extract/expressions.ts';

const app = resolve(import.meta.dirname, '../..');
const KIB = 1024;

/** Minified and gzipped size of a browser bundle exporting `names` from `module`. */
async function bundleSize(module: string, names: string[]): Promise<{ raw: number; gzip: number }> {
	const result = await build({
		stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(join(app, module))};`, resolveDir: app, loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'error'
	});
	const code = result.outputFiles[0]!.contents;
	return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function timings(run: () => void, bytes: number): { median: number; p95: number; per10k: number } {
	for (let i = 0; i < 20; i++) run();
	const times: number[] = [];
	const until = performance.now() + 2000;
	while (times.length < 50 || (performance.now() < until && times.length < 1000)) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)]!;
	return { median, p95: times[Math.floor(times.length * 0.95)]!, per10k: (median * 10 * KIB) / bytes };
}

/** Whether any JavaScript of the built site carries a string only the extractor has. */
function builtSiteHoldsExtractor(): string {
	const dir = join(app, 'build/_app');
	if (!existsSync(dir)) return 'not checked: run `npm run build` first';
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
	const holding = files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('century-of-reference'));
	return holding.length === 0 ? `no (${files.length} JavaScript files checked)` : `YES: ${holding.join(', ')}`;
}

const builtIn = readFileSync(join(app, 'data/xi-visit-russia-2023/article.txt'), 'utf8');
const corpus = readCorpus().filter((a) => !a.file.includes('/data/'));
const texts: [string, string, string][] = [
	['built-in article', builtIn, '2023-02-04'],
	['corpus articles, joined', corpus.map((a) => a.text).join('\n\n'), '2024-11-14'],
	['built-in article ×10', Array(10).fill(builtIn).join('\n\n'), '2023-02-04']
];

const full = await bundleSize('src/lib/extract/draft.ts', ['draftTimeline']);
const expressionsOnly = await bundleSize('src/lib/extract/expressions.ts', ['analyseText', 'expressionRecords']);
const rows = texts.map(([name, text, published]) => {
	const bytes = Buffer.byteLength(text);
	return { name, bytes, find: timings(() => analyseText(text, published), bytes), draft: timings(() => draftTimeline(text, published), bytes) };
});

const ms = (x: number) => x.toFixed(2);
const report = `# The draft extractor: size and speed

Written by \`npm run bench:extract\` (bench/src/extract.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, shared).

## Size (esbuild, minified, gzip -9; budget 40 KiB)

| bundle | minified | gzip |
|---|---:|---:|
| \`draftTimeline\` (everything \`npm run draft\` does but file I/O) | ${(full.raw / KIB).toFixed(1)} KiB | ${(full.gzip / KIB).toFixed(1)} KiB |
| \`analyseText\` (the expressions alone) | ${(expressionsOnly.raw / KIB).toFixed(1)} KiB | ${(expressionsOnly.gzip / KIB).toFixed(1)} KiB |

The built site's JavaScript holds the extractor: ${builtSiteHoldsExtractor()}.

## Speed (budget: under 50 ms per 10 KB)

| text | size | expressions: median (p95) | per 10 KB | whole draft: median (p95) | per 10 KB |
|---|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.name} | ${(r.bytes / KIB).toFixed(1)} KB | ${ms(r.find.median)} ms (${ms(r.find.p95)}) | ${ms(r.find.per10k)} ms | ${ms(r.draft.median)} ms (${ms(r.draft.p95)}) | ${ms(r.draft.per10k)} ms |`).join('\n')}
`;
writeFileSync(join(app, 'bench/EXTRACT.md'), report);
console.log(report);
