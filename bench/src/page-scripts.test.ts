import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageScripts, type Manifest } from './page-scripts.ts';

const NODE = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
/** A build shaped like SvelteKit's: two entries, a layout and two pages, shared and lazily loaded chunks. */
const manifest: Manifest = {
	'.svelte-kit/generated/client-optimized/app.js': {
		file: '_app/immutable/entry/app.A.js',
		imports: ['_runtime.js'],
		dynamicImports: [NODE(0), NODE(2), NODE(3)]
	},
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': { file: '_app/immutable/entry/start.S.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	[NODE(0)]: { file: '_app/immutable/nodes/0.js', imports: ['_runtime.js'] },
	[NODE(2)]: { file: '_app/immutable/nodes/2.js', imports: ['_explorer.js'], dynamicImports: ['src/lib/EmbedDialog.svelte'] },
	[NODE(3)]: { file: '_app/immutable/nodes/3.js', imports: ['_explorer.js'], dynamicImports: ['src/lib/validate.ts', '_explorer.js'] },
	'_explorer.js': { file: '_app/immutable/chunks/explorer.js', imports: ['_runtime.js'] },
	'src/lib/EmbedDialog.svelte': { file: '_app/immutable/chunks/dialog.js', imports: ['_explorer.js'] },
	'src/lib/validate.ts': { file: '_app/immutable/chunks/validate.js', imports: ['_schema.js'] },
	'_schema.js': { file: '_app/immutable/chunks/schema.js' }
};
const html = (nodes: string, prefix = './') => `<script>
	Promise.all([
		import("${prefix}_app/immutable/entry/start.S.js"),
		import("${prefix}_app/immutable/entry/app.A.js")
	]).then(([kit, app]) => { kit.start(app, element, { node_ids: [${nodes}], data: [] }); });
</script>`;

const cases: { name: string; page: string; start: string[]; onDemand: string[] }[] = [
	{
		name: 'the explorer: entries, layout and page with their shared chunks once; its dialog on demand, no other route',
		page: html('0, 2'),
		start: ['entry/start.S.js', 'chunks/runtime.js', 'entry/app.A.js', 'nodes/0.js', 'nodes/2.js', 'chunks/explorer.js'],
		onDemand: ['chunks/dialog.js']
	},
	{
		name: 'the embed, one folder down: a chunk both static and dynamic loads at start; the validator and its import on demand',
		page: html('0, 3', '../'),
		start: ['entry/start.S.js', 'chunks/runtime.js', 'entry/app.A.js', 'nodes/0.js', 'nodes/3.js', 'chunks/explorer.js'],
		onDemand: ['chunks/validate.js', 'chunks/schema.js']
	}
];
for (const { name, page, start, onDemand } of cases)
	test(name, () => {
		const scripts = pageScripts(page, manifest);
		assert.deepEqual(scripts.start.toSorted(), start.map((f) => `_app/immutable/${f}`).toSorted());
		assert.deepEqual(scripts.onDemand.toSorted(), onDemand.map((f) => `_app/immutable/${f}`).toSorted());
	});

test('a page whose start script cannot be read is an error, not an empty bundle', () => {
	assert.throws(() => pageScripts('<p>no scripts</p>', manifest), /cannot tell which scripts this page starts from/);
	assert.throws(() => pageScripts(html('0, 9'), manifest), /cannot tell which scripts/);
	assert.throws(() => pageScripts(html('0, 2').replace('start.S.js', 'start.OLD.js'), manifest), /cannot tell which scripts/);
});

test('an island page (no SvelteKit client): its module script and preloads at start, the hosted-dataset modules on demand', () => {
	const page = `<link rel="modulepreload" href="/_app/immutable/embed/shared.B.js">
<script type="module" src="/_app/immutable/embed/island.A.js"></script>
<meta name="sourceline:hosted-dataset-modules" content="/_app/immutable/embed/validate.C.js /_app/immutable/embed/issues.D.js">`;
	const scripts = pageScripts(page, manifest);
	assert.deepEqual(scripts.start, ['_app/immutable/embed/island.A.js', '_app/immutable/embed/shared.B.js']);
	assert.deepEqual(scripts.onDemand, ['_app/immutable/embed/validate.C.js', '_app/immutable/embed/issues.D.js']);
});
