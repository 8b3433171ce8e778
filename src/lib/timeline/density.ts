/**
 * How many events fall in each of `binCount` equal slices of the full window, for the overview strip. Each
 * event counts once, at the middle of what is known of it (its closed end when the other is open), so a
 * year-long band does not outweigh an exact day. O(n), whatever the zoom.
 */
import type { MarkExtent } from './marks.ts';
import type { TimeWindow } from './time-window.ts';

export function densityBins(marks: readonly MarkExtent[], full: TimeWindow, binCount: number): number[] {
	const bins = new Array<number>(binCount).fill(0);
	const span = full.end - full.start;
	if (span <= 0 || binCount <= 0) return bins;
	for (const mark of marks) {
		const at = mark.start === null ? mark.end : mark.end === null ? mark.start : (mark.start + mark.end) / 2;
		if (at === null) continue;
		const bin = Math.floor(((at - full.start) / span) * binCount);
		bins[Math.min(binCount - 1, Math.max(0, bin))]!++;
	}
	return bins;
}
