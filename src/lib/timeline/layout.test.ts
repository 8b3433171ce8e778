import { describe, expect, it } from 'vitest';
import {
	CLUSTER_MIN_WIDTH_IN_POINTS,
	DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS,
	layoutTimeline,
	type Cluster,
	type LayoutItem,
	type PlacedMark,
	type LayoutOptions,
	type TimelineLayout
} from './layout.ts';
import { seededRandom } from './random.ts';

const OPTIONS: LayoutOptions = {
	width: 1000,
	laneOrder: ['a', 'b'],
	maxRows: 3,
	gap: 6,
	pointWidth: 12,
	labelGap: 4
};
const CLUSTER_MIN_WIDTH = CLUSTER_MIN_WIDTH_IN_POINTS * OPTIONS.pointWidth; // 18
const MAX_CLUSTER_WIDTH = DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS * OPTIONS.pointWidth; // 72

function point(id: string, x: number, lane = 'a', labelWidth = 0): LayoutItem {
	return { id, lane, x0: x, x1: x, labelWidth };
}

function bar(id: string, x0: number, x1: number, lane = 'a', labelWidth = 0): LayoutItem {
	return { id, lane, x0, x1, labelWidth };
}

/** The layout in short: marks as `lane:id@row`, clusters as `lane:[ids]`. */
function summarise(layout: TimelineLayout, items: readonly LayoutItem[]): { marks: string[]; clusters: string[] } {
	return {
		marks: layout.placed.map((mark) => `${mark.lane}:${items[mark.index]!.id}@${mark.row}`),
		clusters: layout.clusters.map((cluster) => `${cluster.lane}:[${idsOf(cluster, items).join(' ')}]`)
	};
}

const idsOf = (cluster: Cluster, items: readonly LayoutItem[]) => cluster.members.map((index) => items[index]!.id);

/** The layout with every index replaced by its item's id: the same for the same items in any order. */
function byId(layout: TimelineLayout, items: readonly LayoutItem[]) {
	return {
		...layout,
		placed: layout.placed.map(({ index, ...mark }) => ({ id: items[index]!.id, ...mark })),
		clusters: layout.clusters.map(({ members, ...cluster }) => ({ ids: idsOf({ members, ...cluster }, items), ...cluster }))
	};
}

/** The extent a mark occupies, written out from the rule rather than taken from the code under test. */
function occupied(item: LayoutItem, pointWidth: number): { start: number; end: number } {
	const half = pointWidth / 2;
	const centre = (item.x0 + item.x1) / 2;
	return { start: Math.min(item.x0, centre - half), end: Math.max(item.x1, centre + half) };
}

/** True when two extents come closer than `gap` (or overlap). */
function tooClose(a: { start: number; end: number }, b: { start: number; end: number }, gap: number): boolean {
	return a.end + gap > b.start && b.end + gap > a.start;
}

describe('layoutTimeline: placement', () => {
	it.each([
		{ name: 'empty input', items: [], marks: [], clusters: [] },
		{
			name: 'no overlap: one row per lane',
			items: [point('p1', 0), point('p2', 100), point('p3', 200), point('q1', 50, 'b'), bar('q2', 100, 300, 'b')],
			marks: ['a:p1@0', 'a:p2@0', 'a:p3@0', 'b:q1@0', 'b:q2@0'],
			clusters: []
		},
		{
			name: 'two overlapping bars: two rows',
			items: [bar('long', 100, 400), bar('short', 200, 250)],
			marks: ['a:long@0', 'a:short@1'],
			clusters: []
		},
		{
			name: 'bars exactly `gap` apart: one row',
			items: [bar('first', 100, 200), bar('second', 206, 300)],
			marks: ['a:first@0', 'a:second@0'],
			clusters: []
		},
		{
			name: 'bars closer than `gap`: two rows',
			items: [bar('first', 100, 200), bar('second', 205, 300)],
			marks: ['a:first@0', 'a:second@1'],
			clusters: []
		},
		{
			// Points occupy 12 px, so 17 px apart leaves 5 px, under the gap of 6.
			name: 'points within pointWidth + gap of each other: two rows',
			items: [point('p1', 100), point('p2', 117), point('p3', 118)],
			marks: ['a:p1@0', 'a:p2@1', 'a:p3@0'],
			clusters: []
		},
		{
			name: 'a bar narrower than pointWidth occupies pointWidth about its centre',
			// [100, 104] is widened to [96, 108]; unwidened it would leave room for a point at 119, from 113.
			items: [bar('narrow', 100, 104), point('p', 119)],
			marks: ['a:narrow@0', 'a:p@1'],
			clusters: []
		},
		{
			name: 'maxRows points at the same x: one per row',
			items: [point('p1', 100), point('p2', 100), point('p3', 100)],
			marks: ['a:p1@0', 'a:p2@1', 'a:p3@2'],
			clusters: []
		},
		{
			name: 'maxRows + 1 points at the same x: all of them in one cluster',
			items: [point('p1', 100), point('p2', 100), point('p3', 100), point('p4', 100)],
			marks: [],
			clusters: ['a:[p1 p2 p3 p4]']
		},
		{
			name: 'the cluster takes back the marks that crowd it, not only the one that overflowed',
			items: [point('p1', 100), point('p2', 103), point('p3', 106), point('p4', 109), point('p5', 300)],
			marks: ['a:p5@0'],
			clusters: ['a:[p1 p2 p3 p4]']
		},
		{
			name: 'following items that touch the cluster join it',
			items: [...['p1', 'p2', 'p3', 'p4'].map((id) => point(id, 100)), point('p5', 115), point('p6', 140)],
			marks: ['a:p6@0'],
			clusters: ['a:[p1 p2 p3 p4 p5]']
		},
		{
			name: 'a mark clear of the crowd keeps its row',
			items: [point('early', 40), ...['p1', 'p2', 'p3', 'p4'].map((id) => point(id, 100))],
			marks: ['a:early@0'],
			clusters: ['a:[p1 p2 p3 p4]']
		},
		{
			// The bar is counted in the cluster at the crowd, not drawn through it; its row stays empty before.
			name: 'a long bar crowding a stretch joins its cluster',
			items: [bar('war', 0, 900), point('early', 100), point('b1', 500), point('b2', 500), point('b3', 500)],
			marks: ['a:early@1'],
			clusters: ['a:[war b1 b2 b3]']
		},
		{
			name: 'ties on x0 are broken by id',
			items: [point('b', 100), point('a', 100), point('c', 100)],
			marks: ['a:a@0', 'a:b@1', 'a:c@2'],
			clusters: []
		},
		{
			name: 'marks come in lane order, then x0',
			items: [point('late', 500, 'b'), point('early', 10, 'b'), point('first', 900, 'a')],
			laneOrder: ['b', 'a'],
			marks: ['b:early@0', 'b:late@0', 'a:first@0'],
			clusters: []
		},
		{
			name: 'items of lanes not in laneOrder are ignored',
			items: [point('shown', 100), point('hidden', 100, 'z'), point('hidden2', 100, 'z'), point('x', 100, 'b')],
			laneOrder: ['a'],
			marks: ['a:shown@0'],
			clusters: []
		}
	])('$name', ({ items, laneOrder = OPTIONS.laneOrder, marks, clusters }) => {
		expect(summarise(layoutTimeline(items, { ...OPTIONS, laneOrder }), items)).toStrictEqual({ marks, clusters });
	});

	it.each([
		{ name: 'empty input', items: [], lanes: { a: [1, 0], b: [1, 0] } },
		{ name: 'only points far apart', items: [point('p1', 0), point('p2', 500)], lanes: { a: [1, 2], b: [1, 0] } },
		{
			name: 'a stack of three',
			items: [point('p1', 0), point('p2', 0), point('p3', 0, 'b')],
			lanes: { a: [2, 2], b: [1, 1] }
		},
		{ name: 'only a cluster', items: ['p1', 'p2', 'p3', 'p4'].map((id) => point(id, 0)), lanes: { a: [1, 4], b: [1, 0] } },
		{ name: 'items off screen count in the size', items: [point('p1', 0), point('far', 5000), point('z', 0, 'z')], lanes: { a: [1, 2], b: [1, 0] } }
	])('counts the rows each lane uses and its items: $name', ({ items, lanes }) => {
		const layout = layoutTimeline(items, OPTIONS);
		expect(Object.fromEntries(layout.lanes.map((lane) => [lane.key, [lane.rows, lane.size]]))).toStrictEqual(lanes);
	});

	it('describes a cluster: key, extent at least the minimum width about the crowd, and its members by index', () => {
		const items = ['p4', 'p2', 'p3', 'p1'].map((id) => point(id, 100));
		expect(layoutTimeline(items, OPTIONS).clusters).toStrictEqual([
			{
				key: 'a/p1',
				lane: 'a',
				x0: 100 - CLUSTER_MIN_WIDTH / 2,
				x1: 100 + CLUSTER_MIN_WIDTH / 2,
				// p1, p2, p3, p4 where the input has them.
				members: [3, 1, 2, 0]
			}
		]);
	});

	it.each([
		{ name: 'the default', maxClusterWidth: undefined, widest: MAX_CLUSTER_WIDTH },
		{ name: 'a given maximum', maxClusterWidth: 30, widest: 30 }
	])('splits a long crowded stretch into clusters no wider than $name', ({ maxClusterWidth, widest }) => {
		// A point every 2 px for 600 px: far more than three rows can hold.
		const items = Array.from({ length: 300 }, (_, i) => point(`p${String(i).padStart(3, '0')}`, 200 + 2 * i));
		const { placed: marks, clusters } = layoutTimeline(items, { ...OPTIONS, maxClusterWidth });
		expect(clusters.length).toBeGreaterThan(600 / widest / 2);
		for (const cluster of clusters) expect(cluster.x1 - cluster.x0).toBeLessThanOrEqual(widest);
		expect(marks.length + clusters.reduce((sum, cluster) => sum + cluster.members.length, 0)).toBe(items.length);
	});
});

describe('layoutTimeline: labels', () => {
	// Points occupy [x - 6, x + 6]; a label starts at x + 4 (labelGap) and must end 6 (gap) before the next thing.
	it.each([
		{ name: 'shown in open space', items: [point('p', 100, 'a', 80)], labels: { p: true } },
		{
			name: 'kept by putting a close next mark in another row',
			items: [point('p', 100, 'a', 80), point('next', 190)],
			labels: { p: true, next: true }
		},
		{
			// Every row's last label reaches past 184, where `next` starts: it goes where its mark fits, row 0.
			name: 'hidden when the next mark in the row is too close and every row is taken',
			items: [point('p', 100, 'a', 80), point('q', 100, 'a', 80), point('r', 100, 'a', 80), point('next', 190)],
			labels: { p: false, q: true, r: true, next: true }
		},
		{
			// Label ends at 184; the next mark starts at 190 - 6 = 184 + gap.
			name: 'shown when the next mark is exactly `gap` after it',
			items: [point('p', 100, 'a', 80), point('next', 196)],
			labels: { p: true, next: true }
		},
		{
			name: 'shown when the close mark is in another row',
			items: [point('p', 100, 'a', 80), point('under', 100), point('other', 150)],
			labels: { p: true, under: true, other: true }
		},
		{
			name: 'ends at the mark when it would run past the right edge',
			items: [point('p', 920, 'a', 80)],
			labels: { p: 'end' }
		},
		{
			name: 'hidden when it would run past the right edge and something precedes it',
			items: [point('q', 850), point('p', 920, 'a', 80)],
			labels: { q: 'start', p: false }
		},
		{
			// Ending at 926, the label starts at 846: `q` (at 834, up to 840) ends exactly `gap` before it.
			name: 'ends at the mark when what precedes it ends `gap` before the label',
			items: [point('q', 834), point('p', 920, 'a', 80)],
			labels: { q: 'start', p: 'end' }
		},
		{
			name: 'hidden at the end of its mark when what precedes it ends less than `gap` before the label',
			items: [point('q', 836), point('p', 920, 'a', 80)],
			labels: { q: 'start', p: false }
		},
		{
			name: 'shown when it ends exactly at the right edge',
			items: [point('p', 916, 'a', 80)],
			labels: { p: true }
		},
		{
			name: 'hidden when it would start left of the visible area',
			items: [point('p', -10, 'a', 20)],
			labels: { p: false }
		},
		{
			name: 'hidden when a cluster follows too closely',
			// The cluster occupies [186, 204]; the label ends at 184.
			items: [point('p', 100, 'a', 80), ...['c1', 'c2', 'c3', 'c4'].map((id) => point(id, 195))],
			labels: { p: false }
		},
		{
			name: 'shown when a cluster follows `gap` after it',
			items: [point('p', 100, 'a', 80), ...['c1', 'c2', 'c3', 'c4'].map((id) => point(id, 199))],
			labels: { p: true }
		},
		{
			name: 'kept at the left edge for a bar reaching in from the left',
			items: [bar('war', -300, 400, 'a', 80)],
			labels: { war: 'start' }
		},
		{
			name: 'shown inside its own bar, however long the bar',
			items: [bar('war', 100, 700, 'a', 80), point('later', 710)],
			labels: { war: true, later: true }
		}
	])('$name', ({ items, labels }) => {
		const { placed: marks } = layoutTimeline(items, OPTIONS);
		const shown = (mark: PlacedMark) => (mark.label === null ? false : mark.label.anchor === 'end' ? 'end' : true);
		const expected = Object.fromEntries(Object.entries(labels).map(([id, label]) => [id, label === 'start' ? true : label]));
		expect(Object.fromEntries(marks.map((mark) => [items[mark.index]!.id, shown(mark)]))).toStrictEqual(expected);
	});
});

describe('layoutTimeline: culling', () => {
	it.each([
		{ name: 'entirely left of the margin', item: point('p', -51), culled: true },
		{ name: 'at the left margin', item: point('p', -50), culled: false },
		{ name: 'a bar ending inside the left margin', item: bar('p', -500, -40), culled: false },
		{ name: 'at the right margin', item: point('p', 1050), culled: false },
		{ name: 'entirely right of the margin', item: point('p', 1051), culled: true },
		{ name: 'a bar spanning the whole view', item: bar('p', -5000, 5000), culled: false },
		{ name: 'with NaN coordinates', item: point('p', Number.NaN), culled: true }
	])('$name: culled $culled', ({ item, culled }) => {
		const layout = layoutTimeline([item], OPTIONS);
		expect({ culled: layout.culled, marks: layout.placed.length }).toStrictEqual({
			culled: culled ? 1 : 0,
			marks: culled ? 0 : 1
		});
	});

	it.each([
		{ cullMargin: 0, culled: 2 },
		{ cullMargin: 20, culled: 1 },
		{ cullMargin: 100, culled: 0 }
	])('uses cullMargin $cullMargin', ({ cullMargin, culled }) => {
		const items = [point('left', -10), point('right', 1030), point('inside', 500)];
		expect(layoutTimeline(items, { ...OPTIONS, cullMargin }).culled).toBe(culled);
	});

	it('does not count items of lanes that are not laid out', () => {
		expect(layoutTimeline([point('p', -1000, 'z'), point('q', -1000)], OPTIONS).culled).toBe(1);
	});
});

describe('layoutTimeline: options', () => {
	it.each([
		{ change: { width: -1 }, message: 'width must be a finite number ≥ 0, not -1' },
		{ change: { width: Number.NaN }, message: 'width must be a finite number ≥ 0, not NaN' },
		{ change: { maxRows: 0 }, message: 'maxRows must be a whole number ≥ 1, not 0' },
		{ change: { maxRows: 2.5 }, message: 'maxRows must be a whole number ≥ 1, not 2.5' },
		{ change: { gap: -1 }, message: 'gap must be a finite number ≥ 0, not -1' },
		{ change: { pointWidth: 0 }, message: 'pointWidth must be a finite number > 0, not 0' },
		{ change: { labelGap: -4 }, message: 'labelGap must be a finite number ≥ 0, not -4' },
		{ change: { cullMargin: Infinity }, message: 'cullMargin must be a finite number ≥ 0, not Infinity' },
		{ change: { maxClusterWidth: 10 }, message: 'maxClusterWidth must be a finite number ≥ 18, not 10' },
		{ change: { laneOrder: ['a', 'b', 'a'] }, message: 'laneOrder lists the lane "a" twice' }
	])('rejects $change', ({ change, message }) => {
		expect(() => layoutTimeline([], { ...OPTIONS, ...change })).toThrow(new RangeError(message));
	});
});

const LANES = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'];

/**
 * Items spread over `span` px starting 10% of the span left of the view, in the 8 lanes and one lane that is not
 * laid out; a third are bars up to `maxBarWidth` wide; labels up to 150 px wide.
 */
function randomItems(seed: number, count: number, span: number, maxBarWidth: number): LayoutItem[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		const x0 = (random() - 0.1) * span;
		const isBar = random() < 1 / 3;
		return {
			id: `e${i}`,
			lane: random() < 0.05 ? 'not-laid-out' : (LANES[Math.floor(random() * LANES.length)] ?? 'l0'),
			x0,
			x1: isBar ? x0 + random() * maxBarWidth : x0,
			labelWidth: 20 + random() * 130
		};
	});
}

/** Checks every rule of the layout against the input, independently of how the layout was computed. */
function expectValidLayout(items: readonly LayoutItem[], options: LayoutOptions, layout: TimelineLayout): void {
	const { width, maxRows, gap, pointWidth, labelGap, laneOrder } = options;
	const margin = options.cullMargin ?? 50;
	const maxClusterWidth = options.maxClusterWidth ?? DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS * pointWidth;
	const itemOf = new Map(items.map((item) => [item.id, item]));
	const idOf = (mark: PlacedMark) => items[mark.index]!.id;
	const laneRank = new Map(laneOrder.map((lane, rank) => [lane, rank]));
	const laidOut = items.filter((item) => laneRank.has(item.lane));
	const visible = laidOut.filter((item) => item.x1 >= -margin && item.x0 <= width + margin);

	// Every visible item of a laid-out lane exactly once, as a mark or in a cluster; nothing else.
	const shown = [...layout.placed.map(idOf), ...layout.clusters.flatMap((cluster) => idsOf(cluster, items))];
	expect(shown.toSorted()).toStrictEqual(visible.map((item) => item.id).toSorted());
	expect(layout.culled).toBe(laidOut.length - visible.length);

	const rank = (id: string) => {
		const item = itemOf.get(id)!;
		return [laneRank.get(item.lane)!, item.x0, id] as const;
	};
	const inOrder = (before: string, after: string) => {
		const [laneA, xA, idA] = rank(before);
		const [laneB, xB, idB] = rank(after);
		return laneA !== laneB ? laneA < laneB : xA !== xB ? xA < xB : idA < idB;
	};
	for (let i = 1; i < layout.placed.length; i++) {
		expect(inOrder(idOf(layout.placed[i - 1]!), idOf(layout.placed[i]!))).toBe(true);
	}

	expect(layout.lanes.map((lane) => lane.key)).toStrictEqual(laneOrder);
	for (const lane of layout.lanes) {
		const rows = layout.placed.filter((mark) => mark.lane === lane.key).map((mark) => mark.row);
		expect(lane.rows).toBe(Math.max(1, ...rows.map((row) => row + 1)));
		expect(lane.rows).toBeLessThanOrEqual(maxRows);
	}

	for (const [index, cluster] of layout.clusters.entries()) {
		const ids = idsOf(cluster, items);
		// A cluster only forms when every row is taken, and then holds the item that fitted nowhere as well.
		expect(ids.length).toBeGreaterThan(maxRows);
		expect(cluster.key).toBe(`${cluster.lane}/${ids[0]}`);
		expect(cluster.x1 - cluster.x0).toBeGreaterThanOrEqual(CLUSTER_MIN_WIDTH_IN_POINTS * pointWidth - 1e-9);
		expect(cluster.x1 - cluster.x0).toBeLessThanOrEqual(maxClusterWidth + 1e-9);
		for (const [i, id] of ids.entries()) {
			const item = itemOf.get(id)!;
			expect(item.lane).toBe(cluster.lane);
			if (i > 0) expect(inOrder(ids[i - 1]!, id)).toBe(true);
			// It stands for items there: each reaches to within `gap` of it, so zooming to it shows them.
			expect(tooClose(occupied(item, pointWidth), { start: cluster.x0, end: cluster.x1 }, gap)).toBe(true);
		}
		const previous = layout.clusters[index - 1];
		if (previous !== undefined) {
			expect(laneRank.get(previous.lane)! <= laneRank.get(cluster.lane)!).toBe(true);
			if (previous.lane === cluster.lane) expect(previous.x1 + gap).toBeLessThanOrEqual(cluster.x0);
		}
	}

	for (const lane of laneOrder) {
		const marks = layout.placed.filter((mark) => mark.lane === lane);
		const clusters = layout.clusters
			.filter((cluster) => cluster.lane === lane)
			.map((cluster) => ({ start: cluster.x0, end: cluster.x1 }));
		const extents = marks.map((mark) => occupied(items[mark.index]!, pointWidth));
		const startLabel = (item: LayoutItem) => {
			const end = occupied(item, pointWidth).end;
			const start = item.x0 + labelGap < 0 && end > 0 ? 0 : item.x0 + labelGap;
			return { start, end: start + item.labelWidth };
		};
		const shownLabel = (mark: PlacedMark, index: number) => {
			const item = items[mark.index]!;
			if (mark.label?.anchor === 'start') return startLabel(item);
			return { start: extents[index]!.end - item.labelWidth, end: extents[index]!.end };
		};
		for (const [i, mark] of marks.entries()) {
			const item = items[mark.index]!;
			const extent = extents[i]!;
			expect([mark.lane, mark.start, mark.end]).toStrictEqual([item.lane, extent.start, extent.end]);
			for (const cluster of clusters) expect(tooClose(extent, cluster, gap)).toBe(false);
			const sameRow = marks.flatMap((other, j) => (j !== i && other.row === mark.row ? [j] : []));
			for (const j of sameRow) expect(tooClose(extent, extents[j]!, gap)).toBe(false);

			// The rule for a label at the mark's start: inside the view, and clear of everything after it.
			const atStart = startLabel(item);
			const fitsAtStart =
				atStart.start >= 0 &&
				atStart.end <= width &&
				!clusters.some((c) => tooClose(atStart, c, gap)) &&
				!sameRow.some((j) => tooClose(atStart, extents[j]!, gap));
			if (fitsAtStart) expect(mark.label?.anchor).toBe('start');
			// An end-anchored label is only a fallback for a label that would run past the right edge.
			if (mark.label?.anchor === 'end') expect(fitsAtStart || atStart.end <= width).toBe(false);
			if (!mark.label) continue;
			// Whichever side, a shown label stays in view and clear of other marks, labels and clusters in its row.
			const label = shownLabel(mark, i);
			expect(mark.label).toStrictEqual({ x0: label.start, x1: label.end, anchor: mark.label.anchor });
			expect(label.start >= 0 && label.end <= width).toBe(true);
			for (const cluster of clusters) expect(tooClose(label, cluster, gap)).toBe(false);
			for (const j of sameRow) {
				expect(tooClose(label, extents[j]!, gap)).toBe(false);
				if (marks[j]!.label) expect(tooClose(label, shownLabel(marks[j]!, j), gap)).toBe(false);
			}
		}
	}
}

describe('layoutTimeline: invariants on seeded random data', () => {
	// `shows` says what each density comes to, so that a change to the generator cannot quietly make a case trivial.
	it.each([
		{ count: 200, span: 10_000, maxBarWidth: 200, seed: 1, shows: { marks: true, clusters: false } },
		{ count: 200, span: 1_000, maxBarWidth: 200, seed: 2, shows: { marks: true, clusters: true } },
		{ count: 200, span: 200, maxBarWidth: 50, seed: 3, shows: { marks: true, clusters: true } },
		{ count: 200, span: 1_000, maxBarWidth: 2_000, seed: 4, shows: { marks: true, clusters: true } },
		{ count: 10_000, span: 1_000_000, maxBarWidth: 500, seed: 5, shows: { marks: true, clusters: false } },
		{ count: 10_000, span: 50_000, maxBarWidth: 500, seed: 6, shows: { marks: true, clusters: true } },
		{ count: 10_000, span: 1_000, maxBarWidth: 100, seed: 7, shows: { marks: false, clusters: true } },
		{ count: 10_000, span: 1_000, maxBarWidth: 5_000, seed: 8, shows: { marks: false, clusters: true } }
	])('$count items over $span px, bars up to $maxBarWidth px (seed $seed)', ({ seed, count, span, ...rest }) => {
		const { maxBarWidth, shows } = rest;
		const items = randomItems(seed, count, span, maxBarWidth);
		const options = { ...OPTIONS, laneOrder: LANES };
		const layout = layoutTimeline(items, options);
		expectValidLayout(items, options, layout);
		expect({ marks: layout.placed.length > 0, clusters: layout.clusters.length > 0 }).toStrictEqual(shows);
	});

	it.each([
		{ maxRows: 1, gap: 0, pointWidth: 8, labelGap: 0, cullMargin: 0, maxClusterWidth: 12 },
		{ maxRows: 2, gap: 10, pointWidth: 16, labelGap: 8, cullMargin: 200, maxClusterWidth: 400 },
		{ maxRows: 5, gap: 3, pointWidth: 6, labelGap: 2, cullMargin: 50, maxClusterWidth: undefined }
	])('holds for other options: %o', (change) => {
		const items = randomItems(9, 2_000, 3_000, 300);
		const options = { ...OPTIONS, ...change, laneOrder: LANES };
		expectValidLayout(items, options, layoutTimeline(items, options));
	});

	it.each([11, 12])('gives the same layout whatever the input order (seed %i)', (seed) => {
		const items = randomItems(seed, 2_000, 1_000, 100);
		const random = seededRandom(seed);
		const shuffled = items
			.map((item) => ({ item, sortKey: random() }))
			.sort((a, b) => a.sortKey - b.sortKey)
			.map(({ item }) => item);
		const options = { ...OPTIONS, laneOrder: LANES };
		expect(byId(layoutTimeline(shuffled, options), shuffled)).toStrictEqual(byId(layoutTimeline(items, options), items));
	});
});
