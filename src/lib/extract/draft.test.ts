import { describe, expect, it } from 'vitest';
import { formatIssue } from '../model/issues.ts';
import { validateTimelineSource } from '../model/validate.ts';
import { draftTimeline } from './draft.ts';
import { DRAFT_STEPS } from './expressions.ts';

const TEXT = `China and Russia sign a gas deal

Russia invaded Ukraine on 24 February 2022. Russian gas exports to China have risen since the outbreak of the war.
China and Russia signed a gas agreement in March and April 2021. China and Russia talked about it on 3 May 2021.
China and Russia met again on 3 May 2021. A new pipeline will open in the spring. So far, no price is known.
The city was founded around 2300 BC.`;

const validate = (events: unknown) =>
	validateTimelineSource({
		id: 'draft-test',
		meta: {
			file: 'article.meta.json',
			json: { title: 'T', author: 'A', publisher: 'P', url: 'https://example.org/a', published: '2023-02-04', language: 'en', textFile: 'article.txt' }
		},
		events: { file: 'events.json', json: events },
		text: { file: 'article.txt', name: 'article.txt', content: TEXT }
	});

describe('draftTimeline', () => {
	const draft = draftTimeline(TEXT, '2023-02-04');

	it('passes validation, with the one warning that counts the drafts', () => {
		const result = validate(draft);
		expect(result.issues.map(formatIssue)).toEqual([
			`warning: events.json: ${draft.events.length + draft.undatable.length} drafted item(s) not yet accepted: review each and remove its "draft": true`
		]);
		expect(result.ok).toBe(true);
	});

	it('marks every item as a draft, with unique ids and whole sentences as passages', () => {
		const items = [...draft.events, ...draft.undatable];
		expect(items.every((item) => item.draft === true)).toBe(true);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		for (const passage of items.flatMap((i) => i.passages)) expect(TEXT.slice(passage.start, passage.end)).toBe(passage.exact);
	});

	it('proposes the dates with their words, literal readings and status', () => {
		expect(draft.events.map((e) => [e.stated.text, e.date, e.status, e.passages.length])).toEqual([
			['24 February 2022', '2022-02-24', 'happened', 1],
			['since the outbreak of the war', '2022-02-24?/..', 'happened', 1],
			['March', '2021-03', 'happened', 1],
			['April 2021', '2021-04', 'happened', 1],
			['3 May 2021', '2021-05-03', 'happened', 2],
			['the spring', '2023-21', 'anticipated', 1]
		]);
		expect(draft.events.every((e) => e.stated.date === e.date)).toBe(true);
	});

	it('lists vague and BCE references as undatable, and declares exactly the actors it names', () => {
		expect(draft.undatable.map((u) => u.stated.text)).toEqual(['So far', 'around 2300 BC']);
		expect(Object.keys(draft.actors).sort()).toEqual(['CN', 'RU', 'UA', 'unassigned']);
		expect(draft.$schema).toBe('../../static/schema/events.schema.json');
	});
});

describe('draftTimeline: titles, ids, summaries and what each item keeps', () => {
	const text = [
		'Troops invaded the north on 24 February 2022.',
		'The talks ended on 3 May 2021. The talks ended on 3 June 2021. The talks  ended on 3 July 2021.',
		'China and Russia met in early 2021. The festival is held every March.',
		'Russian gas exports to China have risen since the outbreak of the war.',
		'Diplomats have so far held   talks with envoys.',
		'Gas prices have so far risen.'
	].join('\n');
	const draft = draftTimeline(text, '2023-02-04');
	const items = [...draft.events, ...draft.undatable];

	it('titles each item by its sentence without the calendar date, keeping words that date by another event', () => {
		expect(items.map((item) => item.title)).toEqual([
			'Troops invaded the north',
			'The talks ended',
			'The talks ended',
			'The talks ended',
			'China and Russia met',
			'The festival is held',
			'Russian gas exports to China have risen since the outbreak of the war',
			'Diplomats have held talks with envoys',
			'Gas prices have risen'
		]);
	});

	it('numbers the ids of the same title from 2', () => {
		expect(items.slice(1, 4).map((item) => item.id)).toEqual(['talks-ended', 'talks-ended-2', 'talks-ended-3']);
	});

	it('summarises by the sentence with its white space collapsed', () => {
		expect(items[3]!.summary).toBe('The talks ended on 3 July 2021.');
		expect(items[7]!.summary).toBe('Diplomats have so far held talks with envoys.');
	});

	it('keeps a qualifier and a yearly recurrence', () => {
		expect(draft.events.map((e) => [e.date, e.qualifier, e.recurrence]).slice(4, 6)).toEqual([
			['2021', 'early', undefined],
			// The March nearest the date last mentioned: the text tells of 2021, more than a year before publication.
			['2021-03', undefined, 'annual']
		]);
	});

	it('gives each undatable reference the category of its own sentence', () => {
		expect(draft.undatable.map((u) => [u.stated.text, u.category])).toEqual([
			['so far', 'diplomacy'],
			['so far', 'energy']
		]);
	});
});

describe('draftTimeline’s steps', () => {
	it('are told once each, in the order of DRAFT_STEPS, and the draft is the same as without listening', () => {
		const steps: string[] = [];
		const draft = draftTimeline(TEXT, '2023-02-04', (step) => steps.push(step));
		expect(steps).toStrictEqual(Object.keys(DRAFT_STEPS));
		expect(draft).toStrictEqual(draftTimeline(TEXT, '2023-02-04'));
	});

	it('have shares of the time that add up to the whole', () => {
		const total = Object.values(DRAFT_STEPS).reduce((sum, step) => sum + step.share, 0);
		expect(total).toBeCloseTo(1, 9);
	});
});
