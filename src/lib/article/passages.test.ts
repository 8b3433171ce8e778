import { describe, expect, it } from 'vitest';
import { loadTimelines } from '../server/timelines.ts';
import { articlePassages } from './passages.ts';

describe('articlePassages', () => {
	const [timeline] = loadTimelines();

	it('lists every passage of the events, then of the undatable references, keyed <entry id>-<n>', () => {
		const { spans } = articlePassages(timeline!);
		const expected = [...timeline!.events, ...timeline!.undatable].flatMap((entry) =>
			entry.passages.map((passage, i) => ({ key: `${entry.id}-${i + 1}`, start: passage.start, end: passage.end }))
		);
		expect(spans).toStrictEqual(expected);
		expect(spans.length).toBeGreaterThan(timeline!.events.length);
	});

	it('knows which entry cites each passage, undatable references included', () => {
		const { citing } = articlePassages(timeline!);
		const undatable = timeline!.undatable[0]!;
		expect(citing.get(`${undatable.id}-1`)).toBe(undatable);
		for (const event of timeline!.events) expect(citing.get(`${event.id}-${event.passages.length}`)).toBe(event);
		expect(citing.size).toBe(articlePassages(timeline!).spans.length);
	});
});
