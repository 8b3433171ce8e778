import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { loadTimelines } from '../server/timelines.ts';
import { timelineSummary, yearSpan } from './summary.ts';

describe('timelineSummary of the built-in article', () => {
	const [timeline] = loadTimelines();
	const summary = timelineSummary(timeline!);

	it('has the article, the counts and the years', () => {
		expect(summary).toMatchObject({
			id: 'xi-visit-russia-2023',
			title: timeline!.article.title,
			author: 'Nadia Helmy',
			publisher: 'Modern Diplomacy',
			published: '2023-02-04',
			publishedLabel: '4 February 2023',
			events: timeline!.events.length,
			undatable: timeline!.undatable.length,
			drafts: 0,
			// Gas exports "in 2020" are the earliest; the visit "after" the sessions of February 2023 has no last day.
			years: '2020–2023'
		});
		expect(summary.sketch.rows.map((row) => row.category.id).toSorted()).toEqual([...new Set(timeline!.events.map((e) => e.category))].toSorted());
	});

	it('counts the drafts', () => {
		const drafted = { ...timeline!, events: timeline!.events.map((e, i) => (i < 3 ? { ...e, draft: true as const } : e)) };
		expect(timelineSummary(drafted).drafts).toBe(3);
	});
});

describe('yearSpan', () => {
	const range = (earliest: string | null, latest: string | null) => ({
		range: { earliest: earliest === null ? null : dayFromIso(earliest), latest: latest === null ? null : dayFromIso(latest) }
	});
	it.each<[string, ReturnType<typeof range>[], string | null]>([
		['one year', [range('2022-02-24', '2022-02-24'), range('2022-11-01', '2022-11-30')], '2022'],
		['several', [range('2020-01-01', '2020-12-31'), range('2023-02-01', '2023-02-28')], '2020–2023'],
		['open ends count their known side', [range(null, '1999-12-31'), range('2001-01-01', null)], '1999–2001'],
		['no known day', [range(null, null)], null],
		['no events', [], null]
	])('%s', (_name, views, label) => {
		expect(yearSpan(views)).toBe(label);
	});
});
