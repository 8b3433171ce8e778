/**
 * scripts/serve.js as `npm start`, the end-to-end tests and the benchmark run it: the real script on a free port,
 * serving a real folder that is rebuilt while it runs. A rebuild must be seen without a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/serve.js');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

/** A folder laid out like a build, served by the real script; resolves once it answers. */
async function servedSite(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'sourceline-serve-'));
	const write = (entries: Record<string, string>) => {
		for (const [name, text] of Object.entries(entries)) {
			mkdirSync(join(dir, name, '..'), { recursive: true });
			writeFileSync(join(dir, name), text);
		}
	};
	write(files);
	const port = await freePort();
	const server: ChildProcess = spawn(process.execPath, [SCRIPT, dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	server.stderr?.on('data', (chunk) => (stderr += chunk));
	cleanups.push(() => {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let attempt = 0; ; attempt++) {
		try {
			await fetch(`${origin}/`);
			break;
		} catch (error) {
			if (attempt > 100) throw error;
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	const get = async (path: string) => {
		const response = await fetch(origin + path);
		return { status: response.status, text: await response.text() };
	};
	return { dir, write, get, stderr: () => stderr, running: () => server.exitCode === null };
}

describe('scripts/serve.js after a rebuild', () => {
	it('serves a file the rebuild added, with no restart', async () => {
		const site = await servedSite({ 'index.html': '<p>one</p>', '_app/immutable/app.aaaa.js': 'old' });
		expect(await site.get('/_app/immutable/app.bbbb.js')).toEqual({ status: 404, text: 'Not found' });
		site.write({ '_app/immutable/app.bbbb.js': 'new' });
		expect(await site.get('/_app/immutable/app.bbbb.js')).toEqual({ status: 200, text: 'new' });
	});

	it('serves a page the rebuild rewrote whole, not cut to its old length', async () => {
		const site = await servedSite({ 'index.html': '<p>one</p>' });
		expect((await site.get('/')).text).toBe('<p>one</p>');
		rmSync(site.dir, { recursive: true });
		site.write({ 'index.html': '<p>one, and a longer second paragraph</p>', 'about.html': 'about' });
		expect(await site.get('/')).toEqual({ status: 200, text: '<p>one, and a longer second paragraph</p>' });
		expect(await site.get('/about')).toEqual({ status: 200, text: 'about' });
	});

	it('keeps answering while the folder is rebuilt, and forgets the files the rebuild dropped', async () => {
		const site = await servedSite({ 'index.html': 'home', '_app/immutable/app.aaaa.js': 'old' });
		rmSync(site.dir, { recursive: true });
		expect((await site.get('/')).status).toBe(503);
		site.write({ 'index.html': 'home again' });
		expect((await site.get('/_app/immutable/app.aaaa.js')).status).toBe(404);
		expect(await site.get('/')).toEqual({ status: 200, text: 'home again' });
		expect(site.running(), site.stderr()).toBe(true);
	});

	it('survives a file deleted by hand, without a rebuild, and then answers that it is gone', async () => {
		const site = await servedSite({ 'index.html': 'home', '_app/immutable/app.aaaa.js': 'old' });
		rmSync(join(site.dir, '_app/immutable/app.aaaa.js'));
		// The answer for the file it had listed is cut short: it cannot be sent.
		await expect(site.get('/_app/immutable/app.aaaa.js')).rejects.toThrow();
		expect(site.running(), site.stderr()).toBe(true);
		expect(await site.get('/_app/immutable/app.aaaa.js')).toEqual({ status: 404, text: 'Not found' });
		expect(await site.get('/')).toEqual({ status: 200, text: 'home' });
	});
});
