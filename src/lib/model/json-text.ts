/**
 * A JSON file as a person wrote it, read strictly and explained: a byte-order mark, an empty file, a syntax error
 * (with its line and column) and a key written twice in one object (which `JSON.parse` silently resolves to the
 * last) are each one problem. The syntax tree comes from jsonc-parser, the editor's own JSON parser, which keeps
 * the offset of every value; the value itself from `JSON.parse`.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export interface JsonProblem {
	/** Where in the value the problem is, when it is inside it. */
	path?: JsonPath;
	message: string;
}

/** What a syntax error means, in words (jsonc-parser names them in code). */
const SYNTAX: Record<string, string> = {
	InvalidSymbol: 'an unexpected character',
	InvalidNumberFormat: 'a malformed number',
	PropertyNameExpected: 'a field name in double quotes was expected (a trailing comma?)',
	ValueExpected: 'a value was expected (a trailing comma?)',
	ColonExpected: 'a colon was expected',
	CommaExpected: 'a comma was expected',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'nothing may follow the JSON value',
	InvalidCommentToken: 'comments are not JSON',
	UnexpectedEndOfComment: 'comments are not JSON',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'a number is cut short',
	InvalidUnicode: 'a malformed \\u escape',
	InvalidEscapeCharacter: 'a malformed escape (\\)',
	InvalidCharacter: 'a control character (a raw tab or line break?) inside a string'
};

/** `line 3, column 14` of an offset into `text`, counting from 1. */
function lineColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Parses `content`; `json` is undefined when it cannot be read as JSON at all. */
export function parseJsonText(content: string): { json: unknown; problems: JsonProblem[] } {
	const problems: JsonProblem[] = [];
	let text = content;
	if (text.startsWith('\ufeff')) {
		problems.push({ message: 'starts with a byte-order mark (U+FEFF), which JSON does not allow: save it as UTF-8 without one' });
		text = text.slice(1);
	}
	if (text.trim() === '') return { json: undefined, problems: [...problems, { message: 'is empty: expected a JSON object' }] };
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	const [first] = errors;
	if (first !== undefined || tree === undefined) {
		const what = first ? (SYNTAX[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : 'no value';
		return { json: undefined, problems: [...problems, { message: `is not valid JSON: ${what} at ${lineColumn(text, first?.offset ?? 0)}` }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { json: undefined, problems: [...problems, { message: `is not valid JSON: ${(error as Error).message.slice(0, 200)}` }] };
	}
	findDuplicateKeys(tree, [], text, problems);
	return { json, problems };
}

function findDuplicateKeys(node: Node, path: JsonPath, text: string, problems: JsonProblem[]): void {
	if (node.type === 'array') node.children?.forEach((child, i) => findDuplicateKeys(child, [...path, i], text, problems));
	if (node.type !== 'object') return;
	const seen = new Set<string>();
	for (const property of node.children ?? []) {
		const [key, value] = property.children ?? [];
		if (key === undefined) continue;
		const name = String(key.value);
		if (seen.has(name))
			problems.push({
				path: [...path, name],
				message: `is written twice in one object (again at ${lineColumn(text, key.offset)}): JSON keeps only the last, so remove one`
			});
		seen.add(name);
		if (value) findDuplicateKeys(value, [...path, name], text, problems);
	}
}
