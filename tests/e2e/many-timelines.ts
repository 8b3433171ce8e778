/**
 * The site of many timelines (built by many-timelines.setup.ts, checked by many-timelines.spec.ts): where it is
 * built from and to, the address it is built for, and a server of it for each test worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { test as base } from './helpers.ts';

export const MANY_DATA = 'test-results/many-timelines/data';
export const MANY_SITE = 'test-results/many-timelines/site';
/** Absolute URLs in the pages (canonical, sitemap, oEmbed) name this address, wherever the tests serve them. */
export const MANY_ORIGIN = 'https://timelines.example.org';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** `site`: the address a test worker serves the built site at (scripts/serve.js, as a host would). */
export const test = base.extend<object, { site: string }>({
	site: [
		async ({}, use) => {
			const port = await freePort();
			const server: ChildProcess = spawn(process.execPath, ['scripts/serve.js', MANY_SITE, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
			await new Promise<void>((resolve, reject) => {
				server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('is being served') && resolve());
				server.on('exit', (code) => reject(new Error(`the server of ${MANY_SITE} stopped (${code}): was it built? Its setup builds it, and Playwright empties test-results/ before every run`)));
			});
			await use(`http://localhost:${port}`);
			server.kill();
		},
		{ scope: 'worker' }
	]
});
export { expect } from './helpers.ts';
