/**
 * Which of many extents meet a stretch of days, without sweeping them all: built once per set of events, asked
 * on every zoom frame, so the layout's work follows what is near the view, not the dataset (docs/layout.md).
 *
 * Extents are kept in buckets of similar length (powers of two in days), each sorted by start: in a bucket whose
 * longest extent is D days, only those starting in [from − D, to] can meet [from, to], found by a binary search.
 */

/** Extents in days, index-aligned: extent i runs from starts[i] to ends[i] (ends[i] >= starts[i]). */
export interface DayExtents {
	starts: Float64Array;
	ends: Float64Array;
}

interface Bucket {
	/** The longest extent in it, in days. */
	longest: number;
	/** Sorted by start; indexes aligned with them (ends are looked up by index). */
	starts: Float64Array;
	indexes: Int32Array;
}

export class NearViewIndex {
	readonly #ends: Float64Array;
	readonly #buckets: Bucket[];

	/** An extent with a NaN end or start meets nothing (the layout counts such an item off screen). */
	constructor({ starts, ends }: DayExtents) {
		this.#ends = ends;
		const grouped = new Map<number, number[]>();
		starts.forEach((start, index) => {
			const end = ends[index]!;
			if (!(end >= start)) return;
			const length = end - start;
			const key = length < 1 ? 0 : Math.ceil(Math.log2(length)) + 1;
			const group = grouped.get(key);
			if (group) group.push(index);
			else grouped.set(key, [index]);
		});
		this.#buckets = [...grouped.values()].map((group) => {
			group.sort((a, b) => starts[a]! - starts[b]! || a - b);
			return {
				longest: group.reduce((longest, index) => Math.max(longest, ends[index]! - starts[index]!), 0),
				starts: Float64Array.from(group, (index) => starts[index]!),
				indexes: Int32Array.from(group)
			};
		});
	}

	/** The indexes, ascending, of the extents that meet [from, to] (touching counts). */
	near(from: number, to: number): Int32Array {
		const found: number[] = [];
		const ends = this.#ends;
		for (const { longest, starts, indexes } of this.#buckets) {
			for (let i = firstAtLeast(starts, from - longest); i < starts.length && starts[i]! <= to; i++) if (ends[indexes[i]!]! >= from) found.push(indexes[i]!);
		}
		return Int32Array.from(found).sort();
	}
}

/** The first position in `sorted` whose value is >= `value` (sorted.length if none). */
function firstAtLeast(sorted: Float64Array, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
