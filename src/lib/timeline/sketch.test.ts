import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { categoryViews } from '../model/categories.ts';
import { eventViews } from '../model/event-view.ts';
import type { Timeline, TimelineEvent } from '../model/schema.ts';
import { timelineSketch } from './sketch.ts';
import { dayScale, fullWindow } from './time-window.ts';

const WIDTH = 240;
const PUBLISHED = '2023-06-30';
const CATEGORIES = [
	{ id: 'unused', label: 'Unused' },
	{ id: 'budget', label: 'Budget' },
	{ id: 'transport', label: 'Transport', colour: '#3d7bff' }
];

/** A timeline of events `[id, category, EDTF date]`, the rest of each event filled in. */
function timeline(events: [string, string, string][]): Timeline {
	const event = ([id, category, date]: [string, string, string]): TimelineEvent => ({
		id,
		title: id,
		summary: id,
		date,
		stated: { text: id, date },
		status: 'happened',
		category,
		actors: ['x'],
		passages: [{ start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }]
	});
	return { categories: CATEGORIES, events: events.map(event), undatable: [] } as unknown as Timeline;
}
const sketch = (events: [string, string, string][]) => {
	const t = timeline(events);
	return timelineSketch(eventViews(t), categoryViews(t.categories), dayFromIso(PUBLISHED), WIDTH);
};

describe('timelineSketch', () => {
	it('has a row for each category with events, in the dataset’s order', () => {
		const drawn = sketch([
			['a', 'transport', '2023-01-10'],
			['b', 'budget', '2023-03-01']
		]);
		expect(drawn.rows.map((row) => [row.category.id, row.category.colour.light, row.y])).toEqual([
			['budget', categoryViews(CATEGORIES)[1]!.colour.light, 3],
			['transport', '#3d7bff', 12]
		]);
		expect(drawn.height).toBe(3 + 6 + 3 + 6 + 3);
	});

	it('draws a day at least two units wide, about its middle, and the publication day where it falls', () => {
		const drawn = sketch([
			['a', 'budget', '2023-01-10'],
			['b', 'budget', '2023-03-01']
		]);
		const full = fullWindow([{ earliest: dayFromIso('2023-01-10'), latest: dayFromIso('2023-03-01') }], [dayFromIso(PUBLISHED)]);
		const x = dayScale(full, WIDTH).x;
		const [first, second] = drawn.rows[0]!.spans;
		expect(first!.x1 - first!.x0).toBeCloseTo(2, 1);
		expect((first!.x0 + first!.x1) / 2).toBeCloseTo(x(dayFromIso('2023-01-10') + 0.5), 1);
		expect((second!.x0 + second!.x1) / 2).toBeCloseTo(x(dayFromIso('2023-03-01') + 0.5), 1);
		expect(drawn.published).toBeCloseTo(x(dayFromIso(PUBLISHED) + 0.5), 1);
		expect(drawn.published).toBeLessThan(WIDTH);
	});

	it('draws a month over its days, and an open end to the edge', () => {
		const drawn = sketch([
			['month', 'budget', '2023-02'],
			['since', 'transport', '2022-01-01/..'],
			['until', 'transport', '../2021-06-30']
		]);
		const full = fullWindow(
			[
				{ earliest: dayFromIso('2023-02-01'), latest: dayFromIso('2023-02-28') },
				{ earliest: dayFromIso('2022-01-01'), latest: null },
				{ earliest: null, latest: dayFromIso('2021-06-30') }
			],
			[dayFromIso(PUBLISHED)]
		);
		const x = dayScale(full, WIDTH).x;
		const [month] = drawn.rows[0]!.spans;
		expect(month!.x0).toBeCloseTo(x(dayFromIso('2023-02-01')), 1);
		expect(month!.x1).toBeCloseTo(x(dayFromIso('2023-03-01')), 1);
		expect(drawn.rows[1]!.spans).toEqual([
			{ x0: 0, x1: expect.closeTo(x(dayFromIso('2021-07-01')), 1) },
			{ x0: expect.closeTo(x(dayFromIso('2022-01-01')), 1), x1: WIDTH }
		]);
	});

	it('merges what touches, so what is drawn grows with the width and not with the events', () => {
		const days = Array.from({ length: 2000 }, (_, i) => dayFromIso('2000-01-01') + i * 3);
		const events = days.map((day, i): [string, string, string] => [`e${i}`, 'budget', new Date(day * 86_400_000).toISOString().slice(0, 10)]);
		const { spans } = sketch(events).rows[0]!;
		expect(spans.length).toBeLessThan(WIDTH / 2);
		for (const [i, span] of spans.entries()) {
			expect(span.x1).toBeGreaterThan(span.x0);
			if (i > 0) expect(span.x0).toBeGreaterThan(spans[i - 1]!.x1);
		}
		expect(spans[0]!.x0).toBeGreaterThanOrEqual(0);
		expect(spans.at(-1)!.x1).toBeLessThanOrEqual(WIDTH);
	});
});
