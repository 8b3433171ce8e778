// Where the browser tests find Chromium, in order: an explicit path (CHROMIUM_PATH), Playwright's own
// download when it has been installed, then Debian's package. See ../README.md#tests.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string | undefined, source: string } | undefined} undefined path = Playwright's own. */
export function findChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit) return existsSync(explicit) ? { path: explicit, source: 'CHROMIUM_PATH' } : undefined;
	if (existsSync(chromium.executablePath())) return { path: undefined, source: "Playwright's Chromium" };
	if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: "Debian's chromium package" };
	return undefined;
}
