import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { proposeCandidates, statusOf } from './candidates.ts';
import { analyseText } from './expressions.ts';
import { parseValue } from './values.ts';

const propose = (text: string, published: string) => {
	const { events, undatable } = proposeCandidates(text, analyseText(text, published), dayFromIso(published));
	return {
		events: events.map((c) => ({ date: c.date, status: c.status, stated: c.stated.text, actors: c.actors, passages: c.passages.map((p) => text.slice(p.start, p.end)), ...(c.qualifier ? { qualifier: c.qualifier } : {}) })),
		undatable: undatable.map((c) => ({ stated: text.slice(c.stated.start, c.stated.end), reason: c.reason }))
	};
};

describe('proposeCandidates', () => {
	it('makes one candidate per date, coordinated dates apart, each with its sentence', () => {
		const { events } = propose('Talks between China and Russia were held in March and April 2021. Nothing else.', '2023-02-04');
		expect(events.map((e) => [e.stated, e.date])).toEqual([
			['March', '2021-03'],
			['April 2021', '2021-04']
		]);
		expect(events[0]!.passages).toEqual(['Talks between China and Russia were held in March and April 2021.']);
	});

	it('merges neighbours with the same date and the same named actors, keeping both passages', () => {
		const { events } = propose('China and Russia met on 3 May 2021. China and Russia signed a deal on 3 May 2021.', '2023-02-04');
		expect(events).toHaveLength(1);
		expect(events[0]!.passages).toHaveLength(2);
	});

	it('never merges on the placeholder actor', () => {
		const { events } = propose('The flood came on 3 May 2021. The council met on 3 May 2021.', '2023-02-04');
		expect(events.map((e) => e.actors)).toEqual([['unassigned'], ['unassigned']]);
	});

	it('keeps a qualifier only where the format allows one: a single month, season or year', () => {
		const { events } = propose('It closed in late 1821. It grew in the late 19th century.', '2023-07-03');
		expect(events.map((e) => [e.date, e.qualifier])).toEqual([
			['1821', 'late'],
			['[1801..1900]', undefined]
		]);
	});

	it('skips a noun-modifying year when the sentence has another date', () => {
		const { events } = propose('It locked in its 2025 supply in Q3.', '2025-01-22');
		expect(events.map((e) => e.stated)).toEqual(['Q3']);
	});

	it('lists vague references and dates before 1 AD as undatable, with the reason', () => {
		const { events, undatable } = propose('Beijing has so far been careful. The city was founded around 2300 BC.', '2022-10-05');
		expect(events).toEqual([]);
		expect(undatable.map((u) => u.stated)).toEqual(['so far', 'around 2300 BC']);
		expect(undatable[1]!.reason).toMatch(/-2299~\), before 1 AD/);
	});

	it('adds candidates dated through an earlier event', () => {
		const { events } = propose('Russia invaded Ukraine on 24 February 2022. Exports to China have risen since the outbreak of the war.', '2023-02-04');
		expect(events.map((e) => [e.stated, e.date, e.status])).toEqual([
			['24 February 2022', '2022-02-24', 'happened'],
			['since the outbreak of the war', '2022-02-24?/..', 'happened']
		]);
	});
});

describe('statusOf', () => {
	const published = dayFromIso('2023-02-04');
	it.each<[string, boolean, string]>([
		['2022-11', false, 'happened'],
		['2023-03', false, 'anticipated'],
		['2023-02', false, 'happened'],
		['2023-02', true, 'anticipated'],
		['2022-02-24/..', true, 'happened'],
		['[..2023-12]', true, 'anticipated'],
		['[2023-03..]', false, 'anticipated']
	])('%s (future tense: %s) is %s', (value, future, status) => {
		expect(statusOf(parseValue(value)!, published, future)).toBe(status);
	});
});
