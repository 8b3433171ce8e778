import { describe, expect, it } from 'vitest';
import { timelineFacts } from '../explorer/timeline-facts.ts';
import { draftTimeline } from '../extract/draft.ts';
import { editFields, setDate, setReview, toUndatable } from './edits.ts';
import { liveTimeline } from './live-timeline.ts';
import { workFrom, type Work } from './work.ts';

const TEXT = 'The council met on 4 March 2024. Work starts in spring 2025. The mayor resigned on 2 April 2024. So far nothing was built.';
const META = { title: 'The harbour plan', author: 'A. Writer', publisher: 'The Harbour Post', url: 'https://example.org/harbour', published: '2024-06-01', language: 'en', textFile: 'article.txt' };
const work = (): Work => workFrom('harbour', META, TEXT, draftTimeline(TEXT, META.published));
const apply = (w: Work, edit: (w: Work) => { ok: boolean; work?: Work }) => edit(w).work!;

describe('liveTimeline', () => {
	it('draws every event that is not rejected, under its item’s key, and the explorer can read it', () => {
		const w = work();
		const events = w.items.filter((i) => i.kind === 'event');
		const live = liveTimeline(w);
		expect(live.timeline.events.map((e) => e.id)).toStrictEqual(events.map((i) => i.key));
		expect(live.timeline.events.map((e) => e.title)).toStrictEqual(events.map((i) => i.fields.title));
		expect(live.undrawn).toBe(0);
		expect(timelineFacts(live.timeline).views).toHaveLength(events.length);
	});

	it('leaves out rejected items and undatable ones, and counts events it cannot draw yet', () => {
		let w = work();
		const [a, b, c] = w.items.filter((i) => i.kind === 'event');
		w = apply(w, setReview(a!.key, 'rejected'));
		w = apply(w, setDate(b!.key, { date: '2024-02-30', qualifier: null, stated: false }));
		w = apply(w, toUndatable(c!.key, 'Not placed.'));
		const live = liveTimeline(w);
		expect(live.timeline.events.map((e) => e.id)).not.toContain(a!.key);
		expect(live.timeline.events.map((e) => e.id)).not.toContain(b!.key);
		expect(live.timeline.events.map((e) => e.id)).not.toContain(c!.key);
		expect(live.undrawn).toBe(1);
		expect(() => timelineFacts(live.timeline)).not.toThrow();
	});

	it('is the same object after an edit that changes nothing drawn, and a new one after one that does', () => {
		const w = work();
		const live = liveTimeline(w);
		const [a, b] = w.items;
		expect(liveTimeline(apply(w, setReview(a!.key, 'accepted')), live)).toBe(live);
		expect(liveTimeline(apply(w, setReview(a!.key, 'rejected')), live)).not.toBe(live);
		expect(liveTimeline(apply(w, editFields(b!.key, { title: 'New' })), live).timeline.events.find((e) => e.id === b!.key)?.title).toBe('New');
	});

	it('draws an event whose qualifier the validator would refuse only once it is fixed', () => {
		let w = work();
		const [a] = w.items;
		w = apply(w, setDate(a!.key, { date: '2024-03-04', qualifier: 'late', stated: false }));
		expect(liveTimeline(w).undrawn).toBe(1);
		w = apply(w, editFields(a!.key, { title: '' }));
		expect(liveTimeline(w).timeline.events.find((e) => e.id === a!.key)).toBeUndefined();
	});
});
