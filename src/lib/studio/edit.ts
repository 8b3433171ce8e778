/**
 * What an edit of a work is: a pure function from the work to the next one, or the reason it cannot be made, with
 * a label that says what was done (for undo and for screen readers). Every edit ends by bringing dates given
 * through another item up to date, so undoing an edit undoes what followed from it.
 */
import { followRelations } from './relations.ts';
import type { Work, WorkItem } from './work.ts';

export type EditResult = { ok: true; work: Work; label: string } | { ok: false; problem: string };
export type Edit = (work: Work) => EditResult;

export const done = (work: Work, label: string): EditResult => ({ ok: true, work: followRelations(work), label });
export const refuse = (problem: string): EditResult => ({ ok: false, problem });

/** An item as labels name it: its title in quotes, shortened. */
export const named = (item: WorkItem) => `“${item.fields.title.length > 60 ? `${item.fields.title.slice(0, 59)}…` : item.fields.title}”`;

/** An id not yet taken in the work: `base`, else `base-2`, `base-3`… */
export function uniqueId(work: Work, base: string): string {
	const taken = new Set(work.items.map((item) => item.fields.id));
	if (!taken.has(base)) return base;
	const stem = base.replace(/-\d+$/, '') || 'event';
	for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Two edits as one step (one undo): the second applies to the first's result, and names the step. */
export const together = (first: Edit, second: Edit): Edit => (work) => {
	const one = first(work);
	return one.ok ? second(one.work) : one;
};
