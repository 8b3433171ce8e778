#!/usr/bin/env node
// Serves the built static site exactly as a web host would: `node scripts/serve.js [dir] [--port N]`.
// Used by `npm start`, the end-to-end tests and the benchmark, so all of them see the same files.
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 4173));
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? 'build';

if (!existsSync(dir)) {
	console.error(`Nothing to serve: "${dir}" does not exist. Run \`npm run build\` first.`);
	process.exit(1);
}

/**
 * The site's files, listed once (sirv's fast mode) and listed again when the folder was rebuilt, so a preview left
 * running serves a new build without a restart. A rebuild empties and rewrites the folder, which changes the
 * folder's own inode or modified time: one stat per request. A file written later into a subfolder is found by a
 * miss (`reread`). Returns null while the folder is missing (a rebuild under way).
 */
const site = {
	stamp: '',
	assets: null,
	current() {
		let stamp;
		try {
			const stats = statSync(dir);
			stamp = `${stats.ino}:${stats.mtimeMs}`;
		} catch {
			return null;
		}
		if (stamp !== this.stamp) this.list(stamp);
		return this.assets;
	},
	list(stamp) {
		this.stamp = stamp;
		this.assets = sirv(dir, { etag: true, gzip: true, brotli: true, extensions: ['html'] });
	},
	/** After a miss: lists the files again when the one asked for is on disk now (its page or its file). */
	reread(path) {
		if (!file(path) && !file(`${path}.html`) && !file(`${path.replace(/\/$/, '')}/index.html`)) return false;
		this.list(this.stamp);
		return true;
	}
};

/** Whether the build holds the file at this URL path. */
function file(name) {
	try {
		const decoded = decodeURIComponent(name);
		return !decoded.includes('..') && existsSync(join(dir, decoded)) && statSync(join(dir, decoded)).isFile();
	} catch {
		return false; // a malformed %-escape names no file
	}
}

/**
 * Framing, which a <meta> Content-Security-Policy cannot control: the embed pages may be framed by any site,
 * everything else only by this one (`X-Frame-Options` for browsers without frame-ancestors).
 */
function setFramingHeaders(req, res) {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (path.startsWith('/embed/')) res.setHeader('content-security-policy', 'frame-ancestors *');
	else {
		res.setHeader('content-security-policy', "frame-ancestors 'self'");
		res.setHeader('x-frame-options', 'SAMEORIGIN');
	}
}

/**
 * The address of a page as the build wrote it: `/studio/` is `studio.html`, so it is `/studio`, and
 * `/timelines` is `timelines/index.html`, so it is `/timelines/`. Pages use relative links to their assets,
 * which break at the other address; hosts with "pretty URLs" redirect the same way.
 */
function canonicalPath(path) {
	if (path.length > 1 && path.endsWith('/') && !file(`${path}index.html`) && file(`${path.slice(0, -1)}.html`)) return path.slice(0, -1);
	if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && !file(`${path}.html`) && file(`${path}/index.html`)) return `${path}/`;
	return null;
}

const server = createServer((req, res) => {
	setFramingHeaders(req, res);
	const url = new URL(req.url ?? '/', 'http://localhost');
	const canonical = canonicalPath(url.pathname);
	if (canonical !== null) {
		res.writeHead(308, { location: `${canonical}${url.search}` });
		return res.end();
	}
	const assets = site.current();
	if (assets === null) {
		res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
		return res.end(`"${dir}" is missing: being rebuilt? Try again in a moment.`);
	}
	// sirv streams a file it listed; one deleted since by hand (no rebuild to notice) fails that stream, which has
	// no handler of its own and would stop the server. The answer is cut short, and the files are listed again.
	res.on('pipe', (source) =>
		source.on('error', () => {
			site.stamp = '';
			res.destroy();
		})
	);
	const notFound = () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	assets(req, res, () => (site.reread(url.pathname) ? site.assets(req, res, notFound) : notFound()));
});
server.on('error', (error) => {
	if (error.code !== 'EADDRINUSE') throw error;
	console.error(`Port ${port} is in use (another server, or \`npm start\` already running). Pick another: PORT=8080 npm start, or npm run serve -- --port 8080.`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Sourceline is being served at http://localhost:${port}/`));
