import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { featuredTimeline } from './src/lib/server/featured.ts';
import { DATA_DIR, loadTimelines } from './src/lib/server/timelines.ts';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/chromium.js';

const chromium = findChromium();

/**
 * Fails the build, before any bundling, when the dataset is invalid (the same check as `npm run validate`) or
 * SOURCELINE_FEATURED names no timeline of it.
 */
function validateData(): Plugin {
	let checked = false;
	return {
		name: 'sourceline:validate-data',
		apply: 'build',
		buildStart() {
			if (checked) return;
			checked = true;
			try {
				featuredTimeline(loadTimelines(), process.env.SOURCELINE_FEATURED);
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

/**
 * `npm run dev` shows edits to data/ at once: the server forgets the timelines it loaded (the module that keeps
 * them is reloaded) and the page reloads. An invalid edit shows SvelteKit's error page, which names the problem.
 */
function reloadData(): Plugin {
	return {
		name: 'sourceline:reload-data',
		apply: 'serve',
		configureServer(server) {
			const data = resolve(DATA_DIR);
			server.watcher.add(data);
			const reload = (file: string) => {
				if (!file.startsWith(data)) return;
				for (const module of server.moduleGraph.getModulesByFile(resolve('src/lib/server/site.ts')) ?? []) server.moduleGraph.invalidateModule(module);
				server.ws.send({ type: 'full-reload' });
			};
			for (const change of ['add', 'change', 'unlink'] as const) server.watcher.on(change, reload);
		}
	};
}

export default defineConfig({
	plugins: [validateData(), reloadData(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: ['src/**/*.svelte.test.ts', 'src/**/*.browser.test.ts'], environment: 'node' }
			},
			{
				// Runes classes compiled for the browser and run with Svelte's client runtime, as they ship.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: './scripts/vitest-runes-environment.ts' }
			},
			{
				// What only a browser has (IndexedDB, Web Workers), in real Chromium: the same one the browser tests use.
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromium?.path ? { executablePath: chromium.path } : {} }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
