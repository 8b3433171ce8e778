import { describe, expect, it } from 'vitest';
import { draftCounts, draftNotice } from './drafts.ts';

/** A timeline's lists with `drafts` of `total` items marked as drafts (the first ones). */
const items = (total: number, drafts: number) => Array.from({ length: total }, (_, i) => (i < drafts ? { draft: true as const } : {}));
const timeline = (events: [number, number], undatable: [number, number]) => ({ events: items(...events), undatable: items(...undatable) }) as never;

describe('draftCounts', () => {
	it('counts the drafts of each list', () => {
		expect(draftCounts(timeline([20, 12], [5, 3]))).toEqual({ events: 12, undatable: 3 });
		expect(draftCounts(timeline([0, 0], [0, 0]))).toEqual({ events: 0, undatable: 0 });
	});
});

describe('draftNotice', () => {
	it.each<[[number, number], [number, number], string | null]>([
		[[20, 0], [5, 0], null],
		[[20, 12], [5, 3], 'This timeline is a draft: 12 of its 20 events and 3 of its 5 undated references were proposed automatically and not yet checked by a person. Each is marked “Draft”.'],
		[[20, 1], [5, 0], 'This timeline is a draft: 1 of its 20 events was proposed automatically and not yet checked by a person. Each is marked “Draft”.'],
		[[1, 1], [1, 1], 'This timeline is a draft: 1 of its 1 event and 1 of its 1 undated reference were proposed automatically and not yet checked by a person. Each is marked “Draft”.'],
		[[3, 0], [2, 2], 'This timeline is a draft: 2 of its 2 undated references were proposed automatically and not yet checked by a person. Each is marked “Draft”.']
	])('events %j, undatable %j', (events, undatable, notice) => {
		expect(draftNotice(timeline(events, undatable))).toBe(notice);
	});
});
