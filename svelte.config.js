import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFolder } from './scripts/build-folder.js';

/**
 * SvelteKit hashes the inline scripts it writes itself, but not the one in src/app.html (theme before first
 * paint). Hash that script's exact text here, read at config time, so the policy cannot go stale when the script
 * is edited. (The <meta> policy comes after that script in the document and so does not govern it, but a host
 * that sends the same policy as a header does, and then the hash is what lets it run.)
 */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
const appScriptHashes = inlineScripts.map((text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);

/** Where the site is built: build/, or the folder SOURCELINE_OUT names (see scripts/build-folder.js). */
const { out, workingFiles } = buildFolder(process.env.SOURCELINE_OUT, fileURLToPath(new URL('.', import.meta.url)));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		outDir: workingFiles,
		// Each page's CSS in the page: no request before the first paint (and the embed's island brings none).
		inlineStyleThreshold: Infinity,
		// A static site: every route is prerendered, and `strict` fails the build on any route that is not.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Written into every page as <meta http-equiv="content-security-policy">. A <meta> policy cannot set
		// frame-ancestors (browsers ignore it there): the host sends that as a header, see scripts/serve.js.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// SvelteKit adds the hashes of its own inline bootstrap scripts to this list.
				'script-src': ['self', ...appScriptHashes],
				// 'unsafe-inline' is needed: Svelte's style: directives and style={…} set style attributes (and
				// app.html has one), and hash mode only hashes <style> elements SvelteKit inlines, never attributes
				// (hashes for attributes would need 'unsafe-hashes' and every value, and ours are computed). With
				// 'unsafe-inline' present SvelteKit adds no style hashes, which would otherwise disable it.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				// The embed may fetch a dataset hosted elsewhere (`?data=<URL>`, src/lib/embed/external.ts), which
				// accepts http(s). `http:` matters only on a site served over plain http (local, the tests): from an
				// https page browsers block http fetches as mixed content anyway, so there this is `https:` alone.
				'connect-src': ['self', 'https:', 'http:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
