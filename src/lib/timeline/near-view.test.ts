import { describe, expect, it } from 'vitest';
import { NearViewIndex } from './near-view.ts';

interface DayExtent {
	start: number;
	end: number;
}
import { seededRandom } from './random.ts';

/** The indexes of the extents that meet [from, to], by sweeping them all: what the index must find without doing so. */
const sweep = (extents: readonly DayExtent[], from: number, to: number) =>
	extents.flatMap((extent, index) => (extent.end >= from && extent.start <= to ? [index] : []));

const indexOf = (extents: readonly DayExtent[]) =>
	new NearViewIndex({ starts: Float64Array.from(extents, (extent) => extent.start), ends: Float64Array.from(extents, (extent) => extent.end) });
const found = (extents: readonly DayExtent[], from: number, to: number) => [...indexOf(extents).near(from, to)];

describe('NearViewIndex.near', () => {
	const extents: DayExtent[] = [
		{ start: 10.5, end: 10.5 }, // 0: a day
		{ start: 0, end: 5000 }, // 1: a long band, starting long before the view
		{ start: 20, end: 22 }, // 2: two days
		{ start: 30, end: 30 }, // 3: an instant
		{ start: 25, end: 31 }, // 4
		{ start: 40, end: NaN }, // 5: no extent
		{ start: -1e6, end: 12 } // 6: an open start, ending just after 10.5
	];

	it.each([
		['a stretch holding a day, the long band and the open start', 10, 11, [0, 1, 6]],
		['touching counts: a view ending where an extent starts', 0, 10.5, [0, 1, 6]],
		['touching counts: a view starting where an extent ends', 22, 24, [1, 2]],
		['an instant inside a longer extent', 30, 30, [1, 3, 4]],
		['a view after everything but the long band', 6000, 7000, []],
		['a view inside only the long band', 1000, 2000, [1]],
		['everything (an extent with NaN meets nothing)', -Infinity, Infinity, [0, 1, 2, 3, 4, 6]],
		['before everything but the open start', -5000, -1, [6]]
	])('%s', (_name, from, to, expected) => {
		expect(found(extents, from, to)).toStrictEqual(expected);
	});

	it('has nothing to find in no extents', () => {
		expect(found([], 0, 100)).toStrictEqual([]);
	});

	it('finds exactly what a sweep finds, in ascending order, over random extents of every length', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const random = seededRandom(seed);
			const extents = Array.from({ length: 500 }, (): DayExtent => {
				const start = random() * 10_000;
				const kind = random();
				// Instants, days to weeks, and now and then years (and a few running off to the far future).
				const length = kind < 0.5 ? 0 : kind < 0.9 ? random() * 30 : kind < 0.98 ? random() * 3000 : 1e7;
				return { start, end: start + length };
			});
			const index = indexOf(extents);
			for (let view = 0; view < 50; view++) {
				const from = random() * 11_000 - 500;
				const to = from + random() ** 3 * 4000;
				expect([...index.near(from, to)], `seed ${seed}, view [${from}, ${to}]`).toStrictEqual(sweep(extents, from, to));
			}
		}
	});
});
