/**
 * Which browser modules a page needs, read from the client build's chunks, for what SvelteKit's own preload list
 * does not give (docs/embed-loading.md):
 * - `imports`: the page's chunk and every chunk it imports statically, at any depth. SvelteKit 2.70's list can miss one
 *   that another chunk also reaches through a dynamic import (the embed page's options, also imported by the
 *   lazily loaded Embed dialog), which the browser then asks for only once the page's chunk has arrived.
 * - `onDemand`: the chunks of the page's own dynamic imports (the embed's validator) and what they import, less
 *   `imports`: preloaded only when the page will use them, which only the query says.
 */

/** The part of a Rollup/Rolldown output chunk read here; file names are relative to the site's root. */
export interface BuiltChunk {
	fileName: string;
	imports: readonly string[];
	dynamicImports: readonly string[];
	moduleIds: readonly string[];
}

export interface PageModules {
	imports: string[];
	onDemand: string[];
}

export const NO_PAGE_MODULES: PageModules = { imports: [], onDemand: [] };

/** The modules of the chunk holding the source module `page` (an absolute path as the bundler names it). */
export function pageModules(chunks: readonly BuiltChunk[], page: string): PageModules {
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	const holder = chunks.find((chunk) => chunk.moduleIds.includes(page));
	if (!holder) throw new Error(`no chunk of the client build holds ${page}`);
	/** `from` and everything it imports statically, in the order first met. */
	const closure = (from: readonly string[], into: Set<string>) => {
		for (const name of from) {
			if (into.has(name)) continue;
			const chunk = byName.get(name);
			if (!chunk) throw new Error(`${name}, imported by the build, is not one of its chunks`);
			into.add(name);
			closure(chunk.imports, into);
		}
		return into;
	};
	const imports = closure([holder.fileName], new Set());
	const onDemand = [...closure(holder.dynamicImports, new Set())].filter((name) => !imports.has(name));
	return { imports: [...imports], onDemand };
}

/**
 * The client build runs before the pages are prerendered, in the same build, so the embed page's modules reach
 * the prerendering (which SvelteKit runs in a worker that inherits the environment) through this variable.
 */
export const EMBED_MODULES_VARIABLE = 'SOURCELINE_EMBED_MODULES';

/** The embed page's modules as the build recorded them; none outside a build (the dev server preloads nothing). */
export function embedModules(env: Record<string, string | undefined> = process.env): PageModules {
	const recorded = env[EMBED_MODULES_VARIABLE];
	if (recorded === undefined) return NO_PAGE_MODULES;
	const value = JSON.parse(recorded) as PageModules;
	const files = (list: unknown) => Array.isArray(list) && list.every((file) => typeof file === 'string' && /^[\w./-]+\.js$/.test(file));
	if (!files(value.imports) || !files(value.onDemand)) throw new Error(`${EMBED_MODULES_VARIABLE} is not a list of module files: ${recorded.slice(0, 200)}`);
	return value;
}
