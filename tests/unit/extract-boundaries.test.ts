// The extractor runs the same in the browser and in Node, and no page carries it: both are facts of its imports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ts|svelte|js)$/.test(f) && !f.endsWith('.test.ts'))
		.map((f) => join(dir, f));
const imports = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ file, type: Boolean(m[1]), from: m[2]! }));

describe('src/lib/extract', () => {
	const modules = sources('src/lib/extract');
	const all = modules.flatMap(imports);

	it('is checked: its modules import something', () => {
		expect(modules.length).toBeGreaterThan(10);
		expect(all.length).toBeGreaterThan(20);
	});

	it('imports no package and nothing Node-only, so it bundles for the browser as it runs in Node', () => {
		expect(all.filter((i) => !i.from.startsWith('.'))).toEqual([]);
	});

	it('reaches outside itself only for dates, anchoring, the closed vocabularies and the format’s types', () => {
		const allowed = /^(?:\.\/|\.\.\/dates\/|\.\.\/anchoring\/|\.\.\/model\/vocabulary\.ts$)/;
		expect(all.filter((i) => !allowed.test(i.from) && !(i.type && i.from === '../model/schema.ts'))).toEqual([]);
	});
});

describe('the site', () => {
	// The studio (its modules and its pages) is the one part of the site that runs the extractor.
	const studio = [join('src', 'lib', 'studio'), join('src', 'routes', 'studio')];
	const site = sources('src').filter((f) => !f.startsWith(join('src', 'lib', 'extract')) && !studio.some((dir) => f.startsWith(dir)));

	it('never imports the extractor outside the studio: no explorer, embed or other page carries it', () => {
		expect(site.length).toBeGreaterThan(20);
		expect(site.flatMap(imports).filter((i) => i.from.includes('extract/'))).toEqual([]);
	});

	it('never imports the studio outside its own pages', () => {
		expect(sources(studio[0]!).length).toBeGreaterThan(5);
		expect(site.flatMap(imports).filter((i) => i.from.includes('studio/'))).toEqual([]);
	});
});
