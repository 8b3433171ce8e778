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

describe('NearViewIndex.near does not sweep every extent', () => {
	/** An index whose `ends` count how often they are read: near() reads an extent's end only to check a candidate. */
	function countingIndex(extents: readonly DayExtent[]) {
		const ends = Float64Array.from(extents, (extent) => extent.end);
		let reads = 0;
		const counted = new Proxy(ends, {
			get(target, key) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key);
			}
		});
		const index = new NearViewIndex({ starts: Float64Array.from(extents, (extent) => extent.start), ends: counted });
		return { index, reads: () => reads, reset: () => (reads = 0) };
	}

	// 10,000 instants, one a day, and one extent of 9,000 days in a bucket of its own.
	const extents: DayExtent[] = [...Array.from({ length: 10_000 }, (_, day) => ({ start: day, end: day })), { start: 500, end: 9500 }];

	// Candidates: the week's 7 instants, and the long extent (500 to 9,500) when it can reach the view: it starts no
	// later than the view's end and no earlier than the view's start less its bucket's longest length (9,000 days).
	it.each([
		['a week in the middle: 7 instants and the long extent', 5000, 5006, 8, 8],
		['a week before the long extent starts: it is not read', 0, 6, 7, 7],
		['a week more than 9,000 days after the long extent starts: it is not read', 9993, 9999, 7, 7],
		['a week it ends in: read', 9495, 9501, 8, 8]
	])('%s', (_name, from, to, found, read) => {
		const { index, reads, reset } = countingIndex(extents);
		reset(); // the constructor reads every end once
		expect(index.near(from, to)).toHaveLength(found);
		expect(reads()).toBe(read);
	});
});
