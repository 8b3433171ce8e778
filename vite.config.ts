import { sveltekit } from '@sveltejs/kit/vite';
import { build, type Plugin, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featuredTimeline } from './src/lib/server/featured.ts';
import { DATA_DIR, loadTimelines } from './src/lib/server/timelines.ts';
import { EMBED_MODULES_VARIABLE, ISLAND_FOLDER, ISLAND_SOURCE, pageModules } from './src/lib/server/page-modules.ts';
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
			const chunks = [...browserChunks(bundle), ...islandChunks];
			// Only the client build writes the file.
			if (chunks.length > 0)
				writeFileSync(
					file!,
					JSON.stringify(Object.fromEntries(chunks.map((chunk) => [chunk.fileName, Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [id, module.code ?? '']))])))
				);
		}
	};
}

/** The island's chunks, once embedIsland has built them (the site has them as plain files). */
const islandChunks: Rollup.OutputChunk[] = [];

/**
 * Builds the embed page's island (src/lib/embed-page/island.ts: the embed mounted by one module, without SvelteKit's
 * client, see docs/embed-loading.md) in the client build, adds its files to the site, and records its modules for
 * the page's prerendering, which follows (src/lib/server/page-modules.ts). Its styles are the page's own: the
 * prerendered page inlines the same components' CSS, scoped by the same hashes (file names), so the island's are
 * dropped.
 */
function embedIsland(): Plugin {
	return {
		name: 'sourceline:embed-island',
		apply: 'build',
		async generateBundle(_options, bundle) {
			if (browserChunks(bundle).length === 0) return; // the server build
			const built = await build({
				configFile: false,
				logLevel: 'warn',
				plugins: [svelte()],
				build: {
					write: false,
					modulePreload: false,
					rolldownOptions: {
						input: { island: ISLAND_SOURCE },
						output: { entryFileNames: `${ISLAND_FOLDER}/[name].[hash].js`, chunkFileNames: `${ISLAND_FOLDER}/[name].[hash].js` }
					}
				}
			});
			const output = (Array.isArray(built) ? built : [built]).flatMap((result) => ('output' in result ? result.output : []));
			// Every scope the island's styles use must be styled by the site's CSS, which the page inlines.
			const scopes = (css: string) => new Set(css.match(/svelte-[a-z0-9]+/g));
			const siteScopes = scopes(Object.values(bundle).map((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? String(file.source) : '')).join('\n'));
			const islandCss = output.map((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? String(file.source) : '')).join('\n');
			const unstyled = [...scopes(islandCss)].filter((scope) => !siteScopes.has(scope));
			if (unstyled.length > 0) this.error(`the embed's island styles ${unstyled.join(', ')}, which no CSS of the site has: its Svelte config differs from the site's`);
			const chunks = output.filter((file) => file.type === 'chunk');
			for (const chunk of chunks) this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
			islandChunks.splice(0, Infinity, ...chunks);
			process.env[EMBED_MODULES_VARIABLE] = JSON.stringify(pageModules(chunks, resolve(ISLAND_SOURCE)));
		}
	};
}

export default defineConfig({
	plugins: [validateData(), reloadData(), embedIsland(), recordBundleModules(), sveltekit()],
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
