import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../dates/calendar-day.ts';
import { loadTimelines } from '../server/timelines.ts';
import { eventViews, undatableViews } from './event-view.ts';
import type { Timeline, TimelineEvent } from './schema.ts';

const [timeline] = loadTimelines();

/** The real timeline with its events replaced by copies of its first event, each with the given fields. */
function withEvents(...events: Partial<TimelineEvent>[]): Timeline {
	const model = timeline!.events[0]!;
	return { ...timeline!, events: events.map((fields) => ({ ...model, qualifier: undefined, recorded: undefined, ...fields })) };
}

describe('eventViews', () => {
	it('has one view per event of the real dataset', () => {
		expect(eventViews(timeline!).map((v) => v.event.id).sort()).toEqual(timeline!.events.map((e) => e.id).sort());
	});

	// Time order: earlier start first (an open start is earliest), then earlier end (an open end last), then id.
	// Each row: id, date, qualifier, the bounds and the label the page shows. Listed in the expected order.
	const ORDERED: [string, string, TimelineEvent['qualifier'], [string | null, string | null], string][] = [
		['until-2020', '../2020', undefined, [null, '2020-12-31'], 'until 2020'],
		['on-or-before', '[..2022-11]', undefined, [null, '2022-11-30'], 'on or before November 2022'],
		['year', '2020', undefined, ['2020-01-01', '2020-12-31'], '2020'],
		['shorter', '2022-02-01/2022-02-23', undefined, ['2022-02-01', '2022-02-23'], '1–23 February 2022'],
		['month-a', '2022-02', 'late', ['2022-02-01', '2022-02-28'], 'late February 2022'],
		['month-b', '2022-02', undefined, ['2022-02-01', '2022-02-28'], 'February 2022'],
		['day', '2022-02-24', undefined, ['2022-02-24', '2022-02-24'], '24 February 2022'],
		['between', '[2022-02-24..2023-02-03]', undefined, ['2022-02-24', '2023-02-03'], 'between 24 February 2022 and 3 February 2023'],
		['another-open-end', '2022-02-24/..', undefined, ['2022-02-24', null], 'from 24 February 2022'],
		['open-end', '2022-02-24/..', undefined, ['2022-02-24', null], 'from 24 February 2022'],
		['spring', '2023-21?', undefined, ['2023-03-01', '2023-05-31'], 'spring 2023 (?)']
	];
	const iso = (day: number | null) => (day === null ? null : isoFromDay(day));

	it.each([
		['reversed', [...ORDERED].reverse()],
		['shuffled', [5, 9, 0, 3, 10, 7, 1, 8, 2, 6, 4].map((i) => ORDERED[i]!)]
	])('puts events in time order, with their bounds and labels, whatever the file order (%s)', (_order, rows) => {
		const views = eventViews(withEvents(...rows.map(([id, date, qualifier]) => ({ id, date, qualifier }))));
		expect(views.map((view) => [view.event.id, view.event.date, view.event.qualifier, [iso(view.range.earliest), iso(view.range.latest)], view.label])).toStrictEqual(ORDERED);
	});

	it('gives the recorded date its own label, without the qualifier of the article’s date, and keeps its note', () => {
		const [view] = eventViews(withEvents({ id: 'sco', date: '2021-09', qualifier: 'late', recorded: { date: '2022-09-15/2022-09-16', note: 'The summit was in 2022.' } }));
		expect(view!.label).toBe('late September 2021');
		expect({ label: view!.recorded!.label, note: view!.recorded!.note, range: [iso(view!.recorded!.range.earliest), iso(view!.recorded!.range.latest)] }).toStrictEqual({
			label: '15–16 September 2022',
			note: 'The summit was in 2022.',
			range: ['2022-09-15', '2022-09-16']
		});
		expect(eventViews(withEvents({ id: 'plain', date: '2020' }))[0]!.recorded).toBeUndefined();
	});

	it('keys each passage by the event id and its place, from 1', () => {
		const [model] = timeline!.events;
		const [view] = eventViews(withEvents({ id: 'three', passages: [model!.passages[0]!, model!.passages[0]!, model!.passages[0]!] }));
		expect(view!.passageKeys).toEqual(['three-1', 'three-2', 'three-3']);
	});

	it('keeps every field when spread, the label included', () => {
		const copy = { ...eventViews(withEvents({ id: 'day', date: '2022-02-24' }))[0]! };
		expect(Object.keys(copy).sort()).toEqual(['category', 'date', 'event', 'label', 'passageKeys', 'range', 'recorded'].sort());
		expect(copy.label).toBe('24 February 2022');
	});
});

describe('undatableViews', () => {
	it('keeps the file order, and labels a recorded date where there is one', () => {
		const entries = timeline!.undatable;
		const views = undatableViews({
			...timeline!,
			undatable: [
				{ ...entries[0]!, id: 'second', recorded: { date: '2022-12-21/2022-12-27', note: 'Exercises.' } },
				{ ...entries[0]!, id: 'first', recorded: undefined }
			]
		});
		expect(views.map((v) => [v.entry.id, v.recorded?.label, v.recorded?.note, v.passageKeys[0]])).toStrictEqual([
			['second', '21–27 December 2022', 'Exercises.', 'second-1'],
			['first', undefined, undefined, 'first-1']
		]);
	});
});
