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
