import { describe, expect, it } from 'vitest';
import { fixPassages } from './fix-passages.ts';

const ARTICLE = 'Xi went to Moscow.\u00a0Putin met him at the Kremlin. Then Xi went home.';
/** An events file around one event's passages, written as a person might (two spaces, LF, or as given). */
const file = (passages: string, eol = '\n') =>
	['{', '  "events": [', '    {', '      "id": "visit",', `      "passages": [${passages}]`, '    }', '  ],', '  "undatable": []', '}', ''].join(eol);

describe('fixPassages', () => {
	it('anchors a bare quote, adding positions and context around what was there', () => {
		const { text, fixes } = fixPassages(file('\n        {\n          "exact": "Putin met him"\n        }\n      '), ARTICLE, 'article.txt');
		expect(text).toBe(
			file('\n        {\n          "start": 19,\n          "end": 32,\n          "exact": "Putin met him",\n          "prefix": "Xi went to Moscow.\u00a0",\n          "suffix": " at the Kremlin. Then Xi went ho"\n        }\n      ')
		);
		expect(JSON.parse(text).events[0].passages[0]).toEqual({ start: 19, end: 32, exact: 'Putin met him', prefix: 'Xi went to Moscow.\u00a0', suffix: ' at the Kremlin. Then Xi went ho' });
		expect(fixes).toEqual([{ event: 'visit', field: 'passages.0', fixed: true, message: 'anchored at 19–32' }]);
	});

	it('keeps every other field, unknown and misspelt ones too, and a context already written', () => {
		const before = file('{ "note": "from the lede", "exact": "the Kremlin", "sufix": ".", "prefix": "him at " }');
		const { text } = fixPassages(before, ARTICLE, 'article.txt');
		expect(text).toBe(file('{ "start": 36, "end": 47, "note": "from the lede", "exact": "the Kremlin", "suffix": ". Then Xi went home.", "sufix": ".", "prefix": "him at " }'));
	});

	it('keeps CRLF line endings, \\u00a0 escapes and everything it did not touch, byte for byte', () => {
		const before = file('\r\n        { "exact": "Putin", "prefix": "Moscow.\\u00a0" },\r\n        { "start": 3, "end": 9, "exact": "went to", "prefix": "Xi ", "suffix": " Moscow" }\r\n      ', '\r\n');
		const { text, fixes } = fixPassages(before, ARTICLE, 'article.txt');
		expect(text).toBe(
			file(
				'\r\n        { "start": 19, "end": 24, "exact": "Putin", "suffix": " met him at the Kremlin. Then Xi", "prefix": "Moscow.\\u00a0" },\r\n        { "start": 3, "end": 10, "exact": "went to", "prefix": "Xi ", "suffix": " Moscow" }\r\n      ',
				'\r\n'
			)
		);
		expect(fixes.map((fix) => fix.message)).toEqual(['anchored at 19–24', 'moved from 3–9 to 3–10']);
	});

	it('writes context with \\u00a0 escaped when the file escapes it', () => {
		const { text } = fixPassages(file('{ "exact": "Putin met", "note": "\\u00a0" }'), ARTICLE, 'article.txt');
		expect(text).toContain('"prefix": "Xi went to Moscow.\\u00a0"');
	});

	it.each([
		['occurs twice', '{ "exact": "Xi went" }', 'not anchored: quote "Xi went" occurs 2 times in article.txt (at 0, 54) and its prefix/suffix do not tell which'],
		['occurs many times', '{ "exact": "e" }', /^not anchored: quote "e" occurs \d+ times in article\.txt/],
		['is not in the article', '{ "exact": "Beijing" }', 'not anchored: quote "Beijing" not found in article.txt'],
		['is not in the article, but for a plain space', '{ "exact": "Moscow. Putin" }', /not found in article\.txt; it differs from article\.txt only in a no-break space/]
	])('leaves a quote that %s, and says why', (_name, passage, message) => {
		const before = file(passage);
		const { text, fixes } = fixPassages(before, ARTICLE, 'article.txt');
		expect(text).toBe(before);
		expect(fixes).toEqual([expect.objectContaining({ fixed: false, message: typeof message === 'string' ? message : expect.stringMatching(message) })]);
	});

	it('counts overlapping occurrences: "aa" is twice in "aaa"', () => {
		const { fixes } = fixPassages(file('{ "exact": "aa" }'), 'aaa', 'article.txt');
		expect(fixes[0]?.message).toBe('not anchored: quote "aa" occurs 2 times in article.txt (at 0, 1) and its prefix/suffix do not tell which');
	});

	it.each([
		['passages that are not a list', '"passages": "Putin"'],
		['a null passage', '"passages": [null, 7, "Putin", []]'],
		['a passage without a quote', '"passages": [{ "start": 1 }]'],
		['a quote of white space', '"passages": [{ "exact": "  " }]'],
		['positions of the wrong type', '"passages": [{ "start": "1", "end": 3, "exact": "Putin" }]'],
		['a key written twice', '"passages": [{ "exact": "Putin", "exact": "Kremlin" }]']
	])('leaves %s alone, for validation to report', (_name, passages) => {
		const before = `{ "events": [{ "id": "visit", ${passages} }], "undatable": [null] }`;
		expect(fixPassages(before, ARTICLE, 'article.txt')).toEqual({ text: before, fixes: [] });
	});

	it.each([['not JSON', '{ "events": ['], ['empty', ''], ['an array', '[]']])('leaves a file that is %s alone', (_name, before) => {
		expect(fixPassages(before, ARTICLE, 'article.txt')).toEqual({ text: before, fixes: [] });
	});

	it('keeps a byte-order mark where it was', () => {
		const { text } = fixPassages('\ufeff' + file('{ "exact": "Putin" }'), ARTICLE, 'article.txt');
		expect(text.startsWith('\ufeff{')).toBe(true);
		expect(text).toContain('"start": 19');
	});
});
