import { describe, expect, it } from 'vitest';
import { EMBED_MODULES_VARIABLE, embedModules, pageModules, type BuiltChunk } from './page-modules.ts';

const PAGE = '/app/src/routes/embed/+page.svelte';
const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], moduleIds: string[] = []): BuiltChunk => ({
	fileName,
	imports,
	dynamicImports,
	moduleIds
});

describe('pageModules', () => {
	// The shape of the embed's build: the page imports the explorer and the options; the explorer loads the Embed
	// dialog on demand, which imports the options too; the page loads the validator on demand.
	const embedBuild = [
		chunk('page.js', ['runtime.js', 'explorer.js', 'options.js'], ['validate.js', 'issues.js'], ['/app/x.ts', PAGE]),
		chunk('runtime.js'),
		chunk('explorer.js', ['runtime.js'], ['dialog.js']),
		chunk('dialog.js', ['snippet.js']),
		chunk('snippet.js', ['options.js']),
		chunk('options.js'),
		chunk('validate.js', ['runtime.js', 'issues.js', 'schema.js']),
		chunk('issues.js'),
		chunk('schema.js', ['valibot.js']),
		chunk('valibot.js')
	];

	const cases: { name: string; chunks: BuiltChunk[]; expected: { imports: string[]; onDemand: string[] } }[] = [
		{
			name: 'a chunk the page imports that another chunk also reaches on demand is still the page’s (options.js)',
			chunks: embedBuild,
			expected: { imports: ['page.js', 'runtime.js', 'explorer.js', 'options.js'], onDemand: ['validate.js', 'issues.js', 'schema.js', 'valibot.js'] }
		},
		{
			name: 'static imports at any depth, each once, through a cycle',
			chunks: [chunk('page.js', ['a.js'], [], [PAGE]), chunk('a.js', ['b.js']), chunk('b.js', ['a.js', 'c.js']), chunk('c.js')],
			expected: { imports: ['page.js', 'a.js', 'b.js', 'c.js'], onDemand: [] }
		},
		{
			name: 'what the page loads on demand leaves out what it already imports, the page itself included',
			chunks: [chunk('page.js', ['a.js'], ['lazy.js'], [PAGE]), chunk('a.js'), chunk('lazy.js', ['a.js', 'page.js', 'b.js']), chunk('b.js')],
			expected: { imports: ['page.js', 'a.js'], onDemand: ['lazy.js', 'b.js'] }
		},
		{
			name: 'only the page’s own dynamic imports are on demand, not those of the chunks it imports',
			chunks: [chunk('page.js', ['explorer.js'], [], [PAGE]), chunk('explorer.js', [], ['dialog.js']), chunk('dialog.js')],
			expected: { imports: ['page.js', 'explorer.js'], onDemand: [] }
		}
	];
	it.each(cases)('$name', ({ chunks, expected }) => {
		expect(pageModules(chunks, PAGE)).toEqual(expected);
	});

	it('says so when no chunk holds the page, or a chunk names one the build does not have', () => {
		expect(() => pageModules([chunk('a.js', [], [], ['/app/other.svelte'])], PAGE)).toThrow(`no chunk of the client build holds ${PAGE}`);
		expect(() => pageModules([chunk('page.js', ['gone.js'], [], [PAGE])], PAGE)).toThrow('gone.js, imported by the build, is not one of its chunks');
	});
});

describe('embedModules', () => {
	it("is the island's source outside a build (the dev server serves it), and reads what the build recorded", () => {
		expect(embedModules({})).toEqual({ imports: ['src/lib/embed-page/island.ts'], onDemand: [] });
		const recorded = { imports: ['_app/immutable/embed/island.abc.js'], onDemand: ['_app/immutable/embed/validate.D-x_1.js'] };
		expect(embedModules({ [EMBED_MODULES_VARIABLE]: JSON.stringify(recorded) })).toEqual(recorded);
	});

	it.each([
		['not a list', { imports: 'a.js', onDemand: [] }],
		['a file that is no module', { imports: ['a.css'], onDemand: [] }],
		['markup in a name', { imports: [], onDemand: ['"><script>.js'] }],
		['a list missing', { imports: ['a.js'] }],
		['without an entry', { imports: [], onDemand: [] }]
	])('refuses a recording that is %s, naming the variable', (_, value) => {
		expect(() => embedModules({ [EMBED_MODULES_VARIABLE]: JSON.stringify(value) })).toThrow(`${EMBED_MODULES_VARIABLE} is not a list of module files`);
	});
});
