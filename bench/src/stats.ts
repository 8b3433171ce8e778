/** Pure statistics for the benchmark; tested in stats.test.ts (`npm test` in bench/). */

/** The nearest-rank percentile (0 < p ≤ 100): a value that was measured, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** The middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = values.toSorted((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
}

/** Median with min and max over rounds; values that could not be measured (NaN, null) are left out. */
export function summarise(values: readonly (number | null | undefined)[]): Summary {
	const measured = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (measured.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
	return { median: median(measured), min: Math.min(...measured), max: Math.max(...measured), n: measured.length };
}

export interface FrameStats {
	/** Frame intervals counted. */
	frames: number;
	median: number;
	p95: number;
	max: number;
	/** Intervals over 50 ms: frames a user sees as a stutter (RAIL's budget for handling input). */
	over50: number;
}

/** Statistics of the intervals between consecutive frame start times. */
export function frameStats(frameTimes: readonly number[]): FrameStats {
	const intervals = frameTimes.slice(1).map((time, i) => time - frameTimes[i]!);
	return {
		frames: intervals.length,
		median: median(intervals),
		p95: percentile(intervals, 95),
		max: intervals.length === 0 ? NaN : Math.max(...intervals),
		over50: intervals.filter((interval) => interval > 50).length
	};
}

/**
 * The frames that belong to an interaction: from the first frame of the recording up to and including the first
 * frame that starts after `end` (the last input or the last change it caused, whichever is later), so the idle
 * frames after the page has finished do not dilute the statistics.
 */
export function framesUntil(frameTimes: readonly number[], end: number): number[] {
	const after = frameTimes.findIndex((time) => time > end);
	return after === -1 ? [...frameTimes] : frameTimes.slice(0, after + 1);
}
