/**
 * The explorer's state for one timeline: the view the URL names (selection, window, lanes, category filter), the
 * actor filter, hover and the passage being read, and what they derive (the events shown, their lanes, the
 * passages to mark). The timeline is fixed for the object's life: a new dataset is a new ExplorerState.
 *
 * Until `start` (the page has hydrated) it is the prerendered view: the whole span, nothing selected, no writes.
 */
import type { EventView, UndatableView } from '../model/event-view.ts';
import type { Timeline } from '../model/schema.ts';
import { readViewState, sameQuery, writeViewState, type LaneMode, type ViewState } from '../sharing/view-state.ts';
import type { TimeWindow } from '../timeline/time-window.ts';
import { filterBox, linkFilter, toggled, type Filter } from './filters.ts';
import { announce, announceUndatable, noticeOf } from './names.ts';
import { timelineFacts, type ExplorerEvent, type TimelineFacts } from './timeline-facts.ts';
import { TimelineZoom } from './timeline-zoom.svelte.ts';

export type { ExplorerEvent, Filter };

/** Where the view is written: on a timeline's page, SvelteKit's shallow history; in an embed, the frame's own. */
export interface ViewHistory {
	push(query: string): void;
	replace(query: string): void;
}

export interface ExplorerOptions {
	/** An embed: the wheel zooms only with a modifier, and the view never adds history entries (the back button is the host page's). */
	embedded?: boolean;
	/** Told when the selection changes, whoever changed it (the reader, a link, back/forward, the host). */
	onselectionchange?: (id: string | null) => void;
	/** Told when the visible window settles after a move. */
	onviewchange?: (window: TimeWindow) => void;
}

export class ExplorerState {
	readonly timeline: Timeline;
	readonly facts: TimelineFacts;
	readonly zoom: TimelineZoom;
	readonly embedded: boolean;

	/** False while the page shows what was prerendered. */
	hydrated = $state(false);
	hoveredId = $state<string | null>(null);
	/** Which of the selected event's passages is being read (0-based). */
	passageIndex = $state(0);

	/** The selected event, or undatable reference (selected from one of its passages). */
	readonly selectedId: string | null;
	readonly selected: EventView | undefined;
	readonly selectedUndatable: UndatableView | undefined;
	readonly laneMode: LaneMode;
	/** The events shown (after the filters), once each, in time order. */
	readonly shown: readonly ExplorerEvent[];
	/** What the plot draws: the events shown in their lanes (in actor lanes, once per actor). */
	readonly plotted: readonly ExplorerEvent[];
	readonly laneOrder: readonly string[];
	/** The events before and after the selected one, in time order among those shown. */
	readonly previous: EventView | undefined;
	readonly next: EventView | undefined;
	readonly activePassages: ReadonlySet<string>;
	readonly hoveredPassages: ReadonlySet<string>;
	/** The key of the passage being read. */
	readonly currentPassage: string | null;
	/** Said politely to screen readers when the selection changes. */
	readonly announcement: string;
	/** What the URL asked for that this timeline cannot show, in words for the reader. */
	readonly notices: readonly string[];
	/** The window and the category filter as a link names them: absent for the whole span and for all categories. */
	readonly linkedWindow: TimeWindow | undefined;
	readonly linkedCategories: string[] | undefined;
	readonly linkedActors: string[] | undefined;
	readonly categoryFilters: readonly Filter[];
	readonly actorFilters: readonly Filter[];

	readonly #onselectionchange: ExplorerOptions['onselectionchange'];
	#history: ViewHistory | undefined;
	/** The query string as last read or written; shallow history entries do not update SvelteKit's `page.url`. */
	#query = $state('');
	readonly #fromUrl: { state: ViewState; warnings: string[] };
	/** What the last URL from outside asked for that the timeline lacks: still told after the URL is tidied. */
	#ignored = $state.raw<string[]>([]);
	readonly #shownCategories: ReadonlySet<string>;
	readonly #shownActors: ReadonlySet<string>;
	#reportedSelection: string | null = null;

	constructor(timeline: Timeline, { embedded = false, onselectionchange, onviewchange }: ExplorerOptions = {}) {
		this.timeline = timeline;
		this.embedded = embedded;
		this.#onselectionchange = onselectionchange;
		const facts = (this.facts = timelineFacts(timeline));
		const { viewById, undatableById, categories, actors, full } = facts;
		const zoom = (this.zoom = new TimelineZoom(
			full,
			(window) => {
				this.#write({}, 'replace');
				onviewchange?.(window);
			},
			{ wheelNeedsModifier: embedded }
		));

		// What follows the URL, the filters and the reader. The ids are indexed once, when the URL is first read: each
		// settled zoom rewrites the URL, and a set of 10,000 ids made afresh costs 2-6 ms (Node, this machine).
		let eventIds: ReadonlySet<string> | undefined;
		this.#fromUrl = $derived(
			this.hydrated
				? readViewState(new URLSearchParams(this.#query), {
						eventIds: (eventIds ??= new Set([...viewById.keys(), ...undatableById.keys()])),
						categories,
						actors,
						span: full
					})
				: { state: {}, warnings: [] }
		);
		this.notices = $derived(this.#ignored.map(noticeOf));
		this.selectedId = $derived(this.#fromUrl.state.event ?? null);
		this.selected = $derived(this.selectedId === null ? undefined : viewById.get(this.selectedId));
		this.selectedUndatable = $derived(this.selectedId === null ? undefined : undatableById.get(this.selectedId));
		this.laneMode = $derived(this.#fromUrl.state.lanes ?? 'category');
		// Compared as a string, so rewriting the URL when a zoom settles re-derives nothing downstream.
		const shownCategoryList = $derived((this.#fromUrl.state.categories ?? categories).join(' '));
		this.#shownCategories = $derived(new Set(shownCategoryList ? shownCategoryList.split(' ') : []));
		const shownActorList = $derived((this.#fromUrl.state.actors ?? actors).join(' '));
		this.#shownActors = $derived(new Set(shownActorList ? shownActorList.split(' ') : []));
		const isShown = ({ view }: ExplorerEvent) =>
			this.#shownCategories.has(view.event.category) && view.event.actors.some((actor) => this.#shownActors.has(actor));
		this.shown = $derived(facts.eventsIn.category.filter(isShown));
		this.plotted = $derived(
			this.laneMode === 'category' ? this.shown : facts.eventsIn.actor.filter((event) => isShown(event) && this.#shownActors.has(event.lane))
		);
		this.laneOrder = $derived(
			this.laneMode === 'category'
				? categories.filter((category) => this.#shownCategories.has(category))
				: actors.filter((actor) => this.plotted.some((event) => event.lane === actor))
		);
		const selectedIndex = $derived(this.shown.findIndex((event) => event.id === this.selectedId));
		this.previous = $derived(selectedIndex < 0 ? undefined : this.shown[selectedIndex - 1]?.view);
		this.next = $derived(selectedIndex < 0 ? undefined : this.shown[selectedIndex + 1]?.view);

		this.activePassages = $derived(new Set((this.selected ?? this.selectedUndatable)?.passageKeys));
		this.hoveredPassages = $derived(new Set(this.hoveredId === null ? [] : viewById.get(this.hoveredId)?.passageKeys));
		this.currentPassage = $derived((this.selected ?? this.selectedUndatable)?.passageKeys[this.passageIndex] ?? null);
		this.announcement = $derived(
			this.selected ? announce(this.selected) : this.selectedUndatable ? announceUndatable(this.selectedUndatable) : ''
		);

		this.linkedWindow = $derived(
			Math.abs(zoom.window.start - full.start) < 1 && Math.abs(zoom.window.end - full.end) < 1 ? undefined : zoom.window
		);
		this.linkedCategories = $derived(linkFilter(this.#shownCategories, categories));
		this.linkedActors = $derived(linkFilter(this.#shownActors, actors));
		this.categoryFilters = $derived(
			categories.map((c) => {
				const { label, colour } = facts.categoryById.get(c)!;
				return { ...filterBox(c, this.#shownCategories), label, colour, count: facts.categoryCounts.get(c) ?? 0 };
			})
		);
		this.actorFilters = $derived(
			actors.map((a) => ({ ...filterBox(a, this.#shownActors), label: timeline.actors[a]?.name ?? a, count: facts.actorCounts.get(a) ?? 0 }))
		);
	}

	laneLabel(lane: string): string {
		return this.laneMode === 'category' ? (this.facts.categoryById.get(lane)?.label ?? lane) : (this.timeline.actors[lane]?.name ?? lane);
	}

	/** The page has hydrated: from now on the view follows `query` and is written to `history`. Returns what was ignored in it. */
	start(query: string, history: ViewHistory): string[] {
		this.#history = history;
		this.hydrated = true;
		this.#query = query;
		this.#ignored = this.#fromUrl.warnings;
		this.#followed();
		return this.#ignored;
	}

	/** The URL changed from outside (back/forward, a link to this page with another query). */
	follow(query: string): void {
		if (!this.hydrated || query === this.#query) return;
		this.#query = query;
		this.#ignored = this.#fromUrl.warnings;
		this.#followed();
	}

	/** Selects an event or undatable reference (null clears), as a new history entry; an event is brought into view. */
	select(id: string | null): void {
		this.#write({ event: id ?? undefined }, 'push');
		const mark = id === null ? undefined : this.facts.marks.find((m) => m.id === id);
		if (mark) this.zoom.reveal(mark.start ?? this.zoom.full.start, mark.end ?? this.zoom.full.end);
	}

	setLanes(lanes: LaneMode): void {
		this.#write({ lanes }, 'replace');
	}

	toggleCategory(category: string): void {
		this.#write({ categories: linkFilter(toggled(this.#shownCategories, category), this.facts.categories) }, 'replace');
	}

	toggleActor(actor: string): void {
		this.#write({ actors: linkFilter(toggled(this.#shownActors, actor), this.facts.actors) }, 'replace');
	}

	/** Writes the view: a new history entry for a selection (never in an embed), a replaced one for the rest. */
	#write(change: Partial<ViewState>, mode: 'push' | 'replace'): void {
		const history = this.#history;
		if (!history) return;
		const view: ViewState = {
			event: this.selectedId ?? undefined,
			window: this.linkedWindow,
			lanes: this.laneMode,
			categories: this.linkedCategories,
			actors: this.linkedActors,
			...change
		};
		const query = writeViewState(view, new URLSearchParams(this.#query));
		// An unchanged view writes nothing (each write costs the browser a few ms), however the URL spelled it.
		if (sameQuery(query, this.#query)) return;
		if (mode === 'push' && !this.embedded) history.push(query);
		else history.replace(query);
		this.#query = query;
		this.#selectionSettled();
	}

	/** After a URL from outside: its window moves the view unless within a day of it (links name whole days), and its selection is reported. */
	#followed(): void {
		const window = this.#fromUrl.state.window ?? this.zoom.full;
		const shown = this.zoom.window;
		if (Math.abs(window.start - shown.start) > 1 || Math.abs(window.end - shown.end) > 1) this.zoom.show(window, false);
		this.#selectionSettled();
	}

	/** A new selection starts at its first passage, and is reported once. */
	#selectionSettled(): void {
		const id = this.selectedId;
		if (id === this.#reportedSelection) return;
		this.#reportedSelection = id;
		this.passageIndex = 0;
		this.#onselectionchange?.(id);
	}
}
