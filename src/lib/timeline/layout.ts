/**
 * One frame of the timeline's layout, in pixels at the current zoom: which row of its lane each mark takes, how
 * much of its title is shown, and which marks of a crowded stretch are counted in a cluster instead. Every mark
 * in a row is named (its title, cut short with an ellipsis where room is short); rows go to the events of
 * highest priority first; what fits in no row is counted in a cluster, in the lowest row with room. It runs on every
 * zoom frame, over the items near the view (plot.ts finds them with near-view.ts): one sort, then sweeps with
 * binary searches. The rules are in docs/layout.md.
 *
 * Longer than most modules: one algorithm whose steps share their working types (Slot, RowEntry), kept in
 * one file so that it reads in the order it runs.
 */

export interface LayoutItem {
	id: string;
	/** Lane key (a category or an actor). */
	lane: string;
	/** Left edge of the mark in px, already scaled; may be < 0 or > width (off screen). */
	x0: number;
	/** Right edge in px, x1 >= x0; a point event has x1 === x0. */
	x1: number;
	/** Width of its whole title in px. */
	labelWidth: number;
	/** Higher takes a row first (the explorer uses the number of passages that cite the event). */
	priority: number;
	/** What the output calls it (PlacedMark.index, Cluster.members); by default its position in the input. */
	index?: number;
}

export interface LayoutOptions {
	/** Visible width in px; items entirely outside [-cullMargin, width + cullMargin] are culled. */
	width: number;
	/** Lanes in display order, each listed once; items of other lanes are ignored (filtered out). */
	laneOrder: readonly string[];
	/** Rows per lane; what fits in none is counted in a cluster in the last. */
	maxRows: number;
	/** Least horizontal px between two things in the same row, a title included. */
	gap: number;
	/** Px a point mark occupies, centred on x0; narrower bars are widened to it about their centre. */
	pointWidth: number;
	/** Least px of title beside a mark in a row: a few letters and an ellipsis. A shorter title is shown whole. */
	minLabelWidth: number;
	/**
	 * Where text is written in each lane's first row, by lane (the lane's name, and the like): titles and clusters
	 * keep clear of it; shapes may pass under it.
	 */
	reserved?: ReadonlyMap<string, readonly { start: number; end: number }[]>;
	/** Default CULL_MARGIN. */
	cullMargin?: number;
	/**
	 * Each lane's number of items, on screen or not, when the input holds only the items near the view (at least
	 * every one within cullMargin of it; see near-view.ts): a lane's rows and the count of culled items then follow
	 * the whole lane, and the layout is the one the whole input would give.
	 */
	laneSizes?: ReadonlyMap<string, number>;
	/** Widest a cluster may grow, in px; default DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS × pointWidth. */
	maxClusterWidth?: number;
}

/** Where a title is drawn: the text runs from x0 to x1, anchored at its start (by the mark) or its end. */
export interface LabelBox {
	x0: number;
	x1: number;
	anchor: 'start' | 'end';
	/** Narrower than the whole title, which is then cut short with an ellipsis. */
	truncated: boolean;
}

export interface PlacedMark {
	/** Its item's index in the input: the output is index-aligned with what was laid out. */
	index: number;
	lane: string;
	row: number;
	/** The extent its shapes occupy: the item's [x0, x1], widened about its centre to at least pointWidth. */
	start: number;
	end: number;
	/** Its title's box: every placed mark on screen is named; null for one laid out just outside the view. */
	label: LabelBox | null;
}

export interface Cluster {
	/** `${lane}/${id of its first member}`: stable while its leftmost item stays the same. */
	key: string;
	lane: string;
	/** The lowest row with room for it (see docs/layout.md). */
	row: number;
	/** The extent it occupies and should be drawn at. */
	x0: number;
	x1: number;
	/** Indexes of its items in the input, in x0 order, then id. */
	members: number[];
}

export interface LaneLayout {
	key: string;
	/** Rows its placed marks and clusters use; 1 for a lane with none. */
	rows: number;
	/** Its items, on screen or not. */
	size: number;
}

export interface TimelineLayout {
	/** In laneOrder. */
	lanes: LaneLayout[];
	/** The marks placed in rows, in lane order, then x0, then id. */
	placed: PlacedMark[];
	/** In lane order, then x0. */
	clusters: Cluster[];
	/** Items of laid-out lanes left out because they are off screen. */
	culled: number;
}

/** A cluster is at least this many point widths wide: room for its count badge. */
export const CLUSTER_MIN_WIDTH_IN_POINTS = 2.25;

/** By default a cluster is at most this many point widths wide, so activating it zooms in a long way. */
export const DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS = 6;

/** Items wholly further than this outside the view, in px, are culled: neither placed nor clustered. */
export const CULL_MARGIN = 50;

/** Beyond this fraction of the view's width a title may end at its mark instead of starting there. */
const NEAR_THE_RIGHT_EDGE = 0.75;

/** The row of an item that is in no row: counted in a cluster. */
const NO_ROW = -1;

interface Config {
	width: number;
	maxRows: number;
	gap: number;
	pointWidth: number;
	minLabelWidth: number;
	cullMargin: number;
	clusterMinWidth: number;
	maxClusterWidth: number;
}

interface Interval {
	start: number;
	end: number;
}

/**
 * Where a title may go: its anchor, whether the whole title fits in the view so, and the extent the mark takes
 * with its least title. The extent with the whole title is made only when a row is tried for it (`extentWith`):
 * in a crowded view most marks never get that far, and each frame makes thousands of slots.
 */
interface Placing {
	readonly anchor: 'start' | 'end';
	/** Where the title starts (anchor start) or ends (anchor end). */
	readonly labelAt: number;
	readonly wholeFits: boolean;
	readonly least: Extent;
}

/** What a mark takes in its row with a title of some width: its shapes and the title together, and the title alone. */
interface Extent extends Interval {
	readonly title: Interval;
}

/** An item during layout: its shapes' extent and the extents it may take in a row. */
interface Slot {
	readonly item: LayoutItem;
	readonly index: number;
	readonly mark: Interval;
	/** Whether it is on screen, and so named. */
	readonly titled: boolean;
	/** Its whole title's width (none for a mark off screen), and the least shown: minLabelWidth, or the whole where shorter. */
	readonly wholeWidth: number;
	readonly leastWidth: number;
	/** Where its title may go, in order of preference (made once its mark has room in a row); the one it takes there. */
	placings: readonly Placing[];
	placing: Placing;
	row: number;
	/** What it holds in its row: its placing's `full` or `least`, until titles are widened into the room left. */
	taken: Interval;
	/** Where its row's previous thing ends and its next one starts, once every row is filled. */
	previousEnd: number;
	nextStart: number;
	label: LabelBox | null;
}

export function layoutTimeline(items: readonly LayoutItem[], options: LayoutOptions): TimelineLayout {
	const config = resolveConfig(options);
	const slotsByLane = new Map<string, Slot[]>();
	for (const lane of options.laneOrder) {
		if (slotsByLane.has(lane)) throw new RangeError(`laneOrder lists the lane "${lane}" twice`);
		slotsByLane.set(lane, []);
	}
	const sizes = new Map<string, number>();
	let culled = 0;
	items.forEach((item, position) => {
		const slots = slotsByLane.get(item.lane);
		if (slots === undefined) return;
		sizes.set(item.lane, (sizes.get(item.lane) ?? 0) + 1);
		// Negated so that an item with NaN coordinates counts as off screen rather than upsetting the sort.
		if (!(item.x1 >= -config.cullMargin && item.x0 <= config.width + config.cullMargin)) culled += 1;
		else slots.push(createSlot(item, item.index ?? position, config));
	});
	if (options.laneSizes) {
		// What was not given was culled before it got here.
		culled = 0;
		for (const [lane, slots] of slotsByLane) {
			const size = options.laneSizes.get(lane) ?? 0;
			if (size < (sizes.get(lane) ?? 0)) throw new RangeError(`laneSizes gives the lane "${lane}" ${size} items, fewer than the input holds`);
			sizes.set(lane, size);
			culled += size - slots.length;
		}
	}

	const layout: TimelineLayout = { lanes: [], placed: [], clusters: [], culled };
	for (const [lane, slots] of slotsByLane) {
		slots.sort(byPosition);
		const rowCount = Math.min(config.maxRows, Math.max(1, sizes.get(lane) ?? 0));
		const names = [...(options.reserved?.get(lane) ?? [])].sort((a, b) => a.start - b.start);
		const { rows, overflow } = fillRows(slots, rowCount, names, options.reserved?.get(lane) ?? [], config);
		const clusters = clusterOverflow(lane, overflow, rows, names, config);
		nameSlots(rows, names, config);
		let used = 0;
		for (const slot of slots) {
			if (slot.row === NO_ROW) continue;
			layout.placed.push({ index: slot.index, lane, row: slot.row, start: slot.mark.start, end: slot.mark.end, label: slot.label });
			used = Math.max(used, slot.row + 1);
		}
		for (const cluster of clusters) used = Math.max(used, cluster.row + 1);
		layout.clusters.push(...clusters);
		layout.lanes.push({ key: lane, rows: Math.max(1, used), size: sizes.get(lane) ?? 0 });
	}
	return layout;
}

function resolveConfig(options: LayoutOptions): Config {
	const { width, maxRows, gap, pointWidth, minLabelWidth, cullMargin = CULL_MARGIN } = options;
	const clusterMinWidth = CLUSTER_MIN_WIDTH_IN_POINTS * pointWidth;
	const maxClusterWidth = options.maxClusterWidth ?? DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS * pointWidth;
	requireAtLeast('width', width, 0);
	requireAtLeast('gap', gap, 0);
	requireAtLeast('minLabelWidth', minLabelWidth, 0);
	requireAtLeast('cullMargin', cullMargin, 0);
	if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`maxRows must be a whole number ≥ 1, not ${maxRows}`);
	// A zero-width point would make zero-width clusters, which nothing could be kept clear of.
	if (!(pointWidth > 0 && Number.isFinite(pointWidth))) throw new RangeError(`pointWidth must be a finite number > 0, not ${pointWidth}`);
	requireAtLeast('maxClusterWidth', maxClusterWidth, clusterMinWidth);
	return { width, maxRows, gap, pointWidth, minLabelWidth, cullMargin, clusterMinWidth, maxClusterWidth };
}

function requireAtLeast(name: string, value: number, least: number): void {
	if (!(value >= least && Number.isFinite(value))) throw new RangeError(`${name} must be a finite number ≥ ${least}, not ${value}`);
}

/** An item's slot, without its placings: those are made only for a mark that has room in some row (`placeSlot`). */
function createSlot(item: LayoutItem, index: number, config: Config): Slot {
	const centre = (item.x0 + item.x1) / 2;
	const mark = { start: Math.min(item.x0, centre - config.pointWidth / 2), end: Math.max(item.x1, centre + config.pointWidth / 2) };
	// A mark laid out just outside the view (so nothing jumps at the edges while panning) has no title to show.
	const titled = mark.end > 0 && mark.start < config.width;
	const whole = titled ? item.labelWidth : 0;
	return {
		item,
		index,
		mark,
		titled,
		wholeWidth: whole,
		leastWidth: Math.min(whole, config.minLabelWidth),
		placings: [],
		placing: UNPLACED,
		row: NO_ROW,
		taken: UNPLACED.least,
		previousEnd: -Infinity,
		nextStart: Infinity,
		label: null
	};
}

/** Stands in for a slot's placing until it has one: only placed slots (row !== NO_ROW) are ever asked for theirs. */
const UNPLACED: Placing = { anchor: 'start', labelAt: NaN, wholeFits: false, least: { start: NaN, end: NaN, title: { start: NaN, end: NaN } } };

/**
 * Where a slot's title may go, in order of preference. A title starts at its mark, or at the view's left edge for a
 * mark reaching in from the left (so a long bar that began off screen is still named). Near the right edge (its
 * last quarter), where the whole title would run out of the view, it may instead end at the mark's right end (or at
 * the view's edge, for a mark running out of it). Titles stay in the view.
 */
function placingsOf({ item, mark, wholeWidth: whole, leastWidth }: Slot, names: readonly Interval[], config: Config): Placing[] {
	const startsAt = item.x0 < 0 && mark.end > 0 ? 0 : item.x0;
	const placings: Placing[] = [];
	const startingAt = (at: number): Placing => ({ anchor: 'start', labelAt: at, wholeFits: at + whole <= config.width, least: extentWith(mark, 'start', at, leastWidth) });
	if (startsAt + leastWidth <= config.width) placings.push(startingAt(startsAt));
	// A mark that runs under a name written in the first row may start its title just after the name there.
	const under = names.find((name) => startsAt < name.end + config.gap && startsAt + leastWidth > name.start - config.gap);
	if (under && mark.end > under.end + config.gap && under.end + config.gap + leastWidth <= config.width) placings.push(startingAt(under.end + config.gap));
	if (startsAt + whole > config.width && (placings.length === 0 || startsAt > config.width * NEAR_THE_RIGHT_EDGE)) {
		const labelAt = Math.max(Math.min(mark.end, config.width), leastWidth);
		placings.push({ anchor: 'end', labelAt, wholeFits: labelAt - whole >= 0, least: extentWith(mark, 'end', labelAt, leastWidth) });
	}
	return placings;
}

/** What a mark takes in its row with `width` px of title starting (or, anchored at its end, ending) at `labelAt`. */
function extentWith(mark: Interval, anchor: 'start' | 'end', labelAt: number, width: number): Extent {
	return anchor === 'start'
		? { start: mark.start, end: Math.max(mark.end, labelAt + width), title: { start: labelAt, end: labelAt + width } }
		: { start: Math.min(mark.start, labelAt - width), end: mark.end, title: { start: labelAt - width, end: labelAt } };
}

/** Left to right by x0; ties by id in code-unit order (not locale order), so the input order does not matter. */
function byPosition(a: Slot, b: Slot): number {
	return a.item.x0 - b.item.x0 || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/** What a row holds, disjoint and in order of start (so of end too): placed slots (by the extent each takes) and clusters. */
interface RowEntry extends Interval {
	slot?: Slot;
	cluster?: ClusterDraft;
}
type Row = RowEntry[];

/** The first entry of `row` that ends less than `gap` before `start` (row.length if none): a binary search. */
function firstTouching(row: readonly Interval[], start: number, gap: number): number {
	let low = 0;
	let high = row.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (row[middle]!.end + gap <= start) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Whether `interval` keeps `gap` clear of everything in `row`. */
function isClear(row: readonly Interval[], interval: Interval, gap: number): boolean {
	const next = row[firstTouching(row, interval.start, gap)];
	return next === undefined || next.start >= interval.end + gap;
}

/** The first row where a mark with its title keeps clear of every entry, and its title of the names in the first row. */
function firstClearRow(rows: readonly Row[], added: readonly Row[], names: readonly Interval[], extent: Extent, gap: number): number {
	for (let row = 0; row < rows.length; row++)
		if (isClear(rows[row]!, extent, gap) && isClear(added[row]!, extent, gap) && (row > 0 || isClear(names, extent.title, gap))) return row;
	return NO_ROW;
}

/** Merges two rows whose entries do not overlap each other. */
function mergeRows(a: Row, b: Row): Row {
	if (b.length === 0) return a;
	const merged: Row = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
	return merged;
}

/** The first of `placings` whose extent (`extentOf`; null: none) has a clear row, with that extent and row. */
function firstFit(
	placings: readonly Placing[],
	extentOf: (placing: Placing) => Extent | null,
	rows: readonly Row[],
	added: readonly Row[],
	names: readonly Interval[],
	gap: number
): { placing: Placing; taken: Extent; row: number } | undefined {
	for (const placing of placings) {
		const taken = extentOf(placing);
		const row = taken ? firstClearRow(rows, added, names, taken, gap) : NO_ROW;
		if (row !== NO_ROW) return { placing, taken: taken!, row };
	}
	return undefined;
}

/**
 * Gives rows to a lane's slots (in x order), the highest priority first: each goes to the first row where its
 * whole title fits (after the mark, else, near the right edge, before), else the first where its least title
 * fits; in the first row, titles keep clear of the names written there.
 * Slots of one priority are placed left to right, so what each adds to a row comes in order; it joins the row's
 * earlier entries when the priority is done. Returns the rows, and the slots that fit in none, in x order.
 */
function fillRows(
	slots: readonly Slot[],
	rowCount: number,
	names: readonly Interval[],
	reserved: readonly Interval[],
	config: Config
): { rows: Row[]; overflow: Slot[] } {
	// Grouped by priority in one pass: each group stays in x order, with no sort per frame.
	const byPriority = new Map<number, Slot[]>();
	for (const slot of slots) {
		const group = byPriority.get(slot.item.priority);
		if (group) group.push(slot);
		else byPriority.set(slot.item.priority, [slot]);
	}
	const rows: Row[] = Array.from({ length: rowCount }, () => []);
	for (const priority of [...byPriority.keys()].sort((a, b) => b - a)) {
		const added: Row[] = Array.from({ length: rowCount }, () => []);
		for (const slot of byPriority.get(priority)!) {
			// Every extent a mark may take holds the mark: where the mark alone has no room, nothing has (in a crowded
			// view, most marks stop here, before any placing is made). Likewise a whole title needs all the room its
			// least one does.
			if (!rows.some((row, r) => isClear(row, slot.mark, config.gap) && isClear(added[r]!, slot.mark, config.gap))) continue;
			slot.placings = placingsOf(slot, reserved, config);
			const least = firstFit(slot.placings, (placing) => placing.least, rows, added, names, config.gap);
			if (!least) continue;
			const whole = firstFit(
				slot.placings,
				(placing) => (placing.wholeFits ? extentWith(slot.mark, placing.anchor, placing.labelAt, slot.wholeWidth) : null),
				rows,
				added,
				names,
				config.gap
			);
			const { placing, taken, row } = whole ?? least;
			Object.assign(slot, { row, placing, taken });
			added[row]!.push({ ...taken, slot });
		}
		added.forEach((entries, row) => (rows[row] = mergeRows(rows[row]!, entries)));
	}
	return { rows, overflow: slots.filter((slot) => slot.row === NO_ROW) };
}

/**
 * Counts what fits in no row in clusters: neighbouring marks (closer than `gap`) share one, up to
 * maxClusterWidth, widened about its centre to the least width. A cluster goes where it takes nothing from
 * anyone, in this order of preference: where there is room as things stand, in the lowest row, as near its
 * first mark as the marks it counts allow (a cluster of long bars may slide along them); into a cluster it
 * touches; where titles cut to their least leave room. Failing all three it goes at its first mark, in the row
 * whose marks there matter least (lowest priority; the last row on a tie), and counts them too.
 */
function clusterOverflow(lane: string, overflow: readonly Slot[], rows: Row[], names: readonly Interval[], config: Config): Cluster[] {
	const { gap } = config;
	const drafts: { extent: Interval; members: Slot[] }[] = [];
	for (const slot of overflow) {
		const draft = drafts.at(-1);
		if (draft && slot.mark.start < draft.extent.end + gap && slot.mark.start - draft.extent.start < config.maxClusterWidth) {
			draft.extent.end = Math.min(Math.max(draft.extent.end, slot.mark.end), draft.extent.start + config.maxClusterWidth);
			draft.members.push(slot);
		} else drafts.push({ extent: { start: slot.mark.start, end: Math.min(slot.mark.end, slot.mark.start + config.maxClusterWidth) }, members: [slot] });
	}
	const clusters: ClusterDraft[] = [];
	for (const { extent, members } of drafts) {
		if (extent.end - extent.start < config.clusterMinWidth) {
			const centre = (extent.start + extent.end) / 2;
			extent.start = centre - config.clusterMinWidth / 2;
			extent.end = centre + config.clusterMinWidth / 2;
		}
		const width = extent.end - extent.start;
		// It may sit anywhere its centre stays on every mark it counts (a cluster of long bars may slide along them),
		// and it stays in the view where that allows.
		const from = Math.min(extent.start, Math.max(...members.map((slot) => slot.mark.start)) - width / 2);
		const to = Math.max(extent.start, Math.min(...members.map((slot) => slot.mark.end)) - width / 2);
		const inView = (x: number) => Math.min(Math.max(x, Math.min(0, to)), Math.max(config.width - width, from));
		const range = { at: inView(extent.start), from: inView(from), to: inView(to), width };
		const mostCited = Math.max(...members.map((slot) => slot.item.priority));
		const spot = freeSpot(rows, names, range, asTheyStand, gap);
		if (spot === null && joinCluster(rows, names, range, members, config)) continue;
		// Titles may give way to it only if they matter no more than what it counts.
		const free = spot ?? freeSpot(rows, names, range, (entry) => (entry.slot && entry.slot.item.priority <= mostCited ? entry.slot.placing.least : entry), gap);
		const { row, extent: claimed } = free ? { row: free.row, extent: { start: free.x, end: free.x + width } } : evictFor(rows, names, extent, members, gap);
		const cluster: ClusterDraft = { ...claimed, row, members };
		cluster.cluster = cluster;
		rows[row]!.splice(firstTouching(rows[row]!, claimed.start, 0), 0, cluster);
		clusters.push(cluster);
	}
	return clusters
		.filter((cluster) => cluster.members.length > 0)
		.sort((a, b) => a.start - b.start)
		.map(({ start, end, row, members }) => {
			const indexes = members.sort(byPosition).map((slot) => slot.index);
			return { key: `${lane}/${members[0]!.item.id}`, lane, row, x0: start, x1: end, members: indexes };
		});
}

/** A cluster while it is laid out: its own row entry. */
interface ClusterDraft extends RowEntry {
	row: number;
	members: Slot[];
}

/** Where a cluster `width` wide may start: best at `at`, else anywhere in [from, to]. */
interface ClusterRange {
	at: number;
	from: number;
	to: number;
	width: number;
}

const asTheyStand = (entry: RowEntry): Interval => entry;
const leastOf = (entry: RowEntry): Interval => entry.slot?.placing.least ?? entry;

/**
 * The lowest row, and in it the x nearest `range.at`, where the cluster stays clear of every entry (each taken as
 * `extentOf` says) and, in the first row, of the names written there; the titles it then neighbours give up what
 * they took beyond their least.
 */
function freeSpot(
	rows: Row[],
	names: readonly Interval[],
	range: ClusterRange,
	extentOf: (entry: RowEntry) => Interval,
	gap: number
): { row: number; x: number } | null {
	for (let row = rows.length - 1; row >= 0; row--) {
		const x = nearestClearStart(rows[row]!, row === 0 ? names : [], range, extentOf, gap);
		if (x === null) continue;
		for (const entry of touching(rows[row]!, { start: x, end: x + range.width }, gap)) Object.assign(entry, leastOf(entry));
		return { row, x };
	}
	return null;
}

/** The x in [from, to] nearest `at` where `width` px keep `gap` clear of the row's entries (but `skip`) and of `names`. */
function nearestClearStart(
	entries: Row,
	names: readonly Interval[],
	range: ClusterRange,
	extentOf: (entry: RowEntry) => Interval,
	gap: number,
	skip?: RowEntry
): number | null {
	const reach = range.to + range.width + gap;
	const near: Interval[] = [];
	for (let i = firstTouching(entries, range.from, gap); i < entries.length && entries[i]!.start < reach; i++) if (entries[i] !== skip) near.push(extentOf(entries[i]!));
	for (const name of names) if (name.end + gap > range.from && name.start < reach) near.push(name);
	near.sort((a, b) => a.start - b.start);
	let best: number | null = null;
	let gapStart = -Infinity;
	const consider = (gapEnd: number) => {
		const x = Math.min(Math.max(range.at, gapStart, range.from), gapEnd - range.width, range.to);
		if (x >= gapStart && x + range.width <= gapEnd && x >= range.from && (best === null || Math.abs(x - range.at) < Math.abs(best - range.at))) best = x;
	};
	for (const { start, end } of near) {
		consider(start - gap);
		gapStart = Math.max(gapStart, end + gap);
		if (gapStart > range.to) return best;
	}
	consider(Infinity);
	return best;
}

/**
 * Adds `members` to a cluster the range touches, where the two together stay within maxClusterWidth and clear of
 * the row's other entries (and, in the first row, of its names).
 */
function joinCluster(rows: Row[], names: readonly Interval[], range: ClusterRange, members: Slot[], { gap, maxClusterWidth }: Config): boolean {
	for (let row = rows.length - 1; row >= 0; row--) {
		for (const entry of touching(rows[row]!, { start: range.at, end: range.at + range.width }, gap)) {
			const cluster = entry.cluster;
			if (!cluster) continue;
			const start = Math.min(cluster.start, range.at);
			const end = Math.max(cluster.end, range.at + range.width);
			if (end - start > Math.max(maxClusterWidth, cluster.end - cluster.start)) continue;
			const whole = { at: start, from: start, to: start, width: end - start };
			if (nearestClearStart(rows[row]!, row === 0 ? names : [], whole, leastOf, gap, cluster) === null) continue;
			for (const other of touching(rows[row]!, { start, end }, gap)) if (other !== cluster) Object.assign(other, leastOf(other));
			Object.assign(cluster, { start, end });
			cluster.members.push(...members);
			return true;
		}
	}
	return false;
}

/** The entries of `row` that come closer than `gap` to `interval`: consecutive, found by a binary search. */
function touching(row: Row, interval: Interval, gap: number): RowEntry[] {
	const found: RowEntry[] = [];
	for (let i = firstTouching(row, interval.start, gap); i < row.length && row[i]!.start < interval.end + gap; i++) found.push(row[i]!);
	return found;
}

/**
 * Makes room for a cluster at `extent` in the row where what is in its way matters least: a cluster in the way is
 * merged into it (costing nothing), a slot costs its priority, a reserved extent cannot move. Slots whose least
 * title clears the cluster keep their place with it; the others join its members. Returns where it goes.
 */
function evictFor(rows: Row[], names: readonly Interval[], extent: Interval, members: Slot[], gap: number): { row: number; extent: Interval } {
	const inTheWay = (entry: RowEntry) => tooClose(leastOf(entry), extent, gap);
	const costOf = (entry: RowEntry) => (entry.cluster ? 0 : (entry.slot?.item.priority ?? Infinity));
	const nameInTheWay = (row: number) => row === 0 && names.some((name) => tooClose(name, extent, gap));
	const cost = (row: number) =>
		nameInTheWay(row) ? Infinity : Math.max(-Infinity, ...touching(rows[row]!, extent, gap).filter(inTheWay).map(costOf));
	let best = rows.length - 1;
	for (let row = rows.length - 2; row >= 0; row--) if (cost(row) < cost(best)) best = row;
	const row = rows[best]!;
	const claimed = { ...extent };
	// Merging a cluster widens this one, which may then reach more: repeat until nothing more is in the way.
	for (let grew = true; grew; ) {
		grew = false;
		for (const entry of touching(row, claimed, gap)) {
			if (!tooClose(leastOf(entry), claimed, gap)) {
				Object.assign(entry, leastOf(entry));
				continue;
			}
			row.splice(row.indexOf(entry), 1);
			if (entry.slot) {
				entry.slot.row = NO_ROW;
				members.push(entry.slot);
			} else {
				members.push(...entry.cluster!.members);
				entry.cluster!.members = [];
				claimed.start = Math.min(claimed.start, entry.start);
				claimed.end = Math.max(claimed.end, entry.end);
				grew = true;
			}
		}
	}
	// A name is left in the way only where every row has one there: the cluster goes just past it.
	if (best === 0)
		for (const name of names.filter((name) => tooClose(name, claimed, gap))) {
			const width = claimed.end - claimed.start;
			claimed.start = name.end + gap;
			claimed.end = claimed.start + width;
		}
	return { row: best, extent: claimed };
}

/** True when two extents come closer than `gap` (or overlap). */
function tooClose(a: Interval, b: Interval, gap: number): boolean {
	return a.end + gap > b.start && b.end + gap > a.start;
}

/**
 * Gives each placed slot on screen its title, left to right in each row: a title may take the room up to the next
 * entry's start (or, in the first row, the next name's), and one anchored at its end the room back to where the
 * previous title (or name) ended.
 */
function nameSlots(rows: readonly Row[], names: readonly Interval[], config: Config): void {
	rows.forEach((row, r) => {
		let previousEnd = -Infinity;
		row.forEach((entry, i) => {
			const { slot } = entry;
			if (slot?.titled) {
				const at = slot.placing.labelAt;
				const nameAfter = r === 0 ? (names.find((name) => name.start >= at)?.start ?? Infinity) : Infinity;
				const nameBefore = r === 0 ? Math.max(-Infinity, ...names.filter((name) => name.end <= at).map((name) => name.end)) : -Infinity;
				slot.previousEnd = Math.max(previousEnd, nameBefore);
				slot.nextStart = Math.min(row[i + 1]?.start ?? Infinity, nameAfter);
				slot.label = labelBox(slot, config);
			}
			previousEnd = Math.max(entry.end, slot?.label?.x1 ?? -Infinity);
		});
	});
}

/**
 * A placed slot's title: as wide as the whole title, the view and the next thing in its row (or, anchored at its
 * end, the previous one) allow; never less than its least width, for which its row kept room.
 */
function labelBox(slot: Slot, config: Config): LabelBox {
	const want = slot.item.labelWidth;
	const { anchor, labelAt } = slot.placing;
	const room = anchor === 'start' ? Math.min(slot.nextStart - config.gap, config.width) - labelAt : labelAt - Math.max(slot.previousEnd + config.gap, 0);
	const width = Math.max(slot.leastWidth, Math.min(want, room));
	const [x0, x1] = anchor === 'start' ? [labelAt, labelAt + width] : [labelAt - width, labelAt];
	return { x0, x1, anchor, truncated: width < want };
}
