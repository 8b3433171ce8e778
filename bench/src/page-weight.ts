/**
 * `npm run --prefix bench page-weight [-- <build folder> [<build folder to compare>]]`: the JavaScript each page of a
 * built site loads before it runs (its modulepreload links, which SvelteKit writes for the whole static import
 * graph), raw and gzip -9, and any Web Worker scripts. With two folders it prints both and the difference, e.g. a
 * build of main against one with a change (issue #13: the studio must not grow the explorer or the embed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = ['index.html', 'timelines/index.html', 'studio.html'];

function pages(build: string): string[] {
	const embeds = existsSync(join(build, 'embed')) ? readdirSync(join(build, 'embed')).filter((f) => f.endsWith('.html')).map((f) => `embed/${f}`) : [];
	const timelines = existsSync(join(build, 'timelines'))
		? readdirSync(join(build, 'timelines'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `timelines/${e.name}/index.html`)
		: [];
	return [...PAGES, ...timelines.slice(0, 1), ...embeds.slice(0, 1)].filter((page) => existsSync(join(build, page)));
}

function weight(build: string, page: string) {
	const html = readFileSync(join(build, page), 'utf8');
	const files = [...new Set([...html.matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => join(dirname(join(build, page)), m[1]!)))];
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(file);
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: files.length, raw, gzip };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const [build = '../build', compare] = process.argv.slice(2);
console.log('| page | files | KiB | KiB gzip |' + (compare ? ' compared: files | KiB gzip | difference (gzip) |' : ''));
console.log('|---|---:|---:|---:|' + (compare ? '---:|---:|---:|' : ''));
for (const page of pages(build)) {
	const now = weight(build, page);
	const before = compare && existsSync(join(compare, page)) ? weight(compare, page) : undefined;
	const diff = before ? ` ${before.files} | ${kib(before.gzip)} | ${now.gzip >= before.gzip ? '+' : ''}${kib(now.gzip - before.gzip)} |` : compare ? ' – | – | – |' : '';
	console.log(`| ${page} | ${now.files} | ${kib(now.raw)} | ${kib(now.gzip)} |${diff}`);
}
const workers = join(build, '_app/immutable/workers');
if (existsSync(workers))
	for (const file of readdirSync(workers)) {
		const bytes = readFileSync(join(workers, file));
		console.log(`| worker ${relative(build, join(workers, file))} | 1 | ${kib(bytes.length)} | ${kib(gzipSync(bytes, { level: 9 }).length)} |${compare ? ' | | |' : ''}`);
	}
