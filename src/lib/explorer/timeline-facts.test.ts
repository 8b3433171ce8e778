import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { loadTimelines } from '../server/timelines.ts';
import { timelineFacts } from './timeline-facts.ts';

const [timeline] = loadTimelines();
const facts = timelineFacts(timeline!);

describe('timelineFacts', () => {
	it('has every event once, in time order, each with its own mark at the same index', () => {
		expect(facts.views.map((view) => view.event.id).toSorted()).toStrictEqual(timeline!.events.map((event) => event.id).toSorted());
		const starts = facts.views.map((view) => view.range.earliest ?? -Infinity);
		expect(starts).toStrictEqual(starts.toSorted((a, b) => a - b));
		expect(facts.marks.map((mark) => mark.id)).toStrictEqual(facts.views.map((view) => view.event.id));
		for (const view of facts.views) expect(facts.viewById.get(view.event.id)).toBe(view);
	});

	it('spans every known day of the events and the record, and the publication day', () => {
		const days = [
			dayFromIso(timeline!.article.published),
			...facts.views.flatMap((view) => [view.range, view.recorded?.range].flatMap((range) => (range ? [range.earliest, range.latest] : [])))
		].filter((day): day is number => day !== null);
		expect(facts.full.start).toBeLessThan(Math.min(...days));
		expect(facts.full.end).toBeGreaterThan(Math.max(...days) + 1);
		expect(facts.published).toBe(dayFromIso(timeline!.article.published));
	});

	it('lists the categories that have events in the order the dataset declares them, with their counts', () => {
		const used = new Set(timeline!.events.map((event) => event.category));
		expect(facts.categories).toStrictEqual(timeline!.categories.map((category) => category.id).filter((id) => used.has(id)));
		for (const category of facts.categories)
			expect(facts.categoryCounts.get(category)).toBe(timeline!.events.filter((event) => event.category === category).length);
	});

	it('lists every actor, most events first, ties by id', () => {
		const count = (actor: string) => timeline!.events.filter((event) => event.actors.includes(actor)).length;
		expect(facts.actors.toSorted()).toStrictEqual(Object.keys(timeline!.actors).toSorted());
		for (const [i, actor] of facts.actors.entries()) {
			const before = facts.actors[i - 1];
			if (before !== undefined) expect(count(before) > count(actor) || (count(before) === count(actor) && before.localeCompare(actor) < 0)).toBe(true);
		}
	});

	it('puts each event in the lane of its category, or in the lane of each of its actors, keyed uniquely', () => {
		expect(facts.eventsIn.category.map((event) => [event.id, event.lane])).toStrictEqual(facts.views.map((view) => [view.event.id, view.event.category]));
		expect(facts.eventsIn.actor.map((event) => [event.id, event.lane])).toStrictEqual(
			facts.views.flatMap((view) => view.event.actors.map((actor) => [view.event.id, actor]))
		);
		for (const events of [facts.eventsIn.category, facts.eventsIn.actor]) {
			expect(new Set(events.map((event) => event.key)).size).toBe(events.length);
			for (const event of events) expect([event.view.event.id, event.mark.id]).toStrictEqual([event.id, event.id]);
		}
	});

	it('gives each event its number of passages as its priority', () => {
		for (const event of facts.eventsIn.category) expect(event.priority).toBe(event.view.event.passages.length);
	});
});
