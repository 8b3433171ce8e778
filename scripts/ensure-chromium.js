#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: finds one, or gets one (Playwright's download where that
// works; Debian's package where it does not and this user may install packages), or says in one line how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const found = () => {
	const chromium = findChromium();
	if (chromium) console.log(`Browser tests use ${chromium.source}${chromium.path ? ` (${chromium.path})` : ''}.`);
	return chromium !== undefined;
};

if (process.env.CHROMIUM_PATH && !findChromium()) {
	console.error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file is there.`);
	process.exit(1);
}
if (found()) process.exit(0);

console.log('No Chromium found: trying Playwright’s download…');
if (run('npx', ['playwright', 'install', 'chromium']) && found()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
	console.log('Trying Debian’s chromium package…');
	if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && found()) process.exit(0);
}

console.error(
	'No Chromium for the browser tests: run `npx playwright install chromium`, or `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.'
);
process.exit(1);
