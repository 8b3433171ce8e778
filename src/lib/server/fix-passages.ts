/**
 * `npm run validate -- --fix`: anchors the passages written as a bare quote (`{ "exact": "…" }`), adding
 * `start`, `end` and whichever of `prefix` and `suffix` is missing, and saves the new positions of passages
 * whose text moved. It edits the file's text in place: every other byte stays as it was (other fields, unknown
 * or misspelt ones included, key order, indentation, line endings, escapes such as `\u00a0`), and a passage it
 * cannot anchor for certain, or of the wrong shape, is left for validation to report.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { anchorPassage, locateQuote } from '../anchoring/anchor.ts';
import { describeAnchorProblem } from '../anchoring/problems.ts';
import { EVENT_LISTS, entryName } from '../model/issues.ts';
import { parseJsonText } from '../model/json-text.ts';
import { isRecord } from '../model/record.ts';

/** What was done to one passage, or why it was left alone. */
export interface PassageFix {
	event: string;
	field: string;
	fixed: boolean;
	message: string;
}

interface Edit {
	offset: number;
	length: number;
	content: string;
}


/** The events file's text with its passages anchored in `article`, and what was done. */
export function fixPassages(eventsText: string, article: string, articleName: string): { text: string; fixes: PassageFix[] } {
	const bom = eventsText.startsWith('\ufeff') ? '\ufeff' : '';
	const text = eventsText.slice(bom.length);
	const { json } = parseJsonText(text);
	const tree = json === undefined ? undefined : parseTree(text);
	if (!isRecord(json) || tree === undefined) return { text: eventsText, fixes: [] };
	const style = { eol: text.includes('\r\n') ? '\r\n' : '\n', escapeNbsp: /\\u00a0/i.test(text) };
	const edits: Edit[] = [];
	const fixes: PassageFix[] = [];

	for (const list of EVENT_LISTS) {
		const entries = json[list];
		if (!Array.isArray(entries)) continue;
		entries.forEach((entry, index) => {
			if (!isRecord(entry) || !Array.isArray(entry.passages)) return;
			entry.passages.forEach((passage, i) => {
				const node = findNodeAtLocation(tree, [list, index, 'passages', i]);
				if (!isRecord(passage) || node === undefined || hasDuplicateKeys(node)) return;
				const note = (fixed: boolean, message: string) => fixes.push({ event: entryName(list, index, entry), field: `passages.${i}`, fixed, message });
				const passageEdits = fixPassage(passage, node, text, article, articleName, style, note);
				edits.push(...passageEdits);
			});
		});
	}
	// From the end, so each edit's offset still points into the text as it was.
	const fixed = edits.sort((a, b) => b.offset - a.offset).reduce((result, edit) => result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length), text);
	return { text: bom + fixed, fixes };
}

function fixPassage(
	passage: Record<string, unknown>,
	node: Node,
	text: string,
	article: string,
	articleName: string,
	style: { eol: string; escapeNbsp: boolean },
	note: (fixed: boolean, message: string) => void
): Edit[] {
	const { exact, start, end } = passage;
	if (typeof exact !== 'string' || !/\S/.test(exact)) return [];
	const property = (key: string) => node.children?.find((child) => child.children?.[0]?.value === key);
	const string = (value: string) => {
		const json = JSON.stringify(value);
		return style.escapeNbsp ? json.replaceAll('\u00a0', '\\u00a0') : json;
	};

	if (start === undefined && end === undefined) {
		const located = locateQuote(article, exact);
		if (located.status !== 'found') {
			note(false, `not anchored: ${describeAnchorProblem(located, { start: 0, end: 0, exact, prefix: '', suffix: '' }, article, articleName)}`);
			return [];
		}
		const { selector } = located;
		const first = node.children?.[0];
		const exactProperty = property('exact');
		if (first === undefined || exactProperty === undefined) return [];
		// The object's own layout: one property a line at its indentation, or all on one line.
		const opening = text.slice(node.offset + 1, first.offset);
		const separator = opening.includes('\n') ? `,${style.eol}${opening.slice(opening.lastIndexOf('\n') + 1)}` : ', ';
		const context = (['prefix', 'suffix'] as const).filter((key) => !(key in passage)).map((key) => `${separator}"${key}": ${string(selector[key])}`);
		note(true, `anchored at ${selector.start}–${selector.end}`);
		return [
			{ offset: first.offset, length: 0, content: `"start": ${selector.start}${separator}"end": ${selector.end}${separator}` },
			{ offset: exactProperty.offset + exactProperty.length, length: 0, content: context.join('') }
		];
	}

	if (!Number.isInteger(start) || !Number.isInteger(end)) return [];
	const selector = {
		start: start as number,
		end: end as number,
		exact,
		prefix: typeof passage.prefix === 'string' ? passage.prefix : '',
		suffix: typeof passage.suffix === 'string' ? passage.suffix : ''
	};
	const result = anchorPassage(article, selector);
	if (result.status === 'exact') return [];
	if (result.status !== 'moved') {
		note(false, `not moved: ${describeAnchorProblem(result, selector, article, articleName)}`);
		return [];
	}
	const startValue = property('start')?.children?.[1];
	const endValue = property('end')?.children?.[1];
	if (startValue === undefined || endValue === undefined) return [];
	note(true, `moved from ${selector.start}–${selector.end} to ${result.start}–${result.end}`);
	return [
		{ offset: startValue.offset, length: startValue.length, content: String(result.start) },
		{ offset: endValue.offset, length: endValue.length, content: String(result.end) }
	];
}

/** Where a key is written twice, which of the two a fix would touch is a guess: validation reports it instead. */
function hasDuplicateKeys(node: Node): boolean {
	const keys = (node.children ?? []).map((child) => child.children?.[0]?.value);
	return new Set(keys).size !== keys.length;
}
