/**
 * How the studio names an item's date in its list and editor: the label the timeline will show, or what is
 * missing. Cached per fields object: edits replace the object, so a cached label is never stale.
 */
import { tryParseEdtf } from '../dates/edtf.ts';
import { formatEdtf } from '../dates/format.ts';
import type { WorkItem } from './work.ts';

const labels = new WeakMap<WorkItem['fields'], string>();

export function dateLabel(item: WorkItem): string {
	if (item.kind === 'undatable') return 'cannot be placed';
	const known = labels.get(item.fields);
	if (known !== undefined) return known;
	const { date, qualifier } = item.fields;
	const parsed = date === '' ? undefined : tryParseEdtf(date);
	let label: string;
	if (parsed === undefined) label = 'no date yet';
	else if (!parsed.ok) label = 'date to fix';
	else {
		try {
			label = formatEdtf(parsed.value, qualifier);
		} catch {
			// A qualifier on an interval: the validator says so; the list shows the date without it.
			label = formatEdtf(parsed.value);
		}
	}
	labels.set(item.fields, label);
	return label;
}
