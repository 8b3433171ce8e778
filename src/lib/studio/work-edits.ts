/**
 * Edits of the whole work rather than one item (see `edit.ts`): the article's metadata, the timeline's id, and
 * the vocabularies an item picks from — categories and actors, which a person can extend here.
 */
import { slugFrom } from '../extract/titles.ts';
import type { Actor, ArticleMeta } from '../model/schema.ts';
import { done, refuse, type Edit } from './edit.ts';
import { editFields } from './edits.ts';

/** The metadata a person gives; `textFile` stays `article.txt`. */
export type MetaPatch = Partial<Omit<ArticleMeta, 'textFile'>>;

export const editMeta = (patch: MetaPatch): Edit => (work) => done({ ...work, meta: { ...work.meta, ...patch } }, `Edited the article’s ${Object.keys(patch).join(', ')}`);

export const setWorkId = (id: string): Edit => (work) => done({ ...work, id }, `Named the timeline “${id}”`);

/** A new category from its label; its id is a slug of the label. */
export function addCategory(label: string): Edit {
	return (work) => {
		const trimmed = label.trim().replace(/\s+/g, ' ');
		if (trimmed === '') return refuse('give the new category a name');
		if (trimmed.length > 40) return refuse('a category’s name is at most 40 characters: it labels a lane of the timeline');
		const same = work.categories.find((c) => c.label.toLowerCase() === trimmed.toLowerCase());
		if (same) return refuse(`there is already a category “${same.label}”`);
		const base = slugFrom(trimmed);
		let id = base;
		for (let n = 2; work.categories.some((c) => c.id === id); n++) id = `${base}-${n}`;
		return done({ ...work, categories: [...work.categories, { id, label: trimmed }] }, `Added the category “${trimmed}”`);
	};
}

/** An actor's id: an ISO 3166 country code (CN) or a slug (g20), as the format requires. */
export const ACTOR_ID = /^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function addActor(id: string, actor: Actor): Edit {
	return (work) => {
		if (!ACTOR_ID.test(id)) return refuse(`“${id.slice(0, 40)}” is not an actor id: use a country code such as CN, or lower-case words joined by hyphens`);
		if (Object.hasOwn(work.actors, id)) return refuse(`there is already an actor “${id}” (${work.actors[id]!.name})`);
		if (actor.name.trim() === '') return refuse('give the actor a name');
		return done({ ...work, actors: { ...work.actors, [id]: { ...actor, name: actor.name.trim() } } }, `Added the actor “${actor.name.trim()}”`);
	};
}

/** A new category, given to an item at once: one step. */
export const addCategoryTo = (key: string, label: string): Edit => (work) => {
	const added = addCategory(label)(work);
	return added.ok ? editFields(key, { category: added.work.categories.at(-1)!.id })(added.work) : added;
};
