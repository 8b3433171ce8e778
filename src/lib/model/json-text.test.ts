import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.ts';

describe('parseJsonText', () => {
	it.each<[string, string, unknown, { path?: (string | number)[]; message: RegExp }[]]>([
		['valid JSON', '{ "a": [1, 2] }', { a: [1, 2] }, []],
		['a byte-order mark, then valid JSON', '\ufeff{ "a": 1 }', { a: 1 }, [{ message: /^starts with a byte-order mark \(U\+FEFF\), which JSON does not allow/ }]],
		['an empty file', '', undefined, [{ message: /^is empty: expected a JSON object$/ }]],
		['white space only', ' \n\t', undefined, [{ message: /^is empty/ }]],
		['a trailing comma', '{\n  "a": 1,\n}', undefined, [{ message: /^is not valid JSON: a field name in double quotes was expected \(a trailing comma\?\) at line 3, column 1$/ }]],
		['a comment', '{ "a": 1 // no\n}', undefined, [{ message: /^is not valid JSON: comments are not JSON at line 1, column 10$/ }]],
		['an unclosed string', '{ "a": "one }', undefined, [{ message: /^is not valid JSON: a string is not closed at line 1, column 8$/ }]],
		['a raw line break in a string', '{ "a": "one\ntwo" }', undefined, [{ message: /^is not valid JSON: / }]],
		['a second value', '{} {}', undefined, [{ message: /^is not valid JSON: nothing may follow the JSON value at line 1, column 4$/ }]],
		[
			'a key written twice, deep inside',
			'{ "events": [{ "id": "x" }, { "id": "y",\n "title": "A", "title": "B" }] }',
			{ events: [{ id: 'x' }, { id: 'y', title: 'B' }] },
			[{ path: ['events', 1, 'title'], message: /^is written twice in one object \(again at line 2, column 16\): JSON keeps only the last, so remove one$/ }]
		]
	])('%s', (_name, text, json, problems) => {
		const result = parseJsonText(text);
		expect(result.json).toEqual(json);
		expect(result.problems).toEqual(problems.map((p) => ({ ...(p.path ? { path: p.path } : {}), message: expect.stringMatching(p.message) })));
	});

	it.each([
		['a missing colon', '{"a" 1}', 'a colon was expected at line 1, column 6'],
		['a missing comma', '{"a": 1 "b": 2}', 'a comma was expected at line 1, column 9'],
		['an unclosed object', '{"a": 1', 'a closing } was expected at line 1, column 8'],
		['an unclosed list', '[1, 2', 'a closing ] was expected at line 1, column 6'],
		['an unclosed comment', '{"a": 1 /* x', 'comments are not JSON at line 1, column 9'],
		['a number cut short', '{"a": 1.}', 'a number is cut short at line 1, column 7'],
		['a sign alone', '{"a": -}', 'an unexpected character at line 1, column 7'],
		['a short \\u escape', '{"a": "\\u12"}', 'a malformed \\u escape at line 1, column 7'],
		['an unknown escape', '{"a": "\\x"}', 'a malformed escape (\\) at line 1, column 7'],
		['a raw tab in a string', '{"a": "x\ty"}', 'a control character (a raw tab or line break?) inside a string at line 1, column 7']
	])('names the syntax error in words: %s', (_name, text, what) => {
		expect(parseJsonText(text)).toStrictEqual({ json: undefined, problems: [{ message: `is not valid JSON: ${what}` }] });
	});

	it('keeps a key named __proto__ as data, as JSON.parse does', () => {
		const { json } = parseJsonText('{ "__proto__": { "name": "x" } }');
		expect(Object.hasOwn(json as object, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
	});
});
