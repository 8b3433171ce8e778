/**
 * The datasets, each written once per run for every target: the public format (Sourceline's embed loads it with
 * `data=`), vis-timeline items and TimelineJS JSON. "real" is the built-in article, read from the build, so all
 * targets show exactly what the site ships; the others are generated in two shapes (see generate.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timelineToTimelineJs } from '../../src/lib/export/timelinejs.ts';
import type { Timeline } from '../../src/lib/model/schema.ts';
import { timelineToVis } from './convert.ts';
import { EVENT_ID_PREFIX, assertValid, generateTimeline, type Shape } from './generate.ts';

export const BUILT_IN_ID = 'xi-visit-russia-2023';
/** Where the datasets are served from, on the same origin as the site. */
export const DATA_PATH = '/bench-data';

export interface Dataset {
	/** 'real' or a key of SYNTHETIC */
	key: string;
	events: number;
	/** The public-format file; undefined for the built-in article, which the embed has prerendered. */
	sourcelineFile?: string;
	visFile: string;
	timelineJsFile: string;
	/** What this dataset's event ids start with, for the probe to tell its marks from the built-in ones. */
	idPrefix?: string;
	/** SHA-256 of the public-format JSON, so a reader can check a run used the same data. */
	sha256: string;
	bytes: number;
	gzipBytes: number;
}

/** Fixed seeds: the same datasets on every machine and every run. Keys are what `--sizes` takes. */
const SYNTHETIC: { key: string; events: number; seed: number; shape: Shape }[] = [
	{ key: 'lean-20', events: 20, seed: 20_000_002, shape: 'lean' },
	{ key: 'lean-100', events: 100, seed: 100_000_002, shape: 'lean' },
	{ key: 'lean-1000', events: 1000, seed: 1_000_002, shape: 'lean' },
	{ key: 'lean-10000', events: 10000, seed: 10_000_002, shape: 'lean' },
	{ key: '1000', events: 1000, seed: 1_000_001, shape: 'heavy' },
	{ key: '10000', events: 10000, seed: 10_000_001, shape: 'heavy' }
];
export const DATASET_KEYS = ['real', ...SYNTHETIC.map((s) => s.key)];
/** What `npm run bench` measures: the common sizes lean, and the heavy shape at 1,000 and 10,000. */
export const DEFAULT_SIZES = DATASET_KEYS.filter((key) => key !== 'lean-10000');

/** How the report names a dataset. (The built-in article's size is in its datasets table.) */
export function datasetName(key: string): string {
	if (key === 'real') return 'the built-in article';
	const spec = SYNTHETIC.find((s) => s.key === key);
	if (!spec) return key;
	return `${spec.events.toLocaleString('en-GB')} events${spec.shape === 'lean' ? ', one short passage each' : ''}`;
}

export function writeDatasets(buildDir: string, siteDir: string, sizes: readonly string[]): Dataset[] {
	const dir = join(siteDir, DATA_PATH);
	mkdirSync(dir, { recursive: true });
	const write = (name: string, content: string) => {
		writeFileSync(join(dir, name), content);
		return `${DATA_PATH}/${name}`;
	};
	const datasets: Dataset[] = [];
	for (const key of sizes) {
		let timeline: Timeline;
		let json: string;
		if (key === 'real') {
			json = readFileSync(join(buildDir, 'data', `${BUILT_IN_ID}.json`), 'utf8');
			timeline = JSON.parse(json) as Timeline;
			assertValid(timeline);
		} else {
			const spec = SYNTHETIC.find((s) => s.key === key);
			if (!spec) throw new Error(`unknown dataset "${key}" (known: ${DATASET_KEYS.join(', ')})`);
			({ timeline, json } = generateTimeline(spec.events, spec.seed, spec.shape));
		}
		const synthetic = key !== 'real';
		datasets.push({
			key,
			events: timeline.events.length,
			sourcelineFile: synthetic ? write(`${timeline.id}.json`, json) : undefined,
			visFile: write(`${key}.vis.json`, JSON.stringify(timelineToVis(timeline))),
			timelineJsFile: write(`${key}.timelinejs.json`, JSON.stringify(timelineToTimelineJs(timeline))),
			idPrefix: synthetic ? EVENT_ID_PREFIX : undefined,
			sha256: createHash('sha256').update(json).digest('hex'),
			bytes: Buffer.byteLength(json),
			gzipBytes: gzipSync(json, { level: 9 }).length
		});
	}
	return datasets;
}
