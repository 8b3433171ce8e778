/**
 * A date given through another event ("after the invasion", "since the outbreak of the war"), as Markwhen's
 * `after !id`: the relation and the other event's date make the choice. The studio keeps the relation, so the
 * date follows when the other event's date is corrected; the exported data holds only the EDTF.
 */
import type { EdtfDate } from '../dates/edtf.ts';
import { choiceFromEdtf, pointChoice, type DateChoice, type PointChoice } from './date-choice.ts';

export type Relation = 'after' | 'before' | 'since' | 'until' | 'during';

/** In the order the editor offers them, with how each reads before the other event's title. */
export const RELATIONS: readonly { relation: Relation; label: string }[] = [
	{ relation: 'after', label: 'once, after' },
	{ relation: 'before', label: 'once, before' },
	{ relation: 'since', label: 'lasting since' },
	{ relation: 'until', label: 'lasting until' },
	{ relation: 'during', label: 'at the same time as' }
];

export type RelativeOutcome = { ok: true; choice: DateChoice } | { ok: false; problem: string };

/** The choice `relation` to an event dated `reference` (parsed), whose title names it in messages. */
export function relativeChoice(relation: Relation, reference: EdtfDate, title: string): RelativeOutcome {
	const first = reference.kind === 'point' ? reference.point : reference.start;
	const last = reference.kind === 'point' ? reference.point : reference.end;
	const need = (point: typeof first, side: string, build: (p: PointChoice) => DateChoice): RelativeOutcome =>
		point === null ? { ok: false, problem: `“${title}” has no ${side} date (${reference.text})` } : { ok: true, choice: build(pointChoice(point)) };
	switch (relation) {
		case 'after':
			return need(first, 'start', (p) => ({ shape: 'between', start: p, end: null, qualifier: null }));
		case 'before':
			return need(last, 'end', (p) => ({ shape: 'between', start: null, end: p, qualifier: null }));
		case 'since':
			return need(first, 'start', (p) => ({ shape: 'span', start: p, end: null, qualifier: null }));
		case 'until':
			return need(last, 'end', (p) => ({ shape: 'span', start: null, end: p, qualifier: null }));
		case 'during': {
			const read = choiceFromEdtf(reference.text);
			return read.ok ? { ok: true, choice: read.choice } : read;
		}
	}
}
