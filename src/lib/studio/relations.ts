/**
 * Dates given through another item ("after the invasion"): each follows its item's current date. An item whose
 * relation points at one that is gone, rejected or undatable keeps its date and loses the relation; one whose
 * item has no valid date yet keeps both, and follows once that date is given.
 */
import { tryParseEdtf } from '../dates/edtf.ts';
import { choiceToEdtf } from './date-choice.ts';
import { relativeChoice } from './relative-date.ts';
import type { Work, WorkItem } from './work.ts';

export function followRelations(work: Work): Work {
	const byKey = new Map(work.items.map((item) => [item.key, item]));
	const resolved = new Map<string, WorkItem>();
	const resolve = (item: WorkItem, visiting: ReadonlySet<string>): WorkItem => {
		const known = resolved.get(item.key);
		if (known) return known;
		const result = item.relation ? follow(item, item.relation, visiting) : item;
		resolved.set(item.key, result);
		return result;
	};
	const follow = (item: WorkItem, relation: NonNullable<WorkItem['relation']>, visiting: ReadonlySet<string>): WorkItem => {
		const target = byKey.get(relation.to);
		if (!target || target.kind !== 'event' || target.review === 'rejected' || visiting.has(target.key)) {
			const { relation: _, ...bare } = item;
			return bare;
		}
		const { fields } = resolve(target, new Set([...visiting, item.key]));
		const parsed = tryParseEdtf(fields.date);
		if (!parsed.ok) return item;
		const choice = relativeChoice(relation.relation, parsed.value, fields.title);
		const written = choice.ok ? choiceToEdtf(choice.choice) : undefined;
		if (!written?.ok) return item;
		const qualifier = relation.relation === 'during' ? fields.qualifier : undefined;
		if (written.edtf === item.fields.date && qualifier === item.fields.qualifier) return item;
		const { qualifier: _, ...rest } = item.fields;
		const stated = rest.stated.date === rest.date ? { ...rest.stated, date: written.edtf } : rest.stated;
		return { ...item, fields: { ...rest, date: written.edtf, ...(qualifier ? { qualifier } : {}), stated } };
	};
	const items = work.items.map((item) => resolve(item, new Set([item.key])));
	return items.every((item, i) => item === work.items[i]) ? work : { ...work, items };
}
