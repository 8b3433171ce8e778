/**
 * Builds the site of many timelines that many-timelines.spec.ts checks: the built-in article and the two timelines
 * of tests/fixtures/site-data/, read from a data folder of their own (SOURCELINE_DATA) and built into a folder of
 * their own (SOURCELINE_OUT), for the address SOURCELINE_ORIGIN names. build/ and data/ are not touched.
 */
import { test as setup, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANY_DATA, MANY_ORIGIN, MANY_SITE } from './many-timelines.ts';

setup('build a site of three timelines', async () => {
	// A build takes a few seconds on an idle machine and much longer on a busy one.
	setup.setTimeout(300_000);
	rmSync(MANY_DATA, { recursive: true, force: true });
	mkdirSync(MANY_DATA, { recursive: true });
	cpSync('data/xi-visit-russia-2023', join(MANY_DATA, 'xi-visit-russia-2023'), { recursive: true });
	for (const folder of readdirSync('tests/fixtures/site-data', { withFileTypes: true }).filter((entry) => entry.isDirectory()))
		cpSync(join('tests/fixtures/site-data', folder.name), join(MANY_DATA, folder.name), { recursive: true });

	const build = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: { ...process.env, SOURCELINE_DATA: MANY_DATA, SOURCELINE_OUT: MANY_SITE, SOURCELINE_ORIGIN: MANY_ORIGIN },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	build.stdout.on('data', (chunk) => (output += chunk));
	build.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number | null>((resolve) => build.on('close', resolve));
	expect(status, output.slice(-4000)).toBe(0);
});
