/**
 * One frame of the timeline's layout, in pixels at the current zoom: which row of its lane each mark takes,
 * which titles fit, and where a crowded stretch becomes a cluster with a count. It runs on every zoom frame:
 * one sort, then linear sweeps. The rules, step by step, are in docs/layout.md.
 *
 * Longer than most modules: one algorithm whose steps share their working types (Slot, ClusterDraft), kept in one
 * file so that it reads in the order it runs.
 */

export interface LayoutItem {
	id: string;
	/** Lane key (a category or an actor). */
	lane: string;
	/** Left edge of the mark in px, already scaled; may be < 0 or > width (off screen). */
	x0: number;
	/** Right edge in px, x1 >= x0; a point event has x1 === x0. */
	x1: number;
	/** Width of its title label in px, if shown. */
	labelWidth: number;
}

export interface LayoutOptions {
	/** Visible width in px; items entirely outside [-cullMargin, width + cullMargin] are culled. */
	width: number;
	/** Lanes in display order, each listed once; items of other lanes are ignored (filtered out). */
	laneOrder: readonly string[];
	/** Rows per lane before items are aggregated into clusters, e.g. 3. */
	maxRows: number;
	/** Least horizontal px between two things in the same row, e.g. 6; also between a label and what follows it. */
	gap: number;
	/** Px a point mark occupies, e.g. 12, centred on x0; narrower bars are widened to it about their centre. */
	pointWidth: number;
	/** Px from a mark's left edge (x0) to the start of its label, ≥ 0. */
	labelGap: number;
	/** Default 50. */
	cullMargin?: number;
	/** Widest a cluster may grow, in px; default DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS × pointWidth. */
	maxClusterWidth?: number;
}

/** Where a title is drawn: the text runs from x0 to x1, anchored at its start (by the mark) or its end. */
export interface LabelBox {
	x0: number;
	x1: number;
	anchor: 'start' | 'end';
}

export interface PlacedMark {
	/** Its item's index in the input: the output is index-aligned with what was laid out. */
	index: number;
	lane: string;
	row: number;
	/** The extent it occupies: the item's [x0, x1], widened about its centre to at least pointWidth. */
	start: number;
	end: number;
	/** Its title's box; null where the title does not fit (it is left to hover and focus). */
	label: LabelBox | null;
}

export interface Cluster {
	/** `${lane}/${id of its first member}`: stable while its leftmost item stays the same. */
	key: string;
	lane: string;
	/** The extent it occupies (in every row of its lane) and should be drawn at. */
	x0: number;
	x1: number;
	/** Indexes of its items in the input, in x0 order, then id. */
	members: number[];
}

export interface LaneLayout {
	key: string;
	/** Rows its placed marks use; 1 for a lane with no marks. */
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

/** A cluster is at least this many point widths wide: room for a count, and unmistakably not a single point. */
export const CLUSTER_MIN_WIDTH_IN_POINTS = 1.5;

/** By default a cluster is at most this many point widths wide, so activating it zooms in a long way. */
export const DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS = 6;

const DEFAULT_CULL_MARGIN = 50;

/** The row of an item that is not in a row: not yet placed, or held by a cluster. */
const NO_ROW = -1;

/** The options, checked and with defaults filled in. */
interface Config {
	width: number;
	maxRows: number;
	gap: number;
	pointWidth: number;
	labelGap: number;
	cullMargin: number;
	clusterMinWidth: number;
	maxClusterWidth: number;
}

/** An item during layout, with the extent it occupies. */
interface Slot {
	readonly item: LayoutItem;
	readonly index: number;
	/** The item's x0, copied here because the sort reads it about n log n times. */
	readonly x0: number;
	readonly start: number;
	readonly end: number;
	/** Where its label would end, were it shown. */
	readonly labelEnd: number;
	row: number;
	/** The mark placed before it in the same row: lets a cluster take a row's marks back from the right. */
	previousInRow: Slot | undefined;
	/** Where the next mark in its row starts (Infinity if none): how far its label may reach. */
	nextInRowStart: number;
}

interface ClusterDraft {
	readonly members: Slot[];
	/** Leftmost x it may cover: clear of the previous cluster, and not far back from the item that overflowed. */
	readonly floor: number;
	/** Leftmost start of its members, but not below floor. */
	hullStart: number;
	/** Rightmost end of its members. */
	furthestEnd: number;
	/** The extent it occupies. */
	start: number;
	end: number;
	/** False once a mark is placed to its right, which it must then not widen into. */
	canGrow: boolean;
}

export function layoutTimeline(items: readonly LayoutItem[], options: LayoutOptions): TimelineLayout {
	const config = resolveConfig(options);
	const lanes = new Map<string, { slots: Slot[]; size: number }>();
	for (const lane of options.laneOrder) {
		if (lanes.has(lane)) throw new RangeError(`laneOrder lists the lane "${lane}" twice`);
		lanes.set(lane, { slots: [], size: 0 });
	}

	const visibleFrom = -config.cullMargin;
	const visibleTo = config.width + config.cullMargin;
	let culled = 0;
	for (const [index, item] of items.entries()) {
		const lane = lanes.get(item.lane);
		if (lane === undefined) continue;
		lane.size += 1;
		// Negated so that an item with NaN coordinates counts as off screen rather than upsetting the sort.
		if (!(item.x1 >= visibleFrom && item.x0 <= visibleTo)) culled += 1;
		else lane.slots.push(createSlot(item, index, config.pointWidth, config.labelGap));
	}

	const layout: TimelineLayout = { lanes: [], placed: [], clusters: [], culled };
	// A Map iterates in insertion order, which is laneOrder.
	for (const [key, { slots, size }] of lanes) {
		slots.sort(byPosition);
		const { clusters, rowTails } = sweepLane(slots, config);
		measureRowRoom(rowTails);
		layout.lanes.push({ key, rows: emitMarks(key, slots, clusters, config, layout.placed), size });
		for (const cluster of clusters) layout.clusters.push(toCluster(key, cluster));
	}
	return layout;
}

function resolveConfig(options: LayoutOptions): Config {
	const { width, maxRows, gap, pointWidth, labelGap, cullMargin = DEFAULT_CULL_MARGIN } = options;
	const clusterMinWidth = CLUSTER_MIN_WIDTH_IN_POINTS * pointWidth;
	const maxClusterWidth = options.maxClusterWidth ?? DEFAULT_MAX_CLUSTER_WIDTH_IN_POINTS * pointWidth;
	requireAtLeast('width', width, 0);
	requireAtLeast('gap', gap, 0);
	requireAtLeast('labelGap', labelGap, 0);
	requireAtLeast('cullMargin', cullMargin, 0);
	if (!Number.isInteger(maxRows) || maxRows < 1) {
		throw new RangeError(`maxRows must be a whole number ≥ 1, not ${maxRows}`);
	}
	// A zero-width point would make zero-width clusters, which nothing could be kept clear of.
	if (!(pointWidth > 0 && Number.isFinite(pointWidth))) {
		throw new RangeError(`pointWidth must be a finite number > 0, not ${pointWidth}`);
	}
	requireAtLeast('maxClusterWidth', maxClusterWidth, clusterMinWidth);
	return { width, maxRows, gap, pointWidth, labelGap, cullMargin, clusterMinWidth, maxClusterWidth };
}

function requireAtLeast(name: string, value: number, least: number): void {
	if (!(value >= least && Number.isFinite(value))) {
		throw new RangeError(`${name} must be a finite number ≥ ${least}, not ${value}`);
	}
}

function createSlot(item: LayoutItem, index: number, pointWidth: number, labelGap: number): Slot {
	const centre = (item.x0 + item.x1) / 2;
	return {
		item,
		index,
		x0: item.x0,
		start: Math.min(item.x0, centre - pointWidth / 2),
		end: Math.max(item.x1, centre + pointWidth / 2),
		labelEnd: labelStartOf(item.x0 + labelGap, Math.max(item.x1, centre + pointWidth / 2)) + item.labelWidth,
		row: NO_ROW,
		previousInRow: undefined,
		nextInRowStart: Infinity
	};
}

/** Left to right by x0; ties by id in code-unit order (not locale order), so the input order does not matter. */
function byPosition(a: Slot, b: Slot): number {
	return a.x0 - b.x0 || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/**
 * Steps 1–4 for one lane's slots, sorted: sets each slot's row (NO_ROW when a cluster holds it). Returns the
 * clusters left to right, and each row's last mark, from which the row's marks can be walked right to left.
 */
function sweepLane(
	slots: readonly Slot[],
	config: Config
): { clusters: ClusterDraft[]; rowTails: (Slot | undefined)[] } {
	const rowTails = new Array<Slot | undefined>(config.maxRows).fill(undefined);
	const clusters: ClusterDraft[] = [];
	let latest: ClusterDraft | undefined;
	for (const slot of slots) {
		if (latest !== undefined && slot.start < latest.end + config.gap) {
			join(latest, slot, config);
			continue;
		}
		const row = firstRowWithRoom(rowTails, slot.start, config);
		if (row !== NO_ROW) {
			slot.row = row;
			slot.previousInRow = rowTails[row];
			rowTails[row] = slot;
			if (latest !== undefined) latest.canGrow = false;
			continue;
		}
		latest = openCluster(slot, rowTails, latest, config);
		clusters.push(latest);
	}
	return { clusters, rowTails };
}

function firstRowWithRoom(rowTails: readonly (Slot | undefined)[], start: number, config: Config): number {
	let markFits = NO_ROW;
	for (let row = 0; row < rowTails.length; row++) {
		const tail = rowTails[row];
		if (tail === undefined) return row;
		// A label that would run past the right edge is never shown, so it needs no room.
		const labelEnd = tail.labelEnd <= config.width ? tail.labelEnd : -Infinity;
		if (Math.max(tail.end, labelEnd) + config.gap <= start) return row;
		if (markFits === NO_ROW && tail.end + config.gap <= start) markFits = row;
	}
	return markFits;
}

/** Step 3: a cluster for an item that fits no row, taking back the marks around it that crowd it. */
function openCluster(
	overflow: Slot,
	rowTails: (Slot | undefined)[],
	previous: ClusterDraft | undefined,
	config: Config
): ClusterDraft {
	const clearOfPrevious = previous === undefined ? -Infinity : previous.end + config.gap;
	const cluster: ClusterDraft = {
		members: [],
		floor: Math.max(clearOfPrevious, overflow.start - config.maxClusterWidth / 2),
		hullStart: Infinity,
		furthestEnd: -Infinity,
		start: overflow.start,
		end: overflow.end,
		canGrow: true
	};
	absorb(cluster, overflow, config);
	// Every row's last mark crowds the item (that is why it fitted nowhere). Taking one back can move the left edge
	// further left, into the mark before it in another row, so repeat until no row's last mark comes too close.
	// Marks before a row's last one end before it starts, so only last marks need checking.
	let tookBack = true;
	while (tookBack) {
		tookBack = false;
		for (let row = 0; row < rowTails.length; row++) {
			const tail = rowTails[row];
			if (tail !== undefined && tail.end + config.gap > cluster.start) {
				rowTails[row] = tail.previousInRow;
				absorb(cluster, tail, config);
				tookBack = true;
			}
		}
	}
	return cluster;
}

/** Adds a member while the cluster is being opened: its extent may move either edge (within the floor). */
function absorb(cluster: ClusterDraft, slot: Slot, config: Config): void {
	slot.row = NO_ROW;
	cluster.members.push(slot);
	cluster.hullStart = Math.max(cluster.floor, Math.min(cluster.hullStart, slot.start));
	cluster.furthestEnd = Math.max(cluster.furthestEnd, slot.end);
	fitExtent(cluster, config);
}

/**
 * Adds a member that comes after the cluster was opened. It may only widen the cluster rightwards: marks to the
 * left were kept clear of the left edge, and once a mark is placed to the right, the right edge stays put too.
 */
function join(cluster: ClusterDraft, slot: Slot, config: Config): void {
	slot.row = NO_ROW;
	cluster.members.push(slot);
	if (cluster.canGrow && slot.end > cluster.furthestEnd) {
		cluster.furthestEnd = slot.end;
		fitExtent(cluster, config);
	}
}

/** The members' extent, cut to maxClusterWidth and widened about its centre (not past the floor) to the minimum. */
function fitExtent(cluster: ClusterDraft, config: Config): void {
	const hullEnd = Math.min(cluster.furthestEnd, cluster.hullStart + config.maxClusterWidth);
	if (hullEnd - cluster.hullStart >= config.clusterMinWidth) {
		cluster.start = cluster.hullStart;
		cluster.end = hullEnd;
	} else {
		cluster.start = Math.max(cluster.floor, (cluster.hullStart + hullEnd - config.clusterMinWidth) / 2);
		cluster.end = cluster.start + config.clusterMinWidth;
	}
}

/** Records, for each mark, where the next mark in its row starts, walking each row's marks right to left. */
function measureRowRoom(rowTails: readonly (Slot | undefined)[]): void {
	for (const tail of rowTails) {
		let nextStart = Infinity;
		for (let slot = tail; slot !== undefined; slot = slot.previousInRow) {
			slot.nextInRowStart = nextStart;
			nextStart = slot.start;
		}
	}
}

/** Step 5, and the output: appends the lane's marks in x0 order to `marks`; returns the rows they use. */
function emitMarks(
	lane: string,
	slots: readonly Slot[],
	clusters: readonly ClusterDraft[],
	config: Config,
	marks: PlacedMark[]
): number {
	let rows = 1;
	// Clusters and marks never overlap, so going through marks left to right passes clusters in order too.
	let upcoming = 0;
	let passed: ClusterDraft | undefined;
	/** Per row, the right-most x taken so far by a mark or a shown label. */
	const taken = new Array<number>(config.maxRows).fill(-Infinity);
	for (const slot of slots) {
		if (slot.row === NO_ROW) continue;
		let nextCluster = clusters[upcoming];
		while (nextCluster !== undefined && nextCluster.end <= slot.start) {
			passed = nextCluster;
			nextCluster = clusters[++upcoming];
		}
		const room = Math.min(slot.nextInRowStart, nextCluster?.start ?? Infinity);
		const { x0, labelWidth } = slot.item;
		const labelStart = labelStartOf(x0 + config.labelGap, slot.end);
		const labelEnd = labelStart + labelWidth;
		// Whatever precedes the mark in its row ends `gap` before the mark's start, and labelGap ≥ 0 puts the
		// label's start at or after it, so only the right-hand side needs checking.
		const fitsAtStart = labelStart >= 0 && labelEnd <= config.width && labelEnd + config.gap <= room;
		// Ending at the mark's right edge, the label reaches back over what precedes the mark: check that side.
		const endAnchoredStart = slot.end - labelWidth;
		const before = Math.max(taken[slot.row]!, passed?.end ?? -Infinity);
		const fitsAtEnd =
			!fitsAtStart && labelEnd > config.width && slot.end <= config.width && endAnchoredStart >= Math.max(0, before + config.gap);
		const label: LabelBox | null = fitsAtStart
			? { x0: labelStart, x1: labelEnd, anchor: 'start' }
			: fitsAtEnd
				? { x0: endAnchoredStart, x1: slot.end, anchor: 'end' }
				: null;
		marks.push({ index: slot.index, lane, row: slot.row, start: slot.start, end: slot.end, label });
		taken[slot.row] = Math.max(slot.end, fitsAtStart ? labelEnd : -Infinity);
		rows = Math.max(rows, slot.row + 1);
	}
	return rows;
}

/**
 * A label starts at its mark, except that the label of a mark reaching in from the left sticks to the left edge
 * of the view (as long as some of the mark is in view), so a long bar that began off screen is still named.
 */
function labelStartOf(natural: number, markEnd: number): number {
	return natural < 0 && markEnd > 0 ? 0 : natural;
}

function toCluster(lane: string, draft: ClusterDraft): Cluster {
	const members = draft.members.sort(byPosition);
	// A cluster always has the item that overflowed, so members[0] exists.
	return { key: `${lane}/${members[0]!.item.id}`, lane, x0: draft.start, x1: draft.end, members: members.map((slot) => slot.index) };
}
