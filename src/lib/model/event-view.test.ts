import { describe, expect, it } from 'vitest';
import { formatEdtf } from '../dates/format.ts';
import { parseEdtf } from '../dates/edtf.ts';
import { loadTimelines } from '../server/timelines.ts';
import { eventViews, undatableViews } from './event-view.ts';

const [timeline] = loadTimelines();

describe('eventViews of the real dataset', () => {
	const views = eventViews(timeline!);

	it('has one view per event, in time order', () => {
		expect(views.map((v) => v.event.id).sort()).toEqual(timeline!.events.map((e) => e.id).sort());
		for (let i = 1; i < views.length; i++) expect(views[i]!.range.earliest ?? -Infinity).toBeGreaterThanOrEqual(views[i - 1]!.range.earliest ?? -Infinity);
	});

	it.each(timeline!.events.map((e) => [e.id, e] as const))('%s: the label, formatted when read, is the date at its precision', (_id, event) => {
		const view = views.find((v) => v.event === event)!;
		expect(view.label).toBe(formatEdtf(parseEdtf(event.date), event.qualifier));
		expect(view.label).toBe(view.label);
		if (event.recorded) expect(view.recorded?.label).toBe(formatEdtf(parseEdtf(event.recorded.date)));
		expect(view.recorded?.note).toBe(event.recorded?.note);
	});

	it('keeps every field when spread, the label included', () => {
		const copy = { ...views[0]! };
		expect(Object.keys(copy).sort()).toEqual(['category', 'date', 'event', 'label', 'passageKeys', 'range', 'recorded'].sort());
		expect(copy.label).toBe(views[0]!.label);
	});

	it('gives undatable references their recorded date where there is one', () => {
		const withRecord = undatableViews(timeline!).filter((v) => v.recorded);
		expect(withRecord.length).toBeGreaterThan(0);
		for (const view of withRecord) expect(view.recorded!.label).toBe(formatEdtf(parseEdtf(view.entry.recorded!.date)));
	});
});
