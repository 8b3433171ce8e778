import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { loadTimelines } from '../server/timelines.ts';
import { ExplorerState, type ExplorerOptions, type ViewHistory } from './explorer-state.svelte.ts';

// The built-in dataset, read from data/: expectations are derived from it, never copied out of it.
const [timeline] = loadTimelines();
const EVENTS = timeline!.events;

/** The browser's history as the explorer writes it: each entry as `push ?…` or `replace ?…`. */
class RecordedHistory implements ViewHistory {
	readonly entries: string[] = [];
	push(query: string) {
		this.entries.push(`push ${query}`);
	}
	replace(query: string) {
		this.entries.push(`replace ${query}`);
	}
}

function started(query = '', options: ExplorerOptions = {}) {
	const selections: (string | null)[] = [];
	const explorer = new ExplorerState(timeline!, { onselectionchange: (id) => selections.push(id), ...options });
	const history = new RecordedHistory();
	const warnings = explorer.start(query, history);
	return { explorer, history, selections, warnings };
}

/** Two events of different categories with several passages between them, and one with one passage. */
const withPassages = EVENTS.find((event) => event.passages.length > 1)!;
const other = EVENTS.find((event) => event.category !== withPassages.category)!;
const ids = (explorer: ExplorerState) => explorer.shown.map((event) => event.id);

describe('ExplorerState before the page has hydrated', () => {
	it('is the prerendered view: every event in time order, the whole span, nothing selected, nothing written', () => {
		const explorer = new ExplorerState(timeline!);
		expect(explorer.hydrated).toBe(false);
		expect(ids(explorer)).toStrictEqual(explorer.facts.views.map((view) => view.event.id));
		expect(explorer.shown).toHaveLength(EVENTS.length);
		expect(explorer.selectedId).toBeNull();
		expect(explorer.linkedWindow).toBeUndefined();
		explorer.select(other.id);
		expect(explorer.selectedId).toBeNull();
	});

	it('lists the events in time order: no event starts before the one before it', () => {
		const starts = new ExplorerState(timeline!).shown.map((event) => event.view.range.earliest ?? -Infinity);
		expect(starts).toStrictEqual(starts.toSorted((a, b) => a - b));
	});
});

describe('ExplorerState: the view in the URL', () => {
	it('reads the selection, lanes, categories and window when started, and says what it ignored', () => {
		const category = withPassages.category;
		const { explorer, history, selections, warnings } = started(
			`?event=${withPassages.id}&lanes=actor&categories=${category},no-such-category&from=2022-01-01&to=2022-12-31`
		);
		expect(explorer.selectedId).toBe(withPassages.id);
		expect(explorer.laneMode).toBe('actor');
		expect(ids(explorer).toSorted()).toStrictEqual(EVENTS.filter((e) => e.category === category).map((e) => e.id).toSorted());
		expect(explorer.zoom.window.start).toBeCloseTo(dayFromIso('2022-01-01'), 6);
		expect(explorer.zoom.window.end).toBeCloseTo(dayFromIso('2023-01-01'), 6);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('no-such-category');
		expect(selections).toStrictEqual([withPassages.id]);
		expect(history.entries).toStrictEqual([]);
	});

	it('makes a selection a new history entry, at its first passage, and reports it once', () => {
		const { explorer, history, selections } = started();
		explorer.select(withPassages.id);
		explorer.passageIndex = 1;
		explorer.select(withPassages.id);
		expect(history.entries).toStrictEqual([`push ?event=${withPassages.id}`]);
		expect(selections).toStrictEqual([withPassages.id]);
		expect(explorer.currentPassage).toBe(`${withPassages.id}-2`);

		explorer.select(other.id);
		expect(history.entries.at(-1)).toBe(`push ?event=${other.id}`);
		expect(explorer.passageIndex).toBe(0);
		expect(explorer.currentPassage).toBe(`${other.id}-1`);
		expect([...explorer.activePassages]).toStrictEqual(other.passages.map((_, i) => `${other.id}-${i + 1}`));

		explorer.select(null);
		expect(history.entries.at(-1)).toBe('push ');
		expect(selections).toStrictEqual([withPassages.id, other.id, null]);
		expect(explorer.activePassages.size).toBe(0);
	});

	it('announces a selection with its title, date and number of passages', () => {
		const { explorer } = started(`?event=${withPassages.id}`);
		const view = explorer.selected!;
		expect(explorer.announcement).toBe(`Selected: ${withPassages.title}, ${view.label}. ${withPassages.passages.length} passages in the article.`);
		explorer.select(null);
		expect(explorer.announcement).toBe('');
	});

	it('never adds a history entry in an embed', () => {
		const { explorer, history } = started('', { embedded: true });
		explorer.select(other.id);
		expect(history.entries).toStrictEqual([`replace ?event=${other.id}`]);
	});

	it('keeps the parameters it does not own, such as an embed’s options', () => {
		const { explorer, history } = started('?theme=dark');
		explorer.select(other.id);
		expect(history.entries).toStrictEqual([`push ?theme=dark&event=${other.id}`]);
	});

	it.each([
		['a hosted dataset’s address, its slashes not percent-encoded', '?data=/bench-data/hosted.json&theme=dark'],
		['its own parameters in another order', '?lanes=actor&data=%2Fx.json']
	])('writes nothing when the view does not change, with %s', (_, query) => {
		const { explorer, history } = started(query, { embedded: true });
		explorer.setLanes(explorer.laneMode);
		expect(history.entries).toStrictEqual([]);
		explorer.setLanes(explorer.laneMode === 'actor' ? 'category' : 'actor');
		expect(history.entries).toHaveLength(1);
	});

	it('writes the window shown, in whole days, with the next change', () => {
		const { explorer, history } = started();
		explorer.zoom.show({ start: dayFromIso('2022-03-01'), end: dayFromIso('2022-04-01') }, false);
		explorer.setLanes('actor');
		expect(history.entries).toStrictEqual(['replace ?from=2022-03-01&to=2022-03-31&lanes=actor']);
	});

	it('follows the URL when it changes from outside (back and forward), reporting the selection', () => {
		const { explorer, selections } = started(`?event=${withPassages.id}`);
		explorer.follow(`?event=${other.id}&from=2022-02-01&to=2022-02-28`);
		expect(explorer.selectedId).toBe(other.id);
		expect(explorer.zoom.window.start).toBeCloseTo(dayFromIso('2022-02-01'), 6);
		explorer.follow('');
		expect(explorer.selectedId).toBeNull();
		expect(explorer.zoom.window).toStrictEqual(explorer.zoom.full);
		expect(selections).toStrictEqual([withPassages.id, other.id, null]);
	});
});

describe('ExplorerState: filters and lanes', () => {
	// Unticking every box must not end in a link that names no filter, which shows everything again.
	it.each(['categories', 'actors'] as const)('keeps the last of the %s ticked', (kind) => {
		const { explorer, history } = started();
		const all = kind === 'categories' ? explorer.facts.categories : explorer.facts.actors;
		const toggle = (key: string) => (kind === 'categories' ? explorer.toggleCategory(key) : explorer.toggleActor(key));
		const filters = () => (kind === 'categories' ? explorer.categoryFilters : explorer.actorFilters);
		for (const key of all) toggle(key);
		const kept = all.at(-1)!;
		expect(history.entries.at(-1)).toBe(`replace ?${kind}=${kept}`);
		expect(filters().filter((f) => f.shown).map((f) => f.key)).toStrictEqual([kept]);
		expect(filters().filter((f) => f.last).map((f) => f.key)).toStrictEqual([kept]);
		expect(explorer.shown.length).toBeGreaterThan(0);
		// Another ticked, the kept one can go, and no box is held.
		toggle(all[0]!);
		toggle(kept);
		expect(history.entries.at(-1)).toBe(`replace ?${kind}=${all[0]}`);
		toggle(all[1]!);
		expect(filters().some((f) => f.last)).toBe(false);
	});

	it('hides a category through the URL, and shows it again', () => {
		const { explorer, history } = started();
		const category = other.category;
		explorer.toggleCategory(category);
		const rest = explorer.facts.categories.filter((c) => c !== category);
		expect(history.entries).toStrictEqual([`replace ?categories=${rest.join('%2C')}`]);
		expect(ids(explorer)).not.toContain(other.id);
		expect(explorer.shown).toHaveLength(EVENTS.filter((e) => e.category !== category).length);
		expect(explorer.laneOrder).toStrictEqual(rest);
		expect(explorer.categoryFilters.find((f) => f.key === category)).toMatchObject({ shown: false, count: EVENTS.filter((e) => e.category === category).length });
		explorer.toggleCategory(category);
		expect(history.entries.at(-1)).toBe('replace ');
		expect(explorer.shown).toHaveLength(EVENTS.length);
	});

	it('hides an event only when every one of its actors is unticked, and keeps the ticked ones in the URL', () => {
		const { explorer, history } = started();
		const actors = other.actors;
		for (const actor of actors.slice(0, -1)) explorer.toggleActor(actor);
		expect(ids(explorer)).toContain(other.id);
		explorer.toggleActor(actors.at(-1)!);
		expect(ids(explorer)).not.toContain(other.id);
		const expected = EVENTS.filter((e) => e.actors.some((a) => !actors.includes(a))).length;
		expect(explorer.shown).toHaveLength(expected);
		const ticked = Object.keys(timeline!.actors).filter((a) => !actors.includes(a));
		const written = new URLSearchParams(history.entries.at(-1)!.replace(/^replace \?/, ''));
		expect(written.get('actors')!.split(',').toSorted()).toStrictEqual(ticked.toSorted());
		expect(history.entries.every((entry) => entry.startsWith('replace '))).toBe(true);
		for (const actor of actors) explorer.toggleActor(actor);
		expect(history.entries.at(-1)).toBe('replace ');
	});

	it('reads the ticked actors from the URL', () => {
		const { explorer, warnings } = started('?actors=UA');
		expect(warnings).toStrictEqual([]);
		expect(ids(explorer).toSorted()).toStrictEqual(EVENTS.filter((e) => e.actors.includes('UA')).map((e) => e.id).toSorted());
		expect(explorer.actorFilters.filter((f) => f.shown).map((f) => f.key)).toStrictEqual(['UA']);
	});

	it('draws an event in the lane of each of its actors; every actor with an event has a lane', () => {
		const { explorer } = started('?lanes=actor');
		const pairs = EVENTS.flatMap((e) => e.actors.map((actor) => `${actor}/${e.id}`));
		expect(explorer.plotted.map((event) => `${event.lane}/${event.id}`).toSorted()).toStrictEqual(pairs.toSorted());
		expect(new Set(explorer.plotted.map((event) => event.key)).size).toBe(pairs.length);
		expect(ids(explorer)).toHaveLength(EVENTS.length);
		expect(new Set(explorer.laneOrder)).toStrictEqual(new Set(EVENTS.flatMap((e) => e.actors)));
		const counts = explorer.actorFilters.map((filter) => filter.count);
		expect(counts).toStrictEqual(counts.toSorted((a, b) => b - a));
		expect(explorer.laneLabel('CN')).toBe(timeline!.actors.CN!.name);
	});

	it('in actor lanes, an unticked actor’s lane goes, and its events stay in their other actors’ lanes', () => {
		const { explorer } = started('?lanes=actor');
		explorer.toggleActor('RU');
		expect(explorer.laneOrder).not.toContain('RU');
		const both = EVENTS.find((e) => e.actors.includes('RU') && e.actors.includes('CN'))!;
		expect(explorer.plotted.filter((event) => event.id === both.id).map((event) => event.lane)).toStrictEqual(both.actors.filter((a) => a !== 'RU'));
	});

	it('tells the reader, in words, what the URL asked for that the timeline does not have', () => {
		const { explorer } = started('?event=no-such-event&actors=XX');
		expect(explorer.notices).toHaveLength(2);
		expect(explorer.notices[0]).toContain('no event has the id "no-such-event"');
		expect(explorer.notices[1]).toContain('actor "XX"');
		// Writing the view tidies the URL; the reader is still told, until the next URL from outside.
		explorer.select('russia-invades-ukraine');
		expect(explorer.notices).toHaveLength(2);
		explorer.follow('?event=g20-summit-bali');
		expect(explorer.notices).toStrictEqual([]);
	});

	it('names category lanes as the legend does', () => {
		const { explorer } = started();
		expect(explorer.laneLabel('domestic-politics')).toBe('Domestic politics');
	});

	it('steps to the events before and after the selected one, among those shown', () => {
		const { explorer } = started();
		const [first, second, third] = explorer.shown;
		explorer.select(second!.id);
		expect([explorer.previous?.event.id, explorer.next?.event.id]).toStrictEqual([first!.id, third!.id]);
		explorer.toggleCategory(third!.view.event.category);
		const after = explorer.shown[explorer.shown.findIndex((event) => event.id === second!.id) + 1];
		expect(explorer.next?.event.id).toBe(after?.id);
		explorer.select(first!.id);
		expect(explorer.previous).toBeUndefined();
	});
});

describe('ExplorerState: passages', () => {
	it('knows the passages of the hovered event', () => {
		const { explorer } = started();
		explorer.hoveredId = withPassages.id;
		expect([...explorer.hoveredPassages]).toStrictEqual(withPassages.passages.map((_, i) => `${withPassages.id}-${i + 1}`));
		explorer.hoveredId = null;
		expect(explorer.hoveredPassages.size).toBe(0);
	});

	it('selects an undatable reference from its passage: its passages are marked, the timeline does not move', () => {
		const { explorer, history } = started();
		const undatable = timeline!.undatable.find((entry) => entry.passages.length > 1) ?? timeline!.undatable[0]!;
		expect(explorer.facts.passages.citing.get(`${undatable.id}-1`)?.id).toBe(undatable.id);
		const window = explorer.zoom.window;
		explorer.select(undatable.id);
		expect([explorer.selectedId, explorer.selected, explorer.selectedUndatable?.entry.id]).toStrictEqual([undatable.id, undefined, undatable.id]);
		expect([...explorer.activePassages]).toStrictEqual(undatable.passages.map((_, i) => `${undatable.id}-${i + 1}`));
		expect(explorer.currentPassage).toBe(`${undatable.id}-1`);
		expect(explorer.announcement).toBe(`Selected: ${undatable.title}, mentioned without a date that can be placed: ${undatable.reason}`);
		expect([explorer.previous, explorer.next]).toStrictEqual([undefined, undefined]);
		expect(explorer.zoom.window).toStrictEqual(window);
		expect(history.entries.at(-1)).toBe(`push ?event=${undatable.id}`);
	});
});
