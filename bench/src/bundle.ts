/**
 * `npm run bundle` (after build-app.ts): the JavaScript each prerendered page loads before the reader does anything,
 * from the build itself, written to bench/BUNDLE.md so that a regression shows in review.
 *
 * Which chunks a page loads comes from page-scripts.ts (what loads only when used is listed apart). Page totals are
 * the shipped files, gzipped as the site serves them (zlib level 9). Which source modules those bytes come from is
 * read from the list the app's build writes with SOURCELINE_BUNDLE_MODULES (vite.config.ts): each module's code as
 * rendered into its chunk, minified and gzipped on its own, so modules add up to more than the page (gzip shares a
 * dictionary across a file), but they rank truly.
 */
import { transformSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts, type Manifest } from './page-scripts.ts';
import { BUNDLE_TOTALS_FILE, type BundleTotal } from './report.ts';

const APP_DIR = resolve(import.meta.dirname, '../..');
const BENCH_DIR = resolve(import.meta.dirname, '..');
/** Written by the build that build-app.ts runs. */
const BUNDLE_MODULES_FILE = join(BENCH_DIR, '.out/bundle-modules.json');
const BUILD_DIR = join(APP_DIR, 'build');
const MANIFEST = join(APP_DIR, '.svelte-kit/output/client/.vite/manifest.json');

/** Issue #14's budgets, KiB of JavaScript (gzip) loaded by the page. */
const BUDGETS: { page: string; name: string; kib: number }[] = [
	{ page: 'index.html', name: 'explorer', kib: 70 },
	{ page: 'embed/', name: 'embed', kib: 60 }
];
/** Code that must never reach the explorer or the embed (issue #14): the draft extractor's, and the studio's. */
const FOREIGN = [/\/src\/lib\/extract\//, /\/src\/lib\/studio\//, /\/src\/routes\/[^/]*\/?studio\//];

interface Size {
	raw: number;
	gzip: number;
}
interface PageBundle {
	page: string;
	files: string[];
	onDemand: string[];
	total: Size;
	onDemandTotal: Size;
	modules: { id: string; gzip: number }[];
}

const size = (text: string | Buffer): Size => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function moduleName(id: string): string {
	const path = relative(APP_DIR, id.replace(/\?.*$/, ''));
	const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
	return inPackage ? `${inPackage[1]} › ${inPackage[2]}` : path;
}

function moduleGzip(code: string): number {
	let minified = code;
	try {
		minified = transformSync(code, { minify: true, loader: 'js' }).code;
	} catch {
		// A fragment esbuild will not parse alone is counted as rendered.
	}
	return size(minified).gzip;
}

function measurePages(): PageBundle[] {
	if (!existsSync(BUNDLE_MODULES_FILE)) throw new Error(`${BUNDLE_MODULES_FILE} is missing: build with build-app.ts first`);
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
	const modules = JSON.parse(readFileSync(BUNDLE_MODULES_FILE, 'utf8')) as Record<string, Record<string, string>>;
	const fileSize = (file: string) => size(readFileSync(join(BUILD_DIR, file)));
	const pages = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.sort();
	return pages.map((page) => {
		let scripts: { start: string[]; onDemand: string[] };
		try {
			scripts = pageScripts(readFileSync(join(BUILD_DIR, page), 'utf8'), manifest);
		} catch (error) {
			throw new Error(`build/${page}: ${(error as Error).message}`);
		}
		const { start: files, onDemand: onDemandFiles } = scripts;
		for (const file of files) if (!modules[file]) throw new Error(`${file} is not in ${BUNDLE_MODULES_FILE}: it is from another build`);
		const gzipById = new Map<string, number>();
		for (const file of files) for (const [id, code] of Object.entries(modules[file]!)) gzipById.set(id, (gzipById.get(id) ?? 0) + moduleGzip(code));
		return {
			page,
			files,
			onDemand: onDemandFiles,
			total: sum(files.map(fileSize)),
			onDemandTotal: sum(onDemandFiles.map(fileSize)),
			modules: [...gzipById].map(([id, gzip]) => ({ id, gzip })).sort((a, b) => b.gzip - a.gzip)
		};
	});
}

function packageOf(id: string): string {
	const name = moduleName(id);
	if (name.includes(' › ')) return name.split(' › ')[0]!;
	if (name.startsWith('src/')) return 'the app (src/)';
	return id.startsWith('\0') ? "the bundler's helpers" : 'SvelteKit generated';
}

function renderReport(pages: PageBundle[]): string {
	const lines = [
		'# Bundle report',
		'',
		'Written by `cd bench && npm run bundle` (and by `npm run bench`), from a fresh build; do not edit by hand.',
		'What each prerendered page loads before the reader does anything: SvelteKit\'s entries, the route\'s nodes and',
		'what they import statically; for the embed, which has no SvelteKit client, its island\'s module and what it',
		'imports. Totals are the shipped files gzipped as served (zlib level 9). Modules are each gzipped on their own,',
		'after minifying, so they add up to more than the total; read them as a ranking.',
		'',
		'## Budgets (issue #14)',
		''
	];
	for (const budget of BUDGETS)
		for (const page of pages.filter((p) => p.page.startsWith(budget.page))) {
			const met = page.total.gzip <= budget.kib * 1024;
			lines.push(`- **${met ? 'met' : 'not met'}** — ${budget.name} (\`${page.page}\`) ≤ ${budget.kib} KiB gzip: ${kib(page.total.gzip)}.`);
			const foreign = page.modules.filter((m) => FOREIGN.some((pattern) => pattern.test(m.id)));
			lines.push(
				`- **${foreign.length === 0 ? 'met' : 'not met'}** — no code of the extractor or the studio on the ${budget.name}` +
					(foreign.length === 0 ? '.' : `: ${foreign.map((m) => `\`${moduleName(m.id)}\``).join(', ')}.`)
			);
		}
	for (const page of pages) {
		lines.push('', `## \`${page.page}\``, '');
		lines.push(`Loaded at start: ${page.files.length} files, **${kib(page.total.gzip)} gzip** (${kib(page.total.raw)} raw).`);
		lines.push(`Loaded only when used (dynamic imports): ${page.onDemand.length} files, ${kib(page.onDemandTotal.gzip)} gzip (${kib(page.onDemandTotal.raw)} raw).`);
		const byPackage = new Map<string, number>();
		for (const m of page.modules) byPackage.set(packageOf(m.id), (byPackage.get(packageOf(m.id)) ?? 0) + m.gzip);
		lines.push('', '| package | gzip, modules alone |', '|---|---|');
		for (const [name, gzip] of [...byPackage].sort((a, b) => b[1] - a[1])) lines.push(`| ${name} | ${kib(gzip)} |`);
		lines.push('', '| biggest modules | gzip alone |', '|---|---|');
		for (const m of page.modules.slice(0, 15)) lines.push(`| \`${moduleName(m.id)}\` | ${kib(m.gzip)} |`);
	}
	return `${lines.join('\n')}\n`;
}

const pages = measurePages();
writeFileSync(join(BENCH_DIR, 'BUNDLE.md'), renderReport(pages));
// For RESULTS.md's list of targets (report.ts): each budgeted page's JavaScript at start.
writeFileSync(
	BUNDLE_TOTALS_FILE,
	JSON.stringify(
		BUDGETS.flatMap((budget) => pages.filter((p) => p.page.startsWith(budget.page)).map((p): BundleTotal => ({ name: budget.name, page: p.page, kib: budget.kib, gzip: p.total.gzip })))
	)
);
for (const page of pages) console.log(`${page.page}: ${kib(page.total.gzip)} gzip at start (${page.files.length} files), ${kib(page.onDemandTotal.gzip)} on demand`);
console.log('Wrote bench/BUNDLE.md');
