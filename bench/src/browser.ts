/**
 * Which Chromium to drive, in the order the app's tests use (scripts/chromium.js): CHROMIUM_PATH, Playwright's own
 * download when installed, then Debian's package. Not imported from there: that file loads the app's copy of
 * @playwright/test, and the benchmark drives the browser with its own playwright-core.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function findChromium(): { path: string | undefined; source: string } {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit) return { path: explicit, source: 'CHROMIUM_PATH' };
	if (existsSync(chromium.executablePath())) return { path: undefined, source: "Playwright's Chromium" };
	if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: "Debian's chromium package" };
	throw new Error('No Chromium: set CHROMIUM_PATH, run `npx playwright install chromium`, or `apt-get install chromium`.');
}
