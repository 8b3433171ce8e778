import { describe, expect, it } from 'vitest';
import { draftTimeline } from '../extract/draft.ts';
import { analyseText } from '../extract/expressions.ts';
import { together, type Edit } from './edit.ts';
import { addPassage, editFields, merge, removeItem, removePassage, setDate, setReview, split, toEvent, toUndatable, withActor } from './edits.ts';
import { addEventFrom, passageAt } from './selection.ts';
import { workFrom, type Work, type WorkItem } from './work.ts';
import { addActor, addCategory, addCategoryTo, editMeta } from './work-edits.ts';

// A short article with a decade, a season, "since then", two dates in one sentence, a vague "so far", an emoji
// of two code units, one of seven (a ZWJ sequence) and an e with a combining accent: positions are UTF-16 indices.
const TEXT = [
	'Tallinn’s council met on 4 March 2024 to approve the harbour plan. The mayor said work would start in spring 2025.',
	'',
	'Since then, the port authority 🚢 has hired engineers. Protests followed after the council vote, and so far nothing has been decided about the old pier.',
	'',
	'In the 1840s the harbour was rebuilt by Estonian and Finnish crews. Cafe\u0301 owners 👩‍🍳 complained on 12 May 2024, and again on 20 May 2024.'
].join('\n');
const PUBLISHED = '2024-06-01';
const META = { title: 'The harbour plan', author: 'A. Writer', publisher: 'The Harbour Post', url: 'https://example.org/harbour', published: PUBLISHED, language: 'en', textFile: 'article.txt' };

function draftWork(): Work {
	const expressions = analyseText(TEXT, PUBLISHED).expressions.map(({ start, end, edtf }) => ({ start, end, value: edtf }));
	return workFrom('harbour', META, TEXT, draftTimeline(TEXT, PUBLISHED), expressions);
}

/** Applies edits in turn, failing the test on any refusal. */
function apply(work: Work, ...edits: Edit[]): Work {
	for (const edit of edits) {
		const result = edit(work);
		if (!result.ok) throw new Error(result.problem);
		work = result.work;
	}
	return work;
}
const problem = (work: Work, edit: Edit) => {
	const result = edit(work);
	return result.ok ? undefined : result.problem;
};
const by = (work: Work, words: string): WorkItem => {
	const found = work.items.find((item) => item.fields.passages.some((p) => p.exact.includes(words)) && (item.fields.stated.text.includes(words) || item.fields.title.includes(words)));
	if (!found) throw new Error(`no item for ${words}`);
	return found;
};
const at = (words: string) => {
	const start = TEXT.indexOf(words);
	if (start < 0) throw new Error(`“${words}” is not in the text`);
	return [start, start + words.length] as const;
};

describe('a work from a draft', () => {
	it('holds every drafted item, pending, in the article’s order, with keys of its own', () => {
		const work = draftWork();
		const draft = draftTimeline(TEXT, PUBLISHED);
		expect(work.items.map((item) => item.fields.id)).toStrictEqual([...draft.events, ...draft.undatable].map((entry) => entry.id));
		expect(new Set(work.items.map((item) => item.review))).toStrictEqual(new Set(['pending']));
		expect(new Set(work.items.map((item) => item.key)).size).toBe(work.items.length);
		expect(work.items.filter((item) => item.kind === 'undatable').map((item) => item.fields.stated.text)).toStrictEqual(['so far']);
	});
});

describe('review marks and fields', () => {
	it.each(['accepted', 'rejected', 'pending'] as const)('marks an item %s, and says so', (review) => {
		const work = draftWork();
		const item = by(work, '4 March 2024');
		const result = setReview(item.key, review)(apply(work, setReview(item.key, review === 'pending' ? 'accepted' : 'pending')));
		expect(result).toMatchObject({ ok: true, label: expect.stringContaining(item.fields.title.slice(0, 30)) });
		if (result.ok) expect(result.work.items.find((i) => i.key === item.key)!.review).toBe(review);
	});

	it('edits fields and leaves the rest as they were; undefined removes an optional field', () => {
		const work = draftWork();
		const item = by(work, '4 March 2024');
		const edited = apply(work, editFields(item.key, { title: 'The council approves the harbour plan', recorded: { date: '2024-03-05', note: 'The minutes are dated the 5th.' } }));
		const after = edited.items.find((i) => i.key === item.key)!;
		expect(after.fields).toStrictEqual({ ...item.fields, title: 'The council approves the harbour plan', recorded: { date: '2024-03-05', note: 'The minutes are dated the 5th.' } });
		const cleared = apply(edited, editFields(item.key, { recorded: undefined })).items.find((i) => i.key === item.key)!;
		expect('recorded' in cleared.fields).toBe(false);
		// Other items are the same objects: nothing else was touched.
		expect(edited.items.filter((i) => i.key !== item.key)).toStrictEqual(work.items.filter((i) => i.key !== item.key));
	});

	it('refuses an edit of an item that is gone', () => {
		expect(problem(draftWork(), setReview('k999', 'accepted'))).toBe('that item is no longer in the work');
	});
});

describe('dates', () => {
	it('sets a date and qualifier; the stated reading follows only when asked', () => {
		const work = draftWork();
		const item = by(work, 'spring 2025');
		const moved = apply(work, setDate(item.key, { date: '2025', qualifier: 'early', stated: false })).items.find((i) => i.key === item.key)!;
		expect(moved.fields).toMatchObject({ date: '2025', qualifier: 'early', stated: { text: 'spring 2025', date: '2025-21' } });
		const both = apply(work, setDate(item.key, { date: '2025-21~', qualifier: null, stated: true })).items.find((i) => i.key === item.key)!;
		expect(both.fields).toMatchObject({ date: '2025-21~', stated: { date: '2025-21~' } });
		expect('qualifier' in both.fields).toBe(false);
	});

	it('a date through another item follows that item’s date, through chains, and undoing is the old work', () => {
		const work = draftWork();
		const council = by(work, '4 March 2024');
		const hiring = by(work, 'Since then');
		const complaint = by(work, '12 May 2024');
		const related = apply(
			work,
			setDate(hiring.key, { date: '', qualifier: null, stated: false, relation: { relation: 'since', to: council.key } }),
			setDate(complaint.key, { date: '', qualifier: null, stated: false, relation: { relation: 'after', to: hiring.key } })
		);
		const date = (w: Work, key: string) => w.items.find((i) => i.key === key)!.fields.date;
		expect([date(related, hiring.key), date(related, complaint.key)]).toStrictEqual(['2024-03-04/..', '[2024-03-04..]']);
		const corrected = apply(related, setDate(council.key, { date: '2024-03-05', qualifier: null, stated: false }));
		expect([date(corrected, hiring.key), date(corrected, complaint.key)]).toStrictEqual(['2024-03-05/..', '[2024-03-05..]']);
		expect([date(related, hiring.key), date(related, complaint.key)]).toStrictEqual(['2024-03-04/..', '[2024-03-04..]']);
	});

	it('refuses a date through itself, directly or around a loop', () => {
		const work = draftWork();
		const [a, b] = [by(work, '4 March 2024'), by(work, 'spring 2025')];
		expect(problem(work, setDate(a.key, { date: '', qualifier: null, stated: false, relation: { relation: 'after', to: a.key } }))).toMatch(/through itself/);
		const linked = apply(work, setDate(b.key, { date: '', qualifier: null, stated: false, relation: { relation: 'after', to: a.key } }));
		expect(problem(linked, setDate(a.key, { date: '', qualifier: null, stated: false, relation: { relation: 'before', to: b.key } }))).toMatch(/through itself/);
	});

	it('a relation to an item that is rejected is dropped, and the date stays as it was', () => {
		const work = draftWork();
		const [a, b] = [by(work, '4 March 2024'), by(work, 'spring 2025')];
		const linked = apply(work, setDate(b.key, { date: '', qualifier: null, stated: false, relation: { relation: 'after', to: a.key } }));
		const after = apply(linked, setReview(a.key, 'rejected')).items.find((i) => i.key === b.key)!;
		expect(after.relation).toBeUndefined();
		expect(after.fields.date).toBe('[2024-03-04..]');
	});
});

describe('passages by selection', () => {
	it.each<[string, string, string]>([
		['words', 'harbour plan', 'harbour plan'],
		['white space at the ends is left out', ' the harbour plan. ', 'the harbour plan.'],
		['an emoji of two code units', 'authority 🚢', 'authority 🚢'],
		['a ZWJ sequence and a combining accent', 'Cafe\u0301 owners 👩‍🍳', 'Cafe\u0301 owners 👩‍🍳']
	])('%s', (_, selected, exact) => {
		const [start, end] = at(selected);
		const passage = passageAt(TEXT, start, end);
		expect(passage).toMatchObject({ exact });
		if (typeof passage !== 'string') expect(TEXT.slice(passage.start, passage.end)).toBe(exact);
	});

	it('never splits a character of two code units', () => {
		const ship = TEXT.indexOf('🚢');
		// From the middle of the ship (between its two code units) to the middle of the cook.
		const cook = TEXT.indexOf('🍳');
		const passage = passageAt(TEXT, ship + 1, cook + 1);
		expect(typeof passage).toBe('object');
		if (typeof passage !== 'string') {
			expect([passage.start, passage.end]).toStrictEqual([ship, cook + 2]);
			expect(passage.exact.startsWith('🚢')).toBe(true);
			expect(passage.exact.endsWith('🍳')).toBe(true);
		}
	});

	it.each<[string, number, number, string]>([
		['nothing selected', 10, 10, 'select some words of the article first'],
		['backwards', 20, 10, 'select some words of the article first'],
		['past the end', 0, TEXT.length + 1, 'select some words of the article first'],
		['only white space', TEXT.indexOf('\n\n'), TEXT.indexOf('\n\n') + 2, 'the selection holds only white space: select some words']
	])('refuses %s', (_, start, end, message) => {
		expect(passageAt(TEXT, start, end)).toBe(message);
	});

	it('adds and removes passages, in text order, never the last one', () => {
		const work = draftWork();
		const item = by(work, 'spring 2025');
		const [start, end] = at('Protests followed after the council vote');
		const added = apply(work, addPassage(item.key, start, end));
		const passages = added.items.find((i) => i.key === item.key)!.fields.passages;
		expect(passages.map((p) => p.exact)).toStrictEqual([item.fields.passages[0]!.exact, 'Protests followed after the council vote']);
		expect(problem(added, addPassage(item.key, start, end))).toBe('the item already cites that passage');
		const removed = apply(added, removePassage(item.key, 1));
		expect(removed.items.find((i) => i.key === item.key)!.fields.passages).toStrictEqual(item.fields.passages);
		expect(problem(removed, removePassage(item.key, 0))).toBe('an item cites at least one passage: reject the item instead');
	});
});

describe('a new event from a selection', () => {
	it('is accepted, cites the selection, takes its date from the time words in it and the countries it names', () => {
		const work = draftWork();
		const [start, end] = at('Protests followed after the council vote');
		const made = apply(work, addEventFrom(start, end));
		const item = made.items.at(-1)!;
		expect(item).toMatchObject({ kind: 'event', review: 'accepted', fields: { date: '', stated: { text: '' }, status: 'happened', actors: ['unassigned'], title: 'Protests followed after the council vote' } });
		const [s2, e2] = at('In the 1840s the harbour was rebuilt by Estonian and Finnish crews.');
		const dated = apply(made, addEventFrom(s2, e2)).items.at(-1)!;
		expect(dated.fields).toMatchObject({ date: '[1840..1849]', stated: { text: 'the 1840s', date: '[1840..1849]' }, actors: ['EE', 'FI'] });
		// Its id is its own: the extractor's draft already has one from the same words.
		expect(made.items.filter((i) => i.fields.id === dated.fields.id)).toHaveLength(0);
		expect(new Set(apply(made, addEventFrom(s2, e2)).items.map((i) => i.fields.id)).size).toBe(made.items.length + 1);
	});

	it('is anticipated when its date begins after publication', () => {
		const [start, end] = at('The mayor said work would start in spring 2025.');
		expect(apply(draftWork(), addEventFrom(start, end)).items.at(-1)!.fields).toMatchObject({ date: '2025-21', status: 'anticipated' });
	});
});

describe('moving, merging, splitting, deleting', () => {
	it('moves an event to “undatable” with a reason, and back with its date', () => {
		const work = draftWork();
		const item = by(work, '4 March 2024');
		expect(problem(work, toUndatable(item.key, '  '))).toBe('say why it cannot be placed on the timeline');
		const moved = apply(work, toUndatable(item.key, ' The meeting’s date is only reported. '));
		expect(moved.items.find((i) => i.key === item.key)).toMatchObject({ kind: 'undatable', fields: { reason: 'The meeting’s date is only reported.' } });
		expect(apply(moved, toEvent(item.key)).items.find((i) => i.key === item.key)).toMatchObject({ kind: 'event', fields: { date: '2024-03-04' } });
	});

	it('drops the draft’s placeholder actor once an actor is named beside it, by adding or by merging', () => {
		const cases: [actors: string[], added: string, expected: string[]][] = [
			[['unassigned'], 'EE', ['EE']],
			[['EE', 'unassigned'], 'FI', ['EE', 'FI']],
			[['EE'], 'FI', ['EE', 'FI']],
			[['EE'], 'EE', ['EE']],
			[[], 'unassigned', ['unassigned']],
			[['unassigned'], 'unassigned', ['unassigned']]
		];
		for (const [actors, added, expected] of cases) expect(withActor(actors, added), `${actors.join(',')} + ${added}`).toStrictEqual(expected);
		const work = draftWork();
		const [council, decade] = [by(work, '4 March 2024'), by(work, 'the 1840s')];
		const unnamed = apply(work, editFields(council.key, { actors: ['unassigned'] }));
		expect(apply(unnamed, merge(decade.key, council.key)).items.find((i) => i.key === decade.key)!.fields.actors).toStrictEqual(['EE', 'FI']);
		expect(apply(unnamed, merge(council.key, decade.key)).items.find((i) => i.key === council.key)!.fields.actors).toStrictEqual(['EE', 'FI']);
		const bothUnnamed = apply(unnamed, editFields(decade.key, { actors: ['unassigned'] }));
		expect(apply(bothUnnamed, merge(decade.key, council.key)).items.find((i) => i.key === decade.key)!.fields.actors).toStrictEqual(['unassigned']);
	});

	it('merges two items into one with the passages and actors of both', () => {
		const work = draftWork();
		const [council, decade] = [by(work, '4 March 2024'), by(work, 'the 1840s')];
		const merged = apply(work, merge(decade.key, council.key));
		expect(merged.items).toHaveLength(work.items.length - 1);
		const item = merged.items.find((i) => i.key === decade.key)!;
		expect(item.fields.passages.map((p) => p.start)).toStrictEqual([council.fields.passages[0]!.start, decade.fields.passages[0]!.start]);
		expect(item.fields.actors).toStrictEqual(['EE', 'FI']);
		expect(item.fields.date).toBe('[1840..1849]');
		expect(problem(work, merge(council.key, council.key))).toBe('choose another item to merge with');
	});

	it('splits off a passage as a new item dated by its own words', () => {
		const work = draftWork();
		const [first, second] = [by(work, '4 March 2024'), by(work, 'spring 2025')];
		const merged = apply(work, merge(first.key, second.key));
		expect(problem(work, split(first.key, 0))).toMatch(/one passage cannot be split/);
		const parts = apply(merged, split(first.key, 1));
		const kept = parts.items.find((i) => i.key === first.key)!;
		const added = parts.items.find((i) => !work.items.some((w) => w.key === i.key))!;
		expect(kept.fields).toMatchObject({ date: '2024-03-04', stated: { text: '4 March 2024' } });
		expect(kept.fields.passages).toStrictEqual(first.fields.passages);
		expect(added.fields).toMatchObject({ date: '2025-21', stated: { text: 'spring 2025', date: '2025-21' }, id: `${first.fields.id}-2` });
		expect(added.fields.passages).toStrictEqual(second.fields.passages);
	});

	it('deletes an item', () => {
		const work = draftWork();
		const item = by(work, 'the 1840s');
		expect(apply(work, removeItem(item.key)).items.map((i) => i.key)).toStrictEqual(work.items.filter((i) => i !== item).map((i) => i.key));
	});
});

describe('the whole work', () => {
	it('adds a category with an id made from its label, once', () => {
		const work = apply(draftWork(), addCategory('  Harbour   works '));
		expect(work.categories.at(-1)).toStrictEqual({ id: 'harbour-works', label: 'Harbour works' });
		expect(problem(work, addCategory('harbour works'))).toBe('there is already a category “Harbour works”');
		expect(problem(work, addCategory(' '))).toBe('give the new category a name');
		expect(problem(work, addCategory('x'.repeat(41)))).toMatch(/^a category’s name is at most 40 characters/);
	});

	it.each<[string, string, string | undefined]>([
		['a slug', 'port-authority', undefined],
		['a country code', 'SE', undefined],
		['spaces', 'port authority', '“port authority” is not an actor id: use a country code such as CN, or lower-case words joined by hyphens'],
		['one already there', 'EE', 'there is already an actor “EE” (Estonia)']
	])('adds an actor: %s', (_, id, message) => {
		expect(problem(draftWork(), addActor(id, { name: 'Port authority', kind: 'organisation' }))).toBe(message);
	});

	it('adds a category and gives it to an item as one step, or neither', () => {
		const work = draftWork();
		const item = by(work, '4 March 2024');
		const result = addCategoryTo(item.key, 'Harbour works')(work);
		expect(result).toMatchObject({ ok: true, label: expect.stringMatching(/^Edited the category of/) });
		if (result.ok) {
			expect(result.work.categories.at(-1)).toStrictEqual({ id: 'harbour-works', label: 'Harbour works' });
			expect(result.work.items.find((i) => i.key === item.key)!.fields.category).toBe('harbour-works');
		}
		expect(problem(work, addCategoryTo('k999', 'Harbour works'))).toBe('that item is no longer in the work');
		expect(problem(work, addCategoryTo(item.key, ' '))).toBe('give the new category a name');
	});

	it('two edits made one: the second sees the first’s work, and a refusal of either changes nothing', () => {
		const work = draftWork();
		const item = by(work, '4 March 2024');
		const both = together(addActor('port-authority', { name: 'Port authority', kind: 'organisation' }), editFields(item.key, { actors: ['EE', 'port-authority'] }))(work);
		expect(both.ok && both.work.actors['port-authority']).toStrictEqual({ name: 'Port authority', kind: 'organisation' });
		expect(both.ok && both.work.items.find((i) => i.key === item.key)!.fields.actors).toStrictEqual(['EE', 'port-authority']);
		expect(problem(work, together(addActor('EE', { name: 'Estonia', kind: 'country' }), editFields(item.key, { title: 'x' })))).toMatch(/already an actor/);
	});

	it('edits the metadata', () => {
		expect(apply(draftWork(), editMeta({ author: 'B. Writer' })).meta).toStrictEqual({ ...META, author: 'B. Writer' });
	});
});
