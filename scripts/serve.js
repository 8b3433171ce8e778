#!/usr/bin/env node
// Serves the built static site exactly as a web host would: `node scripts/serve.js [dir] [--port N]`.
// Used by `npm start`, the end-to-end tests and the benchmark, so all of them see the same files.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 4173));
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? 'build';

if (!existsSync(dir)) {
	console.error(`Nothing to serve: "${dir}" does not exist. Run \`npm run build\` first.`);
	process.exit(1);
}

const assets = sirv(dir, { etag: true, gzip: true, brotli: true, extensions: ['html'] });

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

const server = createServer((req, res) => {
	setFramingHeaders(req, res);
	assets(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});
server.on('error', (error) => {
	if (error.code !== 'EADDRINUSE') throw error;
	console.error(`Port ${port} is in use (another server, or \`npm start\` already running). Pick another: PORT=8080 npm start, or npm run serve -- --port 8080.`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Sourceline is being served at http://localhost:${port}/`));
