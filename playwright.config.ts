import { defineConfig, devices } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { findChromium } from './scripts/chromium.js';

/**
 * A port nobody is listening on, so the tests run beside `npm start` or another checkout's tests. Chosen once by
 * the runner and handed to its workers (which load this file again) through the environment.
 */
function freePort(): string {
	const probe = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
	return spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout.trim();
}
const PORT = Number((process.env.SOURCELINE_TEST_PORT ||= freePort()));
const chromium = findChromium();

/** End-to-end tests run in real Chromium against the built site in `build/`, served as a host would. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/out/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: chromium?.path ? { executablePath: chromium.path } : {}
	},
	projects: [
		// Two time zones either side of UTC: a calendar date must print the same in both.
		{ name: 'desktop', testIgnore: /many-timelines/, use: { ...devices['Desktop Chrome'], timezoneId: 'America/Los_Angeles' } },
		{ name: 'phone', testIgnore: /many-timelines/, use: { ...devices['Pixel 7'], timezoneId: 'Pacific/Kiritimati' } },
		// A second site, of three timelines, built into a folder of its own by its setup (one more build), and served
		// by each worker of the "many" project: `npx playwright test --project=many`.
		{ name: 'many-site', testMatch: /many-timelines\.setup\.ts/ },
		{ name: 'many', testMatch: /many-timelines\.spec\.ts/, dependencies: ['many-site'], use: { ...devices['Desktop Chrome'], timezoneId: 'America/Los_Angeles' } }
	],
	webServer: {
		command: `node scripts/serve.js build --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI
	}
});
