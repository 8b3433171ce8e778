/**
 * The edits a person makes to the items of a work (see `edit.ts` for what an edit is): review marks, fields,
 * dates, passages, moving to and from "undatable", merging and splitting. A new event from a selection is in
 * `selection.ts`; edits of the whole work (metadata, vocabularies) in `work-edits.ts`.
 */
import type { Qualifier } from '../dates/edtf.ts';
import { UNASSIGNED } from '../extract/actors.ts';
import type { Passage } from '../model/schema.ts';
import { done, named, refuse, uniqueId, type Edit } from './edit.ts';
import type { Relation } from './relative-date.ts';
import { passageAt, statedWithin } from './selection.ts';
import type { ItemFields, Review, Work, WorkItem } from './work.ts';

/** An edit of one item: `change` gives the new item, or why not. */
function editItem(key: string, verb: string, change: (item: WorkItem, work: Work) => WorkItem | string): Edit {
	return (work) => {
		const index = work.items.findIndex((item) => item.key === key);
		const item = work.items[index];
		if (item === undefined) return refuse('that item is no longer in the work');
		const changed = change(item, work);
		if (typeof changed === 'string') return refuse(changed);
		return done({ ...work, items: work.items.with(index, changed) }, `${verb} ${named(changed)}`);
	};
}

/** An item's actors, with the draft's placeholder `unassigned` dropped once an actor is named beside it. */
const namedActors = (actors: readonly string[]): string[] => {
	const unique = [...new Set(actors)];
	return unique.some((actor) => actor !== UNASSIGNED) ? unique.filter((actor) => actor !== UNASSIGNED) : unique;
};

/** The actors after naming `actor` (at the end): the placeholder gives way to it. */
export const withActor = (actors: readonly string[], actor: string): string[] => namedActors([...actors, actor]);

const VERBS: Record<Review, string> = { accepted: 'Accepted', rejected: 'Rejected', pending: 'Marked for review:' };

export const setReview = (key: string, review: Review): Edit => editItem(key, VERBS[review], (item) => ({ ...item, review }));

/** Fields a person edits in the form; a date is set with `setDate`, passages with the passage edits. */
export type FieldsPatch = Partial<Pick<ItemFields, 'id' | 'title' | 'summary' | 'category' | 'actors' | 'status' | 'recurrence' | 'recorded' | 'reason' | 'stated'>>;

/** `undefined` in the patch removes an optional field (`recorded`, `recurrence`) rather than writing it as undefined. */
export function editFields(key: string, patch: FieldsPatch): Edit {
	const names = Object.keys(patch).join(', ');
	return editItem(key, `Edited the ${names} of`, (item) => {
		const fields: Record<string, unknown> = { ...item.fields, ...patch };
		for (const [name, value] of Object.entries(patch)) if (value === undefined) delete fields[name];
		return { ...item, fields: fields as unknown as ItemFields };
	});
}

export interface DateEdit {
	date: string;
	qualifier: Qualifier | null;
	/** Also the literal reading of the article's words (`stated.date`). */
	stated: boolean;
	relation?: { relation: Relation; to: string };
}

/** Sets where an item sits; with a relation, the date is made from the other item's and follows it. */
export function setDate(key: string, edit: DateEdit): Edit {
	return editItem(key, 'Dated', (item, work) => {
		if (edit.relation && reaches(work, edit.relation.to, key)) return 'an item cannot be dated through itself: that item is dated through this one';
		const { qualifier: _, ...fields } = item.fields;
		const { relation: __, ...bare } = item;
		return {
			...bare,
			...(edit.relation ? { relation: edit.relation } : {}),
			fields: {
				...fields,
				date: edit.date,
				...(edit.qualifier ? { qualifier: edit.qualifier } : {}),
				stated: edit.stated ? { ...fields.stated, date: edit.date } : fields.stated
			}
		};
	});
}

/** Whether following relations from `from` arrives at `target`. */
function reaches(work: Work, from: string, target: string): boolean {
	const byKey = new Map(work.items.map((item) => [item.key, item]));
	const seen = new Set<string>();
	for (let at: string | undefined = from; at !== undefined && !seen.has(at); at = byKey.get(at)?.relation?.to) {
		if (at === target) return true;
		seen.add(at);
	}
	return false;
}

const byStart = (a: Passage, b: Passage) => a.start - b.start || a.end - b.end;

/** Adds a passage of the article to an item. */
export function addPassage(key: string, start: number, end: number): Edit {
	return editItem(key, 'Added a passage to', (item, work) => {
		const passage = passageAt(work.text, start, end);
		if (typeof passage === 'string') return passage;
		if (item.fields.passages.some((p) => p.start === passage.start && p.end === passage.end)) return 'the item already cites that passage';
		return { ...item, fields: { ...item.fields, passages: [...item.fields.passages, passage].sort(byStart) } };
	});
}

export function removePassage(key: string, index: number): Edit {
	return editItem(key, 'Removed a passage from', (item) => {
		if (item.fields.passages[index] === undefined) return 'no such passage';
		if (item.fields.passages.length === 1) return 'an item cites at least one passage: reject the item instead';
		return { ...item, fields: { ...item.fields, passages: item.fields.passages.toSpliced(index, 1) } };
	});
}

/** Moves an event to the references that cannot be placed, with the reason; its date is kept for moving it back. */
export function toUndatable(key: string, reason: string): Edit {
	return editItem(key, 'Moved to “undatable”:', (item) => {
		if (reason.trim() === '') return 'say why it cannot be placed on the timeline';
		return { ...item, kind: 'undatable', fields: { ...item.fields, reason: reason.trim() } };
	});
}

export const toEvent = (key: string): Edit => editItem(key, 'Moved to the events:', (item) => ({ ...item, kind: 'event' }));

/** Merges `from` into `into`: one item with the passages and actors of both, `into`'s words and date. */
export function merge(into: string, from: string): Edit {
	return (work) => {
		const target = work.items.find((item) => item.key === into);
		const source = work.items.find((item) => item.key === from);
		if (!target || !source) return refuse('that item is no longer in the work');
		if (into === from) return refuse('choose another item to merge with');
		const passages = [...target.fields.passages, ...source.fields.passages.filter((p) => !target.fields.passages.some((q) => q.start === p.start && q.end === p.end))];
		const actors = namedActors([...target.fields.actors, ...source.fields.actors]);
		const merged: WorkItem = { ...target, fields: { ...target.fields, passages: passages.sort(byStart), actors } };
		const items = work.items
			.filter((item) => item.key !== from)
			.map((item) => (item.key === into ? merged : item.relation?.to === from ? { ...item, relation: { ...item.relation, to: into } } : item));
		return done({ ...work, items }, `Merged ${named(source)} into ${named(target)}`);
	};
}

/** Splits off an item's passage `index` as a new item with the same fields, dated by the words in it when it has its own. */
export function split(key: string, index: number): Edit {
	return (work) => {
		const at = work.items.findIndex((item) => item.key === key);
		const item = work.items[at];
		if (!item) return refuse('that item is no longer in the work');
		const moved = item.fields.passages[index];
		if (!moved) return refuse('no such passage');
		if (item.fields.passages.length < 2) return refuse('an item with one passage cannot be split: make a new event from a selection instead');
		const kept = item.fields.passages.toSpliced(index, 1);
		const rest: WorkItem = { ...item, fields: { ...item.fields, passages: kept, ...statedWithin(work, item.fields, kept) } };
		const added: WorkItem = {
			key: `k${work.nextKey}`,
			kind: item.kind,
			review: item.review,
			fields: { ...item.fields, id: uniqueId(work, item.fields.id), passages: [moved], ...statedWithin(work, item.fields, [moved]) }
		};
		const items = work.items.with(at, rest).toSpliced(at + 1, 0, added);
		return done({ ...work, items, nextKey: work.nextKey + 1 }, `Split ${named(item)} in two`);
	};
}

export const removeItem = (key: string): Edit => (work) => {
	const item = work.items.find((i) => i.key === key);
	if (!item) return refuse('that item is no longer in the work');
	return done({ ...work, items: work.items.filter((i) => i.key !== key) }, `Deleted ${named(item)}`);
};
