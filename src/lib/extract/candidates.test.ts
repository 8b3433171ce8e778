import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { proposeCandidates, statusOf } from './candidates.ts';
import { analyseText } from './expressions.ts';
import { parseValue } from './values.ts';

const propose = (text: string, published: string) => {
	const { events, undatable } = proposeCandidates(text, analyseText(text, published), dayFromIso(published));
	return {
		events: events.map((c) => ({
			date: c.date,
			status: c.status,
			stated: c.stated.text,
			actors: c.actors,
			passages: c.passages.map((p) => text.slice(p.start, p.end)),
			...(c.qualifier ? { qualifier: c.qualifier } : {}),
			...(c.recurrence ? { recurrence: c.recurrence } : {}),
			...(c.linked ? { linked: c.linked } : {})
		})),
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

	it('adds candidates dated through an earlier event, with the actors of their own sentence', () => {
		const { events } = propose('Russia invaded Ukraine on 24 February 2022. Exports to China have risen since the outbreak of the war.', '2023-02-04');
		expect(events.map((e) => [e.stated, e.date, e.status, e.actors, e.linked])).toEqual([
			['24 February 2022', '2022-02-24', 'happened', ['RU', 'UA'], undefined],
			['since the outbreak of the war', '2022-02-24?/..', 'happened', ['CN'], true]
		]);
	});

	it('skips an event phrase that holds a calendar date of its own, which is the candidate', () => {
		const { events } = propose('Russia invaded Ukraine on 24 February 2022. Since the war began in 2022, exports rose.', '2023-02-04');
		expect(events.map((e) => [e.stated, e.linked])).toEqual([
			['24 February 2022', undefined],
			['2022', undefined]
		]);
	});

	it('goes by the verb of its own sentence for an event phrase around publication', () => {
		const status = (text: string) => propose(text, '2023-02-04').events.map((e) => [e.stated, e.status]);
		expect(status('The leaders will hold a summit in February. China will be ready before the summit.')).toEqual([
			['February', 'anticipated'],
			['before the summit', 'anticipated']
		]);
		expect(status('The leaders will hold a summit in February. China was ready before the summit, and will stay so.')).toEqual([
			['February', 'anticipated'],
			['before the summit', 'happened']
		]);
	});

	it('orders candidates by sentence, then by where their words start in it, dated through an event or not', () => {
		const text = 'Russia invaded Ukraine on 24 February 2022. Since the outbreak of the war, exports to China rose, and in March 2022 they doubled.';
		expect(propose(text, '2023-02-04').events.map((e) => e.stated)).toEqual(['24 February 2022', 'Since the outbreak of the war', 'March 2022']);
	});

	it('takes a year that modifies a noun as the date when the sentence has no other', () => {
		expect(propose('The company sold its 2025 supply.', '2025-01-22').events.map((e) => e.date)).toEqual(['2025']);
	});

	it('takes a date that ends the text without a full stop', () => {
		expect(propose('The plant opened in 2021', '2023-02-04').events.map((e) => e.date)).toEqual(['2021']);
	});

	it('marks a yearly date as recurring', () => {
		expect(propose('The festival is held every March.', '2023-02-04').events.map((e) => [e.date, e.recurrence])).toEqual([['2023-03', 'annual']]);
	});

	it('goes by the verb of its own sentence for a month around publication', () => {
		const status = (text: string) => propose(text, '2023-02-04').events.map((e) => e.status);
		expect(status('The ministers will meet in February.')).toEqual(['anticipated']);
		expect(status('The ministers met in February.')).toEqual(['happened']);
		// The verb nearest the date, counted within its sentence: "met", not the later "will".
		expect(status('The talks in Beijing ended without a deal. In February the ministers met and will meet again.')).toEqual(['happened']);
	});

	it('keeps apart the same year qualified differently, and lists a passage once when one sentence dates it twice', () => {
		const apart = propose('China and Russia met in early 2021. China and Russia talked in late 2021.', '2023-02-04').events;
		expect(apart.map((e) => [e.date, e.qualifier])).toEqual([
			['2021', 'early'],
			['2021', 'late']
		]);
		const twice = propose('China and Russia met in 2021, and in 2021 they signed a deal.', '2023-02-04').events;
		expect(twice.map((e) => e.passages)).toEqual([['China and Russia met in 2021, and in 2021 they signed a deal.']]);
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
		['[2023-03..]', false, 'anticipated'],
		// On the publication day itself, and a span whose start is unknown: the verb decides.
		['2023-02-04', false, 'happened'],
		['2023-02-04', true, 'anticipated'],
		['../2023-03', true, 'anticipated'],
		['../2023-03', false, 'happened']
	])('%s (future tense: %s) is %s', (value, future, status) => {
		expect(statusOf(parseValue(value)!, published, future)).toBe(status);
	});
});
