import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string, protect: string[] = []) =>
	splitSentences(
		text,
		protect.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }))
	).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
	it.each<[string, string[]]>([
		['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
		['It opened on Feb. 24, 2022 in Oslo. Then it closed.', ['It opened on Feb. 24, 2022 in Oslo.', 'Then it closed.']],
		['The hall, built c. 1850, burned. It was rebuilt.', ['The hall, built c. 1850, burned.', 'It was rebuilt.']],
		['A headline without a stop\n\n  The first paragraph.  ', ['A headline without a stop', 'The first paragraph.']],
		['He said “We left.” Then we came.', ['He said “We left.”', 'Then we came.']],
		['Rome fell in 476 A.D. when the last emperor left. Then?', ['Rome fell in 476 A.D. when the last emperor left.', 'Then?']],
		['The letter was signed by John F. Kennedy in 1961. It was lost.', ['The letter was signed by John F. Kennedy in 1961.', 'It was lost.']],
		['The figure is on p. XII of the report. It is blurred.', ['The figure is on p. XII of the report.', 'It is blurred.']],
		['He asked “why?” and left. Then it rained.', ['He asked “why?” and left.', 'Then it rained.']],
		// A line break ends a sentence even before a word in lower case, blank lines or not.
		['Breaking news\nofficials said it rained.', ['Breaking news', 'officials said it rained.']],
		['Breaking news\n\nofficials said it rained.', ['Breaking news', 'officials said it rained.']],
		['', []]
	])('%s', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('never cuts inside a time expression', () => {
		const text = 'It was founded in 753 B.C. Romulus was king.';
		expect(split(text)).toHaveLength(2);
		expect(split(text, ['753 B.C. Romulus'])).toEqual([text]);
	});

	it('cuts where a time expression starts or ends: only a boundary inside one is kept whole', () => {
		expect(split('It rained. Monday was dry.', ['Monday'])).toEqual(['It rained.', 'Monday was dry.']);
		expect(split('It rained. Monday was dry.', ['rained. '])).toEqual(['It rained.', 'Monday was dry.']);
	});

	it('gives positions without the white space around a sentence', () => {
		const [first, second] = splitSentences('  One.   Two.\n');
		expect([first, second]).toEqual([{ start: 2, end: 6 }, { start: 9, end: 13 }]);
	});
});
