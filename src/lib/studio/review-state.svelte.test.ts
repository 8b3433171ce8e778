import { describe, expect, it } from 'vitest';
import { draftTimeline } from '../extract/draft.ts';
import { editFields, removeItem, setReview, split, merge } from './edits.ts';
import { ReviewState, UNDO_LIMIT } from './review-state.svelte.ts';
import { addEventFrom } from './selection.ts';
import { textOrder, workFrom, type Work } from './work.ts';

const TEXT = [
	'The council met on 4 March 2024. Work starts in spring 2025.',
	'So far nothing has been built. The mayor resigned on 2 April 2024.',
	'A new plan followed in May 2024, and a vote in June 2024.'
].join('\n\n');
const META = { title: 'The harbour plan', author: 'A. Writer', publisher: 'The Harbour Post', url: 'https://example.org/harbour', published: '2024-06-20', language: 'en', textFile: 'article.txt' };
const work = (): Work => workFrom('harbour', META, TEXT, draftTimeline(TEXT, META.published));
const keys = (review: ReviewState) => review.listed.map((item) => item.key);
const titleOf = (review: ReviewState, key: string) => review.work.items.find((item) => item.key === key)!.fields.title;

describe('ReviewState', () => {
	it('starts on the first item in the article’s order, with every item listed and counted', () => {
		const w = work();
		const review = new ReviewState(w);
		expect(keys(review)).toStrictEqual(textOrder(w.items).map((item) => item.key));
		expect(review.selectedKey).toBe(keys(review)[0]);
		expect(review.counts).toStrictEqual({ all: w.items.length, pending: w.items.length, accepted: 0, undatable: 1, rejected: 0 });
		expect(review.undoLabel).toBeUndefined();
	});

	it('reopens on the item that was selected, or the first when it is gone', () => {
		const w = work();
		expect(new ReviewState(w, w.items[2]!.key).selectedKey).toBe(w.items[2]!.key);
		expect(new ReviewState(w, 'k999').selectedKey).toBe(new ReviewState(w).selectedKey);
	});

	it('undoes and redoes every edit in order, restoring the selection, and says what it did', () => {
		const review = new ReviewState(work());
		const original = review.work;
		const [a, b] = keys(review);
		review.apply(editFields(a!, { title: 'The council meets' }));
		const afterTitle = review.work;
		review.select(b!);
		review.apply(setReview(b!, 'rejected'));
		expect(review.message).toBe(`Rejected “${titleOf(review, b!)}”.`);
		review.select(null);

		review.undo();
		expect(review.work).toBe(afterTitle);
		expect(review.selectedKey).toBe(b);
		expect(review.message).toBe(`Undone: Rejected “${titleOf(review, b!)}”.`);
		review.undo();
		expect(review.work).toBe(original);
		expect(review.selectedKey).toBe(a);
		review.undo();
		expect(review.message).toBe('Nothing to undo.');
		expect(review.work).toBe(original);

		review.redo();
		expect(review.work).toBe(afterTitle);
		expect(review.redoLabel).toMatch(/^Rejected/);
		review.redo();
		expect(review.work.items.find((item) => item.key === b)!.review).toBe('rejected');
		review.redo();
		expect(review.message).toBe('Nothing to redo.');
	});

	it('a new edit after an undo clears what could be redone', () => {
		const review = new ReviewState(work());
		const [a] = keys(review);
		review.apply(editFields(a!, { title: 'One' }));
		review.undo();
		review.apply(editFields(a!, { title: 'Two' }));
		expect(review.redoLabel).toBeUndefined();
		review.redo();
		expect(titleOf(review, a!)).toBe('Two');
	});

	it('a refused edit changes nothing, adds no undo step, and says why', () => {
		const review = new ReviewState(work());
		const before = review.work;
		expect(review.apply(split(keys(review)[0]!, 0))).toBe(false);
		expect(review.work).toBe(before);
		expect(review.undoLabel).toBeUndefined();
		expect(review.refused).toBe(true);
		expect(review.message).toMatch(/^Not done: an item with one passage cannot be split/);
	});

	it('accepting or rejecting moves on to the next item, in every filter', () => {
		const review = new ReviewState(work());
		const [a, b, c] = keys(review);
		review.review('accepted');
		expect(review.selectedKey).toBe(b);
		review.setFilter('pending');
		expect(keys(review)).not.toContain(a);
		expect(review.selectedKey).toBe(b);
		review.review('rejected');
		// Gone from "to review": the item that took its place is selected.
		expect(review.selectedKey).toBe(c);
		expect(review.counts).toMatchObject({ accepted: 1, rejected: 1 });
		review.undo();
		expect(review.selectedKey).toBe(b);
		expect(keys(review)).toContain(b);
	});

	it('steps through the list and stops at its ends', () => {
		const review = new ReviewState(work());
		const list = keys(review);
		review.step(-1);
		expect(review.selectedKey).toBe(list[0]);
		for (let i = 0; i < list.length + 2; i++) review.step(1);
		expect(review.selectedKey).toBe(list.at(-1));
		review.select(null);
		review.step(-1);
		expect(review.selectedKey).toBe(list.at(-1));
	});

	it('selects a new item, showing every item when the filter would hide it', () => {
		const review = new ReviewState(work());
		review.setFilter('pending');
		const start = TEXT.indexOf('So far nothing');
		review.apply(addEventFrom(start, start + 'So far nothing has been built.'.length));
		expect(review.filter).toBe('all');
		expect(review.selected?.fields.title).toBe('So far nothing has been built.');
		expect(review.selected?.review).toBe('accepted');
	});

	it('keeps a bounded number of steps', () => {
		const review = new ReviewState(work());
		const [a] = keys(review);
		for (let i = 0; i <= UNDO_LIMIT; i++) review.apply(editFields(a!, { title: `Title ${i}` }));
		let undone = 0;
		while (review.undoLabel !== undefined) {
			review.undo();
			undone++;
		}
		expect(undone).toBe(UNDO_LIMIT);
		expect(titleOf(review, a!)).toBe('Title 0');
	});

	it('the place of a deleted or merged item in the list goes to the item that took it', () => {
		const review = new ReviewState(work());
		const [a, b, c] = keys(review);
		review.select(b!);
		review.apply(merge(a!, b!));
		expect(review.selectedKey).toBe(c);
		review.select(a!);
		review.apply(removeItem(a!));
		expect(review.selectedKey).toBe(c);
		review.undo();
		expect(review.selectedKey).toBe(a);
	});
});
