import { describe, expect, it } from 'vitest';
import {
	CLUSTER_MIN_WIDTH_IN_POINTS,
	CULL_MARGIN,
	DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS,
	layoutTimeline,
	type Cluster,
	type LayoutItem,
	type LayoutOptions,
	type PlacedMark,
	type TimelineLayout
} from './layout.ts';
import { seededRandom } from './random.ts';

const OPTIONS: LayoutOptions = {
	width: 1000,
	laneOrder: ['a', 'b'],
	maxRows: 3,
	gap: 6,
	pointWidth: 12,
	minLabelWidth: 40
};
const CLUSTER_MIN_WIDTH = CLUSTER_MIN_WIDTH_IN_POINTS * OPTIONS.pointWidth; // 27

function point(id: string, x: number, labelWidth = 30, priority = 1, lane = 'a'): LayoutItem {
	return { id, lane, x0: x, x1: x, labelWidth, priority };
}

function bar(id: string, x0: number, x1: number, labelWidth = 30, priority = 1, lane = 'a'): LayoutItem {
	return { id, lane, x0, x1, labelWidth, priority };
}

/** The layout in short: marks as `lane:id@row`, clusters as `lane:[ids]@row`. */
function summarise(layout: TimelineLayout, items: readonly LayoutItem[]): { marks: string[]; clusters: string[] } {
	return {
		marks: layout.placed.map((mark) => `${mark.lane}:${items[mark.index]!.id}@${mark.row}`),
		clusters: layout.clusters.map((cluster) => `${cluster.lane}:[${idsOf(cluster, items).join(' ')}]@${cluster.row}`)
	};
}

const idsOf = (cluster: Cluster, items: readonly LayoutItem[]) => cluster.members.map((index) => items[index]!.id);
const labelOf = (layout: TimelineLayout, items: readonly LayoutItem[], id: string) =>
	layout.placed.find((mark) => items[mark.index]!.id === id)?.label;

/** The layout with every index replaced by its item's id: the same for the same items in any order. */
function byId(layout: TimelineLayout, items: readonly LayoutItem[]) {
	return {
		...layout,
		placed: layout.placed.map(({ index, ...mark }) => ({ id: items[index]!.id, ...mark })),
		clusters: layout.clusters.map(({ members, ...cluster }) => ({ ids: idsOf({ members, ...cluster }, items), ...cluster }))
	};
}

/** The extent a mark's shapes occupy, written out from the rule rather than taken from the code under test. */
function occupied(item: LayoutItem, pointWidth: number): { start: number; end: number } {
	const half = pointWidth / 2;
	const centre = (item.x0 + item.x1) / 2;
	return { start: Math.min(item.x0, centre - half), end: Math.max(item.x1, centre + half) };
}

/** True when two extents come closer than `gap` (or overlap). */
function tooClose(a: { start: number; end: number }, b: { start: number; end: number }, gap: number): boolean {
	return a.end + gap > b.start && b.end + gap > a.start;
}

describe('layoutTimeline: rows', () => {
	it.each([
		{ name: 'empty input', items: [], marks: [], clusters: [] },
		{
			name: 'marks and titles clear of each other: one row per lane',
			items: [point('p1', 0), point('p2', 100), point('p3', 200), point('q1', 50, 30, 1, 'b'), bar('q2', 100, 300, 30, 1, 'b')],
			marks: ['a:p1@0', 'a:p2@0', 'a:p3@0', 'b:q1@0', 'b:q2@0'],
			clusters: []
		},
		{
			name: 'a title that would run into the next mark: the next mark takes the next row',
			items: [point('first', 0, 200), point('second', 100)],
			marks: ['a:first@0', 'a:second@1'],
			clusters: []
		},
		{
			name: 'two overlapping bars: two rows',
			items: [bar('long', 100, 400), bar('short', 200, 250)],
			marks: ['a:long@0', 'a:short@1'],
			clusters: []
		},
		{
			name: 'more overlapping marks than rows: what fits in none is counted in a cluster',
			items: [bar('b1', 100, 400), bar('b2', 110, 400), bar('b3', 120, 400), bar('b4', 130, 400), bar('b5', 140, 400)],
			marks: ['a:b1@0', 'a:b2@1'],
			clusters: ['a:[b3 b4 b5]@2']
		},
		{
			name: 'the event of highest priority takes the first row, wherever it is',
			items: [bar('early', 100, 300, 30, 1), bar('late', 200, 400, 30, 5)],
			marks: ['a:early@1', 'a:late@0'],
			clusters: []
		},
		{
			name: 'rows go to priority first: with one row, the low-priority mark is the one counted',
			items: [bar('minor', 100, 300, 30, 1), point('major', 110, 30, 2)],
			options: { maxRows: 1 },
			marks: ['a:major@0'],
			clusters: ['a:[minor]@0']
		}
	])('$name', ({ items, marks, clusters, options }) => {
		expect(summarise(layoutTimeline(items, { ...OPTIONS, ...options }), items)).toStrictEqual({ marks, clusters });
	});

	it('keeps what is reserved in a lane’s first row free (the lane’s name)', () => {
		const items = [point('under-the-name', 20), point('clear', 200)];
		const layout = layoutTimeline(items, { ...OPTIONS, reserved: new Map([['a', [{ start: -Infinity, end: 80 }]]]) });
		expect(summarise(layout, items).marks).toStrictEqual(['a:under-the-name@1', 'a:clear@0']);
	});

	it('gives a lane no more rows than it has items, whatever the zoom', () => {
		const items = [point('one', 100, 30, 2), point('two', 100, 30, 1)];
		expect(summarise(layoutTimeline(items, OPTIONS), items)).toStrictEqual({ marks: ['a:one@0', 'a:two@1'], clusters: [] });
		expect(layoutTimeline(items, OPTIONS).lanes[0]?.rows).toBe(2);
		const alone = [point('alone', 20)];
		const under = layoutTimeline(alone, { ...OPTIONS, reserved: new Map([['a', [{ start: -Infinity, end: 80 }]]]) });
		expect(under.lanes[0]).toStrictEqual({ key: 'a', rows: 1, size: 1 });
	});

	it('reports each lane’s rows in use and its size, on screen or not', () => {
		const items = [bar('x', 0, 100), bar('y', 0, 100), point('far', 99_999), point('q', 10, 30, 1, 'b')];
		const layout = layoutTimeline(items, OPTIONS);
		expect(layout.lanes).toStrictEqual([
			{ key: 'a', rows: 2, size: 3 },
			{ key: 'b', rows: 1, size: 1 }
		]);
	});
});

describe('layoutTimeline: every mark in a row is named', () => {
	it('shows a whole title where it fits', () => {
		const items = [point('p', 100, 80)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'p')).toStrictEqual({ x0: 100, x1: 180, anchor: 'start', truncated: false });
	});

	it('cuts a title short at the next thing in its row, never below the least width', () => {
		// One row: "first" takes its whole title [0, 300] first; "second" cannot fit even its least title there, so
		// it is counted in a cluster, which takes the room beyond first's least title.
		const items = [point('first', 0, 300, 2), point('second', 60, 300, 1)];
		const layout = layoutTimeline(items, { ...OPTIONS, maxRows: 1 });
		const [cluster] = layout.clusters;
		const label = labelOf(layout, items, 'first')!;
		expect(cluster).toBeDefined();
		expect(label.truncated).toBe(true);
		expect(label.x1).toBeCloseTo(cluster!.x0 - OPTIONS.gap);
		expect(label.x1 - label.x0).toBeGreaterThanOrEqual(OPTIONS.minLabelWidth);
	});

	it('shows a title shorter than the least width whole', () => {
		const items = [point('short', 100, 12)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'short')).toStrictEqual({ x0: 100, x1: 112, anchor: 'start', truncated: false });
	});

	it('ends the title at the mark where even the least would run out of the view on the right', () => {
		const items = [bar('at-the-edge', 980, 995, 100)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'at-the-edge')).toStrictEqual({ x0: 895, x1: 995, anchor: 'end', truncated: false });
	});

	it('writes the title of a bar reaching in from the left at the view’s left edge', () => {
		const items = [bar('reaching-in', -300, 200, 100)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'reaching-in')).toStrictEqual({ x0: 0, x1: 100, anchor: 'start', truncated: false });
	});

	it('ends a whole title at its mark near the right edge, where it would not fit after it', () => {
		const items = [point('near-the-edge', 900, 300)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'near-the-edge')).toStrictEqual({ x0: 606, x1: 906, anchor: 'end', truncated: false });
	});

	it('cuts a title ended at its mark `gap` after the title before it in its row', () => {
		// "before"'s title runs 800–830; "at-the-edge" (to 996) has room back to 830 + gap for its 300 wide title.
		const items = [point('before', 800, 30), point('at-the-edge', 990, 300)];
		const layout = layoutTimeline(items, { ...OPTIONS, maxRows: 1 });
		expect(labelOf(layout, items, 'before')).toStrictEqual({ x0: 800, x1: 830, anchor: 'start', truncated: false });
		expect(labelOf(layout, items, 'at-the-edge')).toStrictEqual({ x0: 836, x1: 996, anchor: 'end', truncated: true });
	});

	it('keeps a title inside the view: cut at the right edge, away from it', () => {
		const items = [point('mid-view', 600, 500)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'mid-view')).toStrictEqual({ x0: 600, x1: 1000, anchor: 'start', truncated: true });
	});
});

describe('layoutTimeline: clusters', () => {
	it('is at least wide enough for its count, keyed by its lane and first member, and takes in the marks it touches', () => {
		const items = [point('p1', 500), point('p2', 500), point('p3', 500), point('p4', 500)];
		const layout = layoutTimeline(items, OPTIONS);
		const [cluster] = layout.clusters;
		expect(summarise(layout, items)).toStrictEqual({ marks: ['a:p1@0', 'a:p2@1'], clusters: ['a:[p3 p4]@2'] });
		expect(cluster).toMatchObject({ key: 'a/p3', lane: 'a', row: 2 });
		expect(cluster!.x1 - cluster!.x0).toBeCloseTo(CLUSTER_MIN_WIDTH);
		expect((cluster!.x0 + cluster!.x1) / 2).toBeCloseTo(500);
	});

	it('slides along long bars to room in the lowest row rather than cutting titles or counting marks', () => {
		// Three rows taken at 100–300 by bars with long titles; the fourth bar runs to 900, where row 2 is free.
		const items = [bar('r0', 100, 300, 190), bar('r1', 100, 300, 190), bar('r2', 100, 300, 190), bar('long', 101, 900, 30)];
		const layout = layoutTimeline(items, OPTIONS);
		const [cluster] = layout.clusters;
		expect(summarise(layout, items).clusters).toStrictEqual(['a:[long]@2']);
		expect(cluster!.x0).toBeGreaterThanOrEqual(100 + 190 + OPTIONS.gap);
		expect(layout.placed.every((mark) => mark.label?.truncated === false)).toBe(true);
	});

	it('joins a cluster it touches rather than take anything from a row', () => {
		// Rows 0 and 1 are full; row 2 has room for one cluster between r2 and r3. c1's cluster takes it; c2's own
		// would overlap that one, so c2 joins it, and r2 and r3 keep their places.
		const items = [
			bar('r0', 0, 400, 400, 9),
			bar('r1', 0, 400, 400, 9),
			bar('r2', 0, 180, 30, 9),
			bar('r3', 250, 400, 30, 9),
			point('c1', 200),
			point('c2', 222)
		];
		const layout = layoutTimeline(items, { ...OPTIONS, maxClusterWidth: CLUSTER_MIN_WIDTH });
		expect(summarise(layout, items)).toStrictEqual({ marks: ['a:r0@0', 'a:r1@1', 'a:r2@2', 'a:r3@2'], clusters: ['a:[c1 c2]@2'] });
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
		expect({ culled: layout.culled, marks: layout.placed.length }).toStrictEqual({ culled: culled ? 1 : 0, marks: culled ? 0 : 1 });
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
		expect(layoutTimeline([point('p', -1000, 30, 1, 'z'), point('q', -1000)], OPTIONS).culled).toBe(1);
	});
});

describe('layoutTimeline: only the items near the view, with laneSizes', () => {
	const options = { ...OPTIONS, laneOrder: LANES };
	const counted = (items: readonly LayoutItem[]) => {
		const sizes = new Map<string, number>();
		for (const item of items) sizes.set(item.lane, (sizes.get(item.lane) ?? 0) + 1);
		return sizes;
	};

	// Views of one wide timeline (items from -5,000 to 45,000): panned along it (`at`: the view's left edge) and zoomed (`scale`: px per unit).
	it.each([
		{ at: 0, scale: 1 },
		{ at: 20_000, scale: 1 },
		{ at: 44_500, scale: 1 },
		{ at: 10_000, scale: 0.05 },
		{ at: 0, scale: 0.02 },
		{ at: 30_000, scale: 8 },
		{ at: -5_500, scale: 1 }
	])('gives the layout of the whole input for the view at $at, $scale px per unit', ({ at, scale }) => {
		const random = seededRandom(at + scale);
		const all = randomItems(13, 5_000, 50_000, 3_000).map((item) => ({ ...item, x0: (item.x0 - at) * scale, x1: (item.x1 - at) * scale }));
		// Anything past the cull margin may be left out, however far: each item is kept or not by a margin of its own.
		const near = all.flatMap((item, index) => {
			const margin = CULL_MARGIN + random() * 300;
			return item.x1 >= -margin && item.x0 <= OPTIONS.width + margin ? [{ ...item, index }] : [];
		});
		const whole = layoutTimeline(all, options);
		expect(near.length, 'some items are left out').toBeLessThan(all.length);
		expect(whole.placed.length + whole.clusters.length, 'something is on screen').toBeGreaterThan(0);
		expect(layoutTimeline(near, { ...options, laneSizes: counted(all) })).toStrictEqual(whole);
	});

	it('gives a lane the rows of all its items, and counts what was left out as culled', () => {
		const layout = layoutTimeline([bar('b1', 100, 400), bar('b2', 110, 400)], { ...OPTIONS, laneSizes: new Map([['a', 5]]) });
		expect(layout.lanes).toStrictEqual([
			{ key: 'a', rows: 2, size: 5 },
			{ key: 'b', rows: 1, size: 0 }
		]);
		expect(layout.culled).toBe(3);
	});

	it('rejects lane sizes smaller than the input', () => {
		expect(() => layoutTimeline([point('p', 10), point('q', 20)], { ...OPTIONS, laneSizes: new Map([['a', 1]]) })).toThrow(
			new RangeError('laneSizes gives the lane "a" 1 items, fewer than the input holds')
		);
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
		{ change: { minLabelWidth: -4 }, message: 'minLabelWidth must be a finite number ≥ 0, not -4' },
		{ change: { cullMargin: Infinity }, message: 'cullMargin must be a finite number ≥ 0, not Infinity' },
		{ change: { maxClusterWidth: 10 }, message: 'maxClusterWidth must be a finite number ≥ 27, not 10' },
		{ change: { laneOrder: ['a', 'b', 'a'] }, message: 'laneOrder lists the lane "a" twice' }
	])('rejects $change', ({ change, message }) => {
		expect(() => layoutTimeline([], { ...OPTIONS, ...change })).toThrow(new RangeError(message));
	});
});

const LANES = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'];

/**
 * Items spread over `span` px starting 10% of the span left of the view, in the 8 lanes and one lane that is not
 * laid out; a third are bars up to `maxBarWidth` wide; titles 20–150 px; priorities 1–4, most of them 1.
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
			labelWidth: 20 + random() * 130,
			priority: 1 + Math.floor(random() ** 3 * 4)
		};
	});
}

/** Checks every rule of the layout against the input, independently of how the layout was computed. */
function expectValidLayout(items: readonly LayoutItem[], options: LayoutOptions, layout: TimelineLayout): void {
	const { width, maxRows, gap, pointWidth, minLabelWidth, laneOrder } = options;
	const margin = options.cullMargin ?? 50;
	const maxClusterWidth = options.maxClusterWidth ?? DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS * pointWidth;
	const idOf = (mark: PlacedMark) => items[mark.index]!.id;
	const laneRank = new Map(laneOrder.map((lane, rank) => [lane, rank]));
	const laidOut = items.filter((item) => laneRank.has(item.lane));
	const visible = laidOut.filter((item) => item.x1 >= -margin && item.x0 <= width + margin);

	// Every visible item of a laid-out lane exactly once, as a mark or in a cluster; nothing else.
	const shown = [...layout.placed.map(idOf), ...layout.clusters.flatMap((cluster) => idsOf(cluster, items))];
	expect(shown.toSorted()).toStrictEqual(visible.map((item) => item.id).toSorted());
	expect(layout.culled).toBe(laidOut.length - visible.length);
	expect(layout.lanes.map((lane) => lane.key)).toStrictEqual(laneOrder);

	for (const lane of laneOrder) {
		const marks = layout.placed.filter((mark) => mark.lane === lane);
		const clusters = layout.clusters.filter((cluster) => cluster.lane === lane);
		const rowsUsed = [...marks.map((mark) => mark.row), ...clusters.map((cluster) => cluster.row)];
		const laneLayout = layout.lanes.find((l) => l.key === lane)!;
		expect(laneLayout.rows).toBe(Math.max(1, ...rowsUsed.map((row) => row + 1)));
		expect(laneLayout.size).toBe(laidOut.filter((item) => item.lane === lane).length);
		// Never more rows than the lane can need at any zoom, so its height does not change with the zoom.
		expect(laneLayout.rows).toBeLessThanOrEqual(Math.max(1, Math.min(maxRows, laneLayout.size)));

		// What each row holds: a mark with its title, or a cluster; any two keep `gap` apart.
		const things = [
			...marks.map((mark) => {
				const item = items[mark.index]!;
				const shape = occupied(item, pointWidth);
				expect([mark.start, mark.end]).toStrictEqual([shape.start, shape.end]);
				// Named when on screen: a title of at least the least width (or whole), inside the view, marked cut when it is.
				const { label } = mark;
				expect(label === null).toBe(!(shape.end > 0 && shape.start < width));
				if (label === null) return { row: mark.row, ...shape };
				const least = Math.min(item.labelWidth, minLabelWidth);
				expect(label.x1 - label.x0).toBeGreaterThanOrEqual(least - 1e-9);
				expect(label.x1 - label.x0).toBeLessThanOrEqual(item.labelWidth + 1e-9);
				expect(label.truncated).toBe(label.x1 - label.x0 < item.labelWidth - 1e-9);
				expect(label.x0).toBeGreaterThanOrEqual(-1e-9);
				expect(label.x1).toBeLessThanOrEqual(width + 1e-9);
				// At its mark (or the view's edge), or just after a name written in the lane's first row.
				const starts = [item.x0 < 0 && shape.end > 0 ? 0 : item.x0, ...(options.reserved?.get(lane) ?? []).map((name) => name.end + gap)];
				if (label.anchor === 'start') expect(starts).toContain(label.x0);
				return { row: mark.row, start: Math.min(shape.start, label.x0), end: Math.max(shape.end, label.x1) };
			}),
			...clusters.map((cluster) => {
				expect(cluster.x1 - cluster.x0).toBeGreaterThanOrEqual(CLUSTER_MIN_WIDTH_IN_POINTS * pointWidth - 1e-9);
				const ids = idsOf(cluster, items);
				expect(cluster.key).toBe(`${lane}/${ids[0]}`);
				// It stands for marks near it: zooming to it shows them.
				for (const index of cluster.members) {
					expect(items[index]!.lane).toBe(lane);
					expect(tooClose(occupied(items[index]!, pointWidth), { start: cluster.x0, end: cluster.x1 }, gap + maxClusterWidth)).toBe(true);
				}
				return { row: cluster.row, start: cluster.x0, end: cluster.x1 };
			})
		];
		for (let row = 0; row < maxRows; row++) {
			const inRow = things.filter((thing) => thing.row === row).sort((a, b) => a.start - b.start);
			for (let i = 1; i < inRow.length; i++) expect(inRow[i - 1]!.end + gap).toBeLessThanOrEqual(inRow[i]!.start + 1e-9);
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
		{ count: 10_000, span: 1_000, maxBarWidth: 100, seed: 7, shows: { marks: true, clusters: true } },
		{ count: 10_000, span: 1_000, maxBarWidth: 5_000, seed: 8, shows: { marks: true, clusters: true } }
	])('$count items over $span px, bars up to $maxBarWidth px (seed $seed)', ({ seed, count, span, ...rest }) => {
		const { maxBarWidth, shows } = rest;
		const items = randomItems(seed, count, span, maxBarWidth);
		const options = { ...OPTIONS, laneOrder: LANES };
		const layout = layoutTimeline(items, options);
		expectValidLayout(items, options, layout);
		expect({ marks: layout.placed.length > 0, clusters: layout.clusters.length > 0 }).toStrictEqual(shows);
	});

	it.each([
		{ maxRows: 1, gap: 0, pointWidth: 8, minLabelWidth: 0, cullMargin: 0, maxClusterWidth: 18 },
		{ maxRows: 2, gap: 10, pointWidth: 16, minLabelWidth: 80, cullMargin: 200, maxClusterWidth: 400 },
		{ maxRows: 5, gap: 3, pointWidth: 6, minLabelWidth: 30, cullMargin: 50, maxClusterWidth: undefined }
	])('holds for other options: %o', (change) => {
		const items = randomItems(9, 2_000, 3_000, 300);
		const options = { ...OPTIONS, ...change, laneOrder: LANES };
		expectValidLayout(items, options, layoutTimeline(items, options));
	});

	it('holds with names written in the first rows: titles and clusters keep clear of them, shapes may pass under', () => {
		const items = randomItems(10, 2_000, 3_000, 300);
		const reserved = new Map(LANES.map((lane, i) => [lane, [{ start: -Infinity, end: 60 }, { start: 300 + i * 50, end: 400 + i * 50 }]]));
		const options = { ...OPTIONS, laneOrder: LANES, reserved };
		const layout = layoutTimeline(items, options);
		expectValidLayout(items, options, layout);
		let underAName = 0;
		for (const lane of LANES) {
			const names = reserved.get(lane)!;
			for (const mark of layout.placed.filter((m) => m.lane === lane && m.row === 0)) {
				if (mark.label) for (const name of names) expect(tooClose({ start: mark.label.x0, end: mark.label.x1 }, name, OPTIONS.gap)).toBe(false);
				if (names.some((name) => tooClose({ start: mark.start, end: mark.end }, name, 0))) underAName++;
			}
			for (const cluster of layout.clusters.filter((c) => c.lane === lane && c.row === 0))
				for (const name of names) expect(tooClose({ start: cluster.x0, end: cluster.x1 }, name, OPTIONS.gap)).toBe(false);
		}
		expect(underAName, 'some shapes pass under a name').toBeGreaterThan(0);
	});

	it('starts the title of a bar that runs under the lane’s name just after the name', () => {
		const items = [bar('long', -300, 500, 100)];
		const layout = layoutTimeline(items, { ...OPTIONS, reserved: new Map([['a', [{ start: -Infinity, end: 80 }]]]) });
		expect(summarise(layout, items).marks).toStrictEqual(['a:long@0']);
		expect(labelOf(layout, items, 'long')).toStrictEqual({ x0: 86, x1: 186, anchor: 'start', truncated: false });
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

/** The layout of `items` in lane a alone, with `names` written in its first row. */
const withNames = (items: LayoutItem[], names: { start: number; end: number }[], change: Partial<LayoutOptions> = {}) =>
	layoutTimeline(items, { ...OPTIONS, laneOrder: ['a'], reserved: new Map([['a', names]]), ...change });

describe('layoutTimeline: titles and the names written in a lane’s first row', () => {
	// OPTIONS: gap 6, minLabelWidth 40, point marks 12 px wide, a view 1,000 px wide.
	it('cuts a title in the first row `gap` before the next name', () => {
		// The whole title (100–400) would reach the name at 300; its least (100–140) keeps clear of it.
		const items = [point('p', 100, 300)];
		expect(labelOf(withNames(items, [{ start: 300, end: 400 }]), items, 'p')).toStrictEqual({ x0: 100, x1: 294, anchor: 'start', truncated: true });
	});

	it('cuts a title ended at its mark in the first row `gap` after the name before it, whatever names come later', () => {
		// Its mark ends at 996; the whole title would start at 696, over the name at 700–800.
		const items = [point('p', 990, 300)];
		const layout = withNames(items, [{ start: 700, end: 800 }, { start: 1010, end: 1100 }]);
		expect(labelOf(layout, items, 'p')).toStrictEqual({ x0: 806, x1: 996, anchor: 'end', truncated: true });
	});

	it('does not cut titles of the other rows at the names', () => {
		// Each title is whole in the second row rather than cut in the first; "far" holds the first row elsewhere.
		const after = [point('p', 100, 300), point('far', 700)];
		expect(labelOf(withNames(after, [{ start: 300, end: 400 }]), after, 'p')).toStrictEqual({ x0: 100, x1: 400, anchor: 'start', truncated: false });
		const before = [point('p', 990, 300), point('far', 100)];
		expect(labelOf(withNames(before, [{ start: 700, end: 800 }]), before, 'p')).toStrictEqual({ x0: 696, x1: 996, anchor: 'end', truncated: false });
	});

	it('leaves a title only its least beside a name that starts where the title does, or ends where it ends (no gap, no least width)', () => {
		const change = { gap: 0, minLabelWidth: 0 };
		const after = [point('p', 100, 50)];
		expect(labelOf(withNames(after, [{ start: 100, end: 200 }], change), after, 'p')).toStrictEqual({ x0: 100, x1: 100, anchor: 'start', truncated: true });
		const before = [point('p', 990, 300)];
		expect(labelOf(withNames(before, [{ start: 900, end: 996 }], change), before, 'p')).toStrictEqual({ x0: 996, x1: 996, anchor: 'end', truncated: true });
	});
});

describe('layoutTimeline: a title after the name its mark runs under', () => {
	it.each([
		['a bar that ends `gap` after the name has no room for it there: counted in a cluster', bar('b', 20, 86), { marks: [], clusters: ['a:[b]@0'] }],
		['a bar that runs further: its title starts after the name', bar('b', 20, 87), { marks: ['a:b@0'], clusters: [] }]
	])('%s', (_name, item, expected) => {
		expect(summarise(withNames([item], [{ start: -Infinity, end: 80 }]), [item])).toStrictEqual(expected);
	});

	it('starts the title after the name where its least just fits before the view’s right edge', () => {
		const items = [bar('b', 900, 1000, 40)];
		const layout = withNames(items, [{ start: 850, end: 954 }]);
		expect(labelOf(layout, items, 'b')).toStrictEqual({ x0: 960, x1: 1000, anchor: 'start', truncated: false });
	});

	it('counts the mark in a cluster where its least title would not fit after the name', () => {
		const items = [bar('b', 900, 1000, 40)];
		const layout = withNames(items, [{ start: 850, end: 955 }]);
		expect(summarise(layout, items)).toStrictEqual({ marks: [], clusters: ['a:[b]@0'] });
	});
});

describe('layoutTimeline: boundaries', () => {
	it.each([
		['a mark that ends at the view’s left edge', point('p', -6)],
		['a mark that starts at the view’s right edge', point('p', 1006)]
	])('names no mark outside the view: %s', (_name, item) => {
		const [mark] = layoutTimeline([item], OPTIONS).placed;
		expect(mark).toMatchObject({ row: 0, label: null });
	});

	it('gives a mark just left of the view only its shapes’ room: the next mark shares its row', () => {
		const items = [bar('off', -40, -30), point('in', 3)];
		expect(summarise(layoutTimeline(items, OPTIONS), items).marks).toStrictEqual(['a:off@0', 'a:in@0']);
	});

	it('keeps two things exactly `gap` apart in one row', () => {
		// "first" with its title takes 94–130; "second" (placed first, by priority) starts at 136.
		const items = [point('first', 100, 30, 1), point('second', 142, 30, 2)];
		expect(summarise(layoutTimeline(items, OPTIONS), items).marks).toStrictEqual(['a:first@0', 'a:second@0']);
	});

	it('prefers a whole title that ends at the view’s right edge in a lower row to a cut one in the first', () => {
		// "p"'s whole title runs 900–1,000; "blocker" (placed first) takes 954–990 of the first row.
		const items = [point('p', 900, 100, 1), point('blocker', 960, 30, 2)];
		const layout = layoutTimeline(items, OPTIONS);
		expect(summarise(layout, items).marks).toStrictEqual(['a:p@1', 'a:blocker@0']);
		expect(labelOf(layout, items, 'p')).toStrictEqual({ x0: 900, x1: 1000, anchor: 'start', truncated: false });
	});

	it('starts a title at its mark where its least ends at the view’s right edge', () => {
		const items = [point('p', 960, 1000)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'p')).toStrictEqual({ x0: 960, x1: 1000, anchor: 'start', truncated: true });
	});

	it('ends a title at its mark where not even its least fits after it, however far from the right edge', () => {
		// A least title of 300 px does not fit after 710; the whole one (400 px) ends at the mark's end, 716.
		const items = [point('p', 710, 400)];
		expect(labelOf(layoutTimeline(items, { ...OPTIONS, minLabelWidth: 300 }), items, 'p')).toStrictEqual({ x0: 316, x1: 716, anchor: 'end', truncated: false });
	});

	it('starts a title at its mark at three quarters of the view, where its least fits after it', () => {
		const items = [point('p', 750, 300)];
		expect(labelOf(layoutTimeline(items, OPTIONS), items, 'p')).toStrictEqual({ x0: 750, x1: 1000, anchor: 'start', truncated: true });
	});

	it('takes a lower row for a whole title ended at its mark that just fits from the view’s left edge', () => {
		// "p"'s mark ends at the right edge; its 1,000 px title runs 0–1,000, which "left" (14–50) holds in the first row.
		const items = [point('left', 20, 30, 2), point('p', 994, 1000, 1)];
		const layout = layoutTimeline(items, OPTIONS);
		expect(summarise(layout, items).marks).toStrictEqual(['a:left@0', 'a:p@1']);
		expect(labelOf(layout, items, 'p')).toStrictEqual({ x0: 0, x1: 1000, anchor: 'end', truncated: false });
	});

	it('orders marks at the same place by id, whatever the input order', () => {
		const items = [point('b', 100), point('a', 100)];
		expect(summarise(layoutTimeline(items, OPTIONS), items).marks).toStrictEqual(['a:a@0', 'a:b@1']);
	});

	it('joins a cluster it touches rather than cut a more cited title in another row', () => {
		// Row 0: "cited" (priority 9) with its title to 500. Row 1: "r1" at 344–380. c1 and c2 fit in neither; c1's
		// cluster takes the room left in row 1 (286.5–313.5), and c2, 22 px on, joins it rather than cut "cited".
		const items = [point('cited', 100, 400, 9), point('r1', 350, 30, 9), point('c1', 300, 50), point('c2', 322, 50)];
		const layout = layoutTimeline(items, { ...OPTIONS, maxRows: 2 });
		expect(summarise(layout, items)).toStrictEqual({ marks: ['a:cited@0', 'a:r1@1'], clusters: ['a:[c1 c2]@1'] });
		expect(labelOf(layout, items, 'cited')).toStrictEqual({ x0: 100, x1: 500, anchor: 'start', truncated: false });
		expect([layout.clusters[0]!.x0, layout.clusters[0]!.x1]).toStrictEqual([286.5, 335.5]);
	});

	it('where there is no room, counts the marks of the row that matter least, wherever that row is', () => {
		// The name (90–200) sends "cited"'s title to row 1, so the less cited "minor" is in row 0. "x" fits nowhere,
		// and no room can be made without taking a mark: it takes "minor" into its cluster, not "cited".
		const items = [bar('cited', 100, 400, 30, 5), bar('minor', 250, 400, 30, 2), point('x', 300)];
		const layout = withNames(items, [{ start: 90, end: 200 }], { maxRows: 2 });
		expect(summarise(layout, items)).toStrictEqual({ marks: ['a:cited@1'], clusters: ['a:[minor x]@0'] });
	});

	it('draws a cluster of a long bar as wide as the bar allows, up to the widest a cluster may be', () => {
		// One row, held by a bar of higher priority; "under" (500–600) is counted, in a cluster 6 points (72 px) wide.
		const items = [bar('top', 100, 900, 30, 2), bar('under', 500, 600, 30, 1)];
		const [cluster] = layoutTimeline(items, { ...OPTIONS, maxRows: 1 }).clusters;
		expect([cluster!.x0, cluster!.x1]).toStrictEqual([500, 572]);
	});
});
