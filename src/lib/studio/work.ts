/**
 * The studio's work on one article: its metadata and text, the vocabularies, and every item (event or undatable
 * reference) with its review mark. Plain data, replaced whole by each edit (`edits.ts`), so undo is keeping the
 * previous value and saving is storing it. Made from a draft or from an existing dataset; written out as the
 * data folder's three files, which the build's validator turns into the public format (`export.ts`).
 */
import type { Qualifier } from '../dates/edtf.ts';
import type { Actor, ArticleMeta, Category, EventsFile, Passage, RecordedDate, Timeline } from '../model/schema.ts';
import { FORMAT_1_CATEGORIES } from '../model/vocabulary.ts';
import type { Relation } from './relative-date.ts';

/** Every field an item can have, whichever list it is in, so moving it to "undatable" and back loses nothing. */
export interface ItemFields {
	id: string;
	title: string;
	summary: string;
	/** EDTF; empty while an item has no date yet (a new item, one moved back from "undatable"). */
	date: string;
	qualifier?: Qualifier;
	stated: { text: string; date: string };
	status: 'happened' | 'anticipated';
	recurrence?: 'annual';
	recorded?: RecordedDate;
	category: string;
	actors: string[];
	passages: Passage[];
	/** Why an undatable reference cannot be placed. */
	reason: string;
}

/** `pending`: proposed and not yet reviewed (written `"draft": true`); `rejected` items are kept for undo but not written. */
export type Review = 'pending' | 'accepted' | 'rejected';
export type ItemKind = 'event' | 'undatable';

export interface WorkItem {
	/** The studio's own name for the item, stable while its id is edited. */
	key: string;
	kind: ItemKind;
	review: Review;
	fields: ItemFields;
	/** Dated through another item: the date follows that item's. */
	relation?: { relation: Relation; to: string };
}

/** A time expression the extractor found, to mark in the article. */
export interface FoundExpression {
	start: number;
	end: number;
	value: string;
}

export interface Work {
	/** The timeline's id: the data folder's name. */
	id: string;
	meta: ArticleMeta;
	/** The article, byte for byte as given: passages index into it (UTF-16 code units). */
	text: string;
	/** Every category an item can take, in order: the dataset's, then the first version's that it does not declare. */
	categories: Category[];
	actors: Record<string, Actor>;
	items: WorkItem[];
	expressions: FoundExpression[];
	/** The number the next new item's key is made from. */
	nextKey: number;
}

/** The categories the studio offers besides a dataset's own: the first version's, which the extractor drafts with. */
export const DEFAULT_CATEGORIES: readonly Category[] = FORMAT_1_CATEGORIES.map(({ id, label }) => ({ id, label }));

type Entry = EventsFile['events'][number] | EventsFile['undatable'][number];

function itemFrom(kind: ItemKind, entry: Entry, index: number): WorkItem {
	const { draft, ...rest } = entry;
	const event = kind === 'event' ? (entry as EventsFile['events'][number]) : undefined;
	const fields: ItemFields = {
		id: rest.id,
		title: rest.title,
		summary: rest.summary,
		date: event?.date ?? '',
		...(event?.qualifier ? { qualifier: event.qualifier } : {}),
		stated: { text: rest.stated.text, date: event?.stated.date ?? '' },
		status: event?.status ?? 'happened',
		...(event?.recurrence ? { recurrence: event.recurrence } : {}),
		...(rest.recorded ? { recorded: rest.recorded } : {}),
		category: rest.category,
		actors: [...rest.actors],
		passages: rest.passages.map((p) => ({ ...p })),
		reason: kind === 'undatable' ? (entry as EventsFile['undatable'][number]).reason : ''
	};
	return { key: `k${index}`, kind, review: draft ? 'pending' : 'accepted', fields };
}

/** A work from a data folder's content: items marked `draft` are pending, the rest accepted. */
export function workFrom(id: string, meta: ArticleMeta, text: string, events: Pick<EventsFile, 'actors' | 'categories' | 'events' | 'undatable'>, expressions: FoundExpression[] = []): Work {
	const items = [
		...events.events.map((entry, i) => itemFrom('event', entry, i)),
		...events.undatable.map((entry, i) => itemFrom('undatable', entry, events.events.length + i))
	];
	const categories = [...events.categories, ...DEFAULT_CATEGORIES.filter((d) => !events.categories.some((c) => c.id === d.id))];
	return { id, meta, text, categories, actors: { ...events.actors }, items, expressions, nextKey: items.length };
}

/** A work from a dataset in the public format. */
export function workFromTimeline(timeline: Timeline, expressions: FoundExpression[] = []): Work {
	const { text, ...meta } = timeline.article;
	return workFrom(timeline.id, meta, text, timeline, expressions);
}

/** Items in the order of the article: by where their first passage starts. */
export function textOrder(items: readonly WorkItem[]): WorkItem[] {
	const at = (item: WorkItem) => item.fields.passages[0]?.start ?? Infinity;
	return [...items].sort((a, b) => at(a) - at(b) || a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** The categories the written items (all but the rejected) use, in the work's order, which gives their colours. */
export function usedCategories(work: Work): Category[] {
	const used = new Set(work.items.filter((item) => item.review !== 'rejected').map((item) => item.fields.category));
	return work.categories.filter((category) => used.has(category.id));
}
