/**
 * Which of the build's chunks a prerendered page loads, from its HTML and Vite's manifest (for bundle.ts). The embed
 * page has no SvelteKit client: its island's modules are named in its HTML (src/lib/server/page-modules.ts).
 */
export type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/** The manifest keys a page starts from: SvelteKit's entries it imports, and its route nodes. */
function pageRoots(html: string, manifest: Manifest): string[] {
	const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const entries = [...html.matchAll(/import\("(?:\.\.?\/)+(_app\/immutable\/[^"]+\.js)"\)/g)].map((m) => m[1]!);
	const nodes = /node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1]?.split(',').map((n) => n.trim()) ?? [];
	const roots = [...entries.map((file) => byFile.get(file)), ...nodes.map((n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`)];
	const missing = roots.filter((key) => key === undefined || !manifest[key]);
	if (entries.length === 0 || nodes.length === 0 || missing.length > 0) throw new Error('cannot tell which scripts this page starts from');
	return roots as string[];
}

/** The keys reachable from `roots` through static imports. */
function staticClosure(roots: string[], manifest: Manifest): Set<string> {
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		for (const next of manifest[key]?.imports ?? []) visit(next);
	};
	roots.forEach(visit);
	return seen;
}

/**
 * The files a page loads before the reader does anything (its roots and their static imports), and those that
 * load only when used: the dynamic imports of what loaded, except other routes' nodes (SvelteKit's router imports
 * every node dynamically), with their own static imports.
 */
export function pageScripts(html: string, manifest: Manifest): { start: string[]; onDemand: string[] } {
	const island = islandScripts(html);
	if (island) return island;
	const loaded = staticClosure(pageRoots(html, manifest), manifest);
	const dynamic = [...loaded].flatMap((key) => manifest[key]?.dynamicImports ?? []).filter((key) => !key.includes('/client-optimized/nodes/'));
	const onDemand = [...staticClosure(dynamic, manifest)].filter((key) => !loaded.has(key));
	const file = (key: string) => manifest[key]!.file;
	return { start: [...loaded].map(file), onDemand: onDemand.map(file) };
}

const siteFile = (href: string) => href.replace(/^(?:\.\.?\/|\/)+/, '');

/**
 * An island page's files, as its HTML names them: its module script and the modules it preloads at start; the
 * hosted-dataset modules (`sourceline:hosted-dataset-modules`) on demand. Undefined for a SvelteKit page.
 */
function islandScripts(html: string): { start: string[]; onDemand: string[] } | undefined {
	const entry = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
	if (entry === undefined) return undefined;
	const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
	const onDemand = /<meta name="sourceline:hosted-dataset-modules" content="([^"]*)"/.exec(html)?.[1]?.split(' ').filter(Boolean) ?? [];
	return { start: [...new Set([entry, ...preloads].map(siteFile))], onDemand: onDemand.map(siteFile) };
}
