import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { featuredTimeline } from './src/lib/server/featured.ts';
import { loadTimelines } from './src/lib/server/timelines.ts';

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

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: ['src/**/*.svelte.test.ts'], environment: 'node' }
			},
			{
				// Runes classes compiled for the browser and run with Svelte's client runtime, as they ship.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: './scripts/vitest-runes-environment.ts' }
			}
		]
	}
});
