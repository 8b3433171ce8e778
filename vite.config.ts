import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, Rollup } from 'vite';
import { defineConfig } from 'vitest/config';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featuredTimeline } from './src/lib/server/featured.ts';
import { DATA_DIR, loadTimelines } from './src/lib/server/timelines.ts';
import { EMBED_MODULES_VARIABLE, pageModules, type BuiltChunk } from './src/lib/server/page-modules.ts';
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

/** The chunks a bundle serves to browsers; none in the server build. */
const browserChunks = (bundle: Rollup.OutputBundle) =>
	Object.values(bundle).filter((file): file is Extract<typeof file, { type: 'chunk' }> => file.type === 'chunk' && file.fileName.startsWith('_app/immutable/'));

/**
 * With SOURCELINE_BUNDLE_MODULES=<file>, writes which source modules each browser chunk holds, with their code as
 * rendered into it, for the benchmark's bundle report (bench/src/bundle.ts). Reads the bundle; changes nothing.
 */
function recordBundleModules(): Plugin {
	const file = process.env.SOURCELINE_BUNDLE_MODULES;
	return {
		name: 'sourceline:bundle-modules',
		apply: () => Boolean(file),
		generateBundle(_options, bundle) {
			const chunks = browserChunks(bundle);
			// Only the client build writes the file.
			if (chunks.length > 0)
				writeFileSync(
					file!,
					JSON.stringify(Object.fromEntries(chunks.map((chunk) => [chunk.fileName, Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [id, module.code ?? '']))])))
				);
		}
	};
}

/**
 * Records which browser modules the embed page needs (src/lib/server/page-modules.ts) for its prerendering, which
 * follows the client build: the page preloads them, the validator's only when the query has `data=`.
 */
function recordEmbedModules(): Plugin {
	const page = resolve('src/routes/(embed)/embed/[id=slug]/+page.svelte');
	return {
		name: 'sourceline:embed-modules',
		apply: 'build',
		generateBundle(_options, bundle) {
			const chunks: BuiltChunk[] = browserChunks(bundle);
			if (chunks.length > 0) process.env[EMBED_MODULES_VARIABLE] = JSON.stringify(pageModules(chunks, page));
		}
	};
}

export default defineConfig({
	plugins: [validateData(), reloadData(), recordBundleModules(), recordEmbedModules(), sveltekit()],
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
