/**
 * A problem found in a dataset, and how it is written: one line naming the file, the event and the field.
 * Shared by the validator, the data folder reader and `--fix`, so every problem reads the same.
 */
import type * as v from 'valibot';

export interface ValidationIssue {
	severity: 'error' | 'warning';
	file: string;
	/** The event's id, when the issue belongs to one. */
	event?: string;
	/** Dotted path inside the event (or the file when there is no event): `passages.0.start`. */
	field?: string;
	message: string;
}

/** Keys of the lists whose entries are events (or undatable references), named by their id in messages. */
export const EVENT_LISTS = ['events', 'undatable'] as const;

/** Longest message kept whole; data quoted in a message is shortened before this, this is the last guard. */
const MAX_MESSAGE_LENGTH = 500;

export function formatIssue(issue: ValidationIssue): string {
	const where = [
		issue.file,
		issue.event === undefined ? undefined : `event "${issue.event}"`,
		issue.field === undefined ? undefined : `field "${issue.field}"`
	]
		.filter(Boolean)
		.join(', ');
	const message = issue.message.length > MAX_MESSAGE_LENGTH ? `${issue.message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : issue.message;
	return `${issue.severity}: ${where}: ${message}`;
}

/** How an entry of an event list is named: its id when it has a usable one, else its place (`events[3]`). */
export function entryName(list: string, index: number, entry: unknown): string {
	const id = (entry as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id !== '' && id.length <= 80 ? id : `${list}[${index}]`;
}

/** An issue at `path` in `json`: a path through an event list names the event and the field inside it. */
export function issueAt(
	file: string,
	json: unknown,
	path: readonly (string | number)[],
	message: string,
	severity: ValidationIssue['severity'] = 'error'
): ValidationIssue {
	const [list, index, ...rest] = path.map(String);
	const inEventList = list !== undefined && (EVENT_LISTS as readonly string[]).includes(list) && index !== undefined && /^\d+$/.test(index);
	if (!inEventList) return { severity, file, field: path.join('.') || undefined, message };
	const entry = (json as Record<string, unknown[] | undefined>)[list]?.[Number(index)];
	return { severity, file, event: entryName(list, Number(index), entry), field: rest.join('.') || undefined, message };
}

/**
 * valibot's issues as ours, naming the event by its id when the path runs through a list of events. valibot
 * stops at the first unknown key of an object; every other unknown key of that object is reported too.
 */
export function schemaIssues(schema: v.GenericSchema, result: v.SafeParseResult<v.GenericSchema>, json: unknown, file: string): ValidationIssue[] {
	if (result.success) return [];
	return result.issues.flatMap((issue) => {
		const path = (issue.path ?? []).map((item) => String(item.key));
		if (!isUnknownKey(issue)) return [issueAt(file, json, path, readableMessage(issue))];
		const object = issue.path?.at(-1)?.input as Record<string, unknown>;
		const known = entriesAt(schema, path.slice(0, -1));
		const unknown = known ? Object.keys(object).filter((key) => !Object.hasOwn(known, key)) : [path.at(-1)!];
		return unknown.map((key) => issueAt(file, json, [...path.slice(0, -1), key], `unknown field "${key.slice(0, 80)}": remove it or check its spelling`));
	});
}

const isUnknownKey = (issue: v.BaseIssue<unknown>) => issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never';

/** The entries of the object schema found by following `path` from `schema`, through arrays and records. */
function entriesAt(schema: v.GenericSchema, path: readonly string[]): Record<string, unknown> | undefined {
	let at: unknown = schema;
	for (const key of path) {
		const node = at as { type: string; entries?: Record<string, unknown>; item?: unknown; value?: unknown; wrapped?: unknown };
		at = node.entries ? node.entries[key] : (node.item ?? node.value);
		while ((at as { wrapped?: unknown } | undefined)?.wrapped) at = (at as { wrapped: unknown }).wrapped;
	}
	return (at as { entries?: Record<string, unknown> } | undefined)?.entries;
}

/** valibot's wording for a missing or unknown key is about keys; ours is about fields. */
function readableMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.input === undefined && issue.received === 'undefined') {
		const key = issue.path?.at(-1)?.key;
		if (key === 'undatable') return 'is missing: list the time references the article makes that cannot be placed, or write "undatable": [] when there are none';
		return `is missing (expected ${issue.expected})`;
	}
	return issue.message;
}
