/**
 * The site every target is served from: a copy of the app's build/, the benchmark's pages with vis-timeline and
 * TimelineJS as their packages ship them, and the datasets. Text files get a `.gz` sibling (zlib level 9), which
 * the app's own server (scripts/serve.js, sirv with `gzip: true`) sends to a browser that accepts gzip, as a
 * static host with precompressed files would; the driver checks every response really was compressed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the benchmark's own pages and the libraries they load live on the site. */
export const PAGES_PATH = '/bench';
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.csv', '.ics', '.ttf', '.eot']);

export interface SiteLayout {
	benchDir: string;
	buildDir: string;
	siteDir: string;
}

export function assembleSite({ benchDir, buildDir, siteDir }: SiteLayout): void {
	rmSync(siteDir, { recursive: true, force: true });
	cpSync(buildDir, siteDir, { recursive: true });
	const pages = join(siteDir, PAGES_PATH);
	cpSync(join(benchDir, 'pages'), pages, { recursive: true });
	const modules = join(benchDir, 'node_modules');
	const vis = join(pages, 'vendor', 'vis-timeline');
	mkdirSync(vis, { recursive: true });
	cpSync(join(modules, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), join(vis, 'vis-timeline-graph2d.min.js'));
	cpSync(join(modules, 'vis-timeline/styles/vis-timeline-graph2d.min.css'), join(vis, 'vis-timeline-graph2d.min.css'));
	// TimelineJS's dist as shipped (js, locales, css, icon fonts, themes, font stylesheets), without source maps.
	cpSync(join(modules, '@knight-lab/timelinejs/dist'), join(pages, 'vendor', 'timelinejs'), {
		recursive: true,
		filter: (source) => !source.endsWith('.map')
	});
}

/** Writes `<file>.gz` beside every text file under `dir`. */
export function precompress(dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) precompress(path);
		else if (COMPRESSIBLE.has(extname(entry.name))) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
	}
}

/** Gzip size of a file as served (its `.gz` sibling), for the all-routes CSS total. */
export function servedSize(path: string): { raw: number; gzip: number } {
	return { raw: statSync(path).size, gzip: statSync(`${path}.gz`).size };
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface Server {
	origin: string;
	stop(): void;
}

/** Serves `siteDir` with the app's scripts/serve.js on a free loopback port, and waits until it answers. */
export async function serve(appDir: string, siteDir: string): Promise<Server> {
	const port = await freePort();
	const child = spawn(process.execPath, [join(appDir, 'scripts/serve.js'), siteDir, '--port', String(port)], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const origin = `http://127.0.0.1:${port}`;
	const stop = () => child.kill();
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			const response = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } });
			if (response.ok) return { origin, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	stop();
	throw new Error(`the site server did not answer at ${origin}`);
}
