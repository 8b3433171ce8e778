/**
 * Which blocks of a long article (paragraphs, or runs of them) are near the part of it that can be seen, found by
 * binary search over their vertical positions (which only grow down the page), so a scroll costs O(log blocks).
 */

export interface IndexRange {
	/** First and last index, inclusive; `last < first` when there is none. */
	first: number;
	last: number;
}

/**
 * The blocks that overlap `[from, to)`, given each block's top and bottom in the same coordinates
 * (non-decreasing with the index, as laid-out blocks are).
 */
export function blocksNear(count: number, top: (index: number) => number, bottom: (index: number) => number, from: number, to: number): IndexRange {
	// The first block that ends below `from`…
	let low = 0;
	let high = count;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (bottom(mid) > from) high = mid;
		else low = mid + 1;
	}
	const first = low;
	// …and the first that starts at or below `to`: the one before it is the last to overlap.
	high = count;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (top(mid) >= to) high = mid;
		else low = mid + 1;
	}
	return { first, last: low - 1 };
}
