/**
 * Which browser modules the embed page needs, read from its island's build (docs/embed-loading.md), so that the
 * prerendered page asks for each before any code runs:
 * - `imports`: the entry's chunk first, then every chunk it imports statically, at any depth;
 * - `onDemand`: the chunks of its dynamic imports (the validator of a hosted dataset) and what they import, less
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

/** The embed page's one script, and where the build puts its modules. */
export const ISLAND_SOURCE = 'src/lib/embed-page/island.ts';
export const ISLAND_FOLDER = '_app/immutable/embed';

/** Outside a build (the dev server) the page loads the island's source, which Vite serves. */
export const DEV_EMBED_MODULES: PageModules = { imports: [ISLAND_SOURCE], onDemand: [] };

/** The modules of the chunk holding the source module `entry` (an absolute path as the bundler names it). */
export function pageModules(chunks: readonly BuiltChunk[], entry: string): PageModules {
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	const holder = chunks.find((chunk) => chunk.moduleIds.includes(entry));
	if (!holder) throw new Error(`no chunk of the client build holds ${entry}`);
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

/** The embed page's modules as the build recorded them, its island's entry first; its source outside a build. */
export function embedModules(env: Record<string, string | undefined> = process.env): PageModules {
	const recorded = env[EMBED_MODULES_VARIABLE];
	if (recorded === undefined) return DEV_EMBED_MODULES;
	const value = JSON.parse(recorded) as PageModules;
	const files = (list: unknown) => Array.isArray(list) && list.every((file) => typeof file === 'string' && /^[\w./-]+\.js$/.test(file));
	if (!files(value.imports) || value.imports.length === 0 || !files(value.onDemand)) throw new Error(`${EMBED_MODULES_VARIABLE} is not a list of module files: ${recorded.slice(0, 200)}`);
	return value;
}
