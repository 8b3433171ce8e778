import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.js';

const PORT = 4173;
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
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], timezoneId: 'America/Los_Angeles' } },
		{ name: 'phone', use: { ...devices['Pixel 7'], timezoneId: 'Pacific/Kiritimati' } }
	],
	webServer: {
		command: `node scripts/serve.js build --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI
	}
});
