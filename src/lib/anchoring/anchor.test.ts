import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	anchorPassage,
	CONTEXT_LENGTH,
	MAX_CONTEXT_LENGTH,
	MAX_OCCURRENCES,
	describePassage,
	locateQuote,
	selectQuote,
	type PassageSelector
} from './anchor.ts';

const article = readFileSync(
	new URL('../../../data/xi-visit-russia-2023/article.txt', import.meta.url),
	'utf8'
);

const EMOJI = '😀'; // two UTF-16 code units: a high then a low surrogate
const NBSP = '\u00a0';

/** A selector whose positions no longer hold the quote, as after an edit elsewhere in the text. */
function staleSelector(start: number, exact: string, prefix = '', suffix = ''): PassageSelector {
	return { start, end: start + exact.length, exact, prefix, suffix };
}

describe('describePassage', () => {
	it.each([
		{
			name: 'at the start of the text',
			text: 'Xi arrived in Moscow.',
			start: 0,
			end: 2,
			contextLength: undefined,
			expected: { prefix: '', exact: 'Xi', suffix: ' arrived in Moscow.' }
		},
		{
			name: 'at the end of the text',
			text: 'Xi arrived in Moscow.',
			start: 14,
			end: 21,
			contextLength: undefined,
			expected: { prefix: 'Xi arrived in ', exact: 'Moscow.', suffix: '' }
		},
		{
			name: 'cutting context to CONTEXT_LENGTH by default',
			text: 'a'.repeat(40) + 'X' + 'b'.repeat(40),
			start: 40,
			end: 41,
			contextLength: undefined,
			expected: { prefix: 'a'.repeat(CONTEXT_LENGTH), exact: 'X', suffix: 'b'.repeat(CONTEXT_LENGTH) }
		},
		{
			name: 'cutting context to a given length',
			text: 'abcdefghij',
			start: 4,
			end: 6,
			contextLength: 3,
			expected: { prefix: 'bcd', exact: 'ef', suffix: 'ghi' }
		},
		{
			name: 'with no context when asked for none',
			text: 'abcdefghij',
			start: 4,
			end: 6,
			contextLength: 0,
			expected: { prefix: '', exact: 'ef', suffix: '' }
		},
		{
			name: 'dropping an emoji the prefix cut would halve',
			text: EMOJI + 'a'.repeat(31) + 'X',
			start: 33,
			end: 34,
			contextLength: undefined,
			expected: { prefix: 'a'.repeat(31), exact: 'X', suffix: '' }
		},
		{
			name: 'keeping an emoji that starts exactly at the prefix cut',
			text: 'a' + EMOJI + 'a'.repeat(30) + 'X',
			start: 33,
			end: 34,
			contextLength: undefined,
			expected: { prefix: EMOJI + 'a'.repeat(30), exact: 'X', suffix: '' }
		},
		{
			name: 'dropping an emoji the suffix cut would halve',
			text: 'X' + 'b'.repeat(31) + EMOJI,
			start: 0,
			end: 1,
			contextLength: undefined,
			expected: { prefix: '', exact: 'X', suffix: 'b'.repeat(31) }
		},
		{
			name: 'keeping an emoji that ends exactly at the suffix cut',
			text: 'X' + 'b'.repeat(30) + EMOJI + 'b',
			start: 0,
			end: 1,
			contextLength: undefined,
			expected: { prefix: '', exact: 'X', suffix: 'b'.repeat(30) + EMOJI }
		},
		{
			name: 'keeping no-break spaces, double spaces and curly quotes as they are',
			text: `level.${NBSP} But “Xi”${NBSP}himself  admires Putin`,
			start: 12,
			end: 33,
			contextLength: 6,
			expected: { prefix: `${NBSP} But `, exact: `“Xi”${NBSP}himself  admires`, suffix: ' Putin' }
		}
	])('describes a passage $name', ({ text, start, end, contextLength, expected }) => {
		expect(describePassage(text, start, end, contextLength)).toEqual({ start, end, ...expected });
	});

	it.each([
		{ name: 'a negative start', text: 'abcdef', start: -1, end: 2 },
		{ name: 'an empty passage', text: 'abcdef', start: 3, end: 3 },
		{ name: 'a reversed passage', text: 'abcdef', start: 4, end: 2 },
		{ name: 'an end past the text', text: 'abcdef', start: 2, end: 7 },
		{ name: 'a fractional start', text: 'abcdef', start: 0.5, end: 2 },
		{ name: 'a NaN start', text: 'abcdef', start: Number.NaN, end: 2 },
		{ name: 'an infinite end', text: 'abcdef', start: 0, end: Number.POSITIVE_INFINITY },
		{ name: 'a start inside an emoji', text: `a${EMOJI}b`, start: 2, end: 4 },
		{ name: 'an end inside an emoji', text: `a${EMOJI}b`, start: 0, end: 2 }
	])('rejects $name', ({ text, start, end }) => {
		expect(() => describePassage(text, start, end)).toThrow(RangeError);
	});

	it.each([-1, 1.5, Number.NaN])('rejects a context length of %s', (contextLength) => {
		expect(() => describePassage('abcdef', 1, 2, contextLength)).toThrow(RangeError);
	});
});

describe('anchorPassage', () => {
	const text = 'Xi went to Moscow. Putin met him at the Kremlin.';

	it.each([
		{ name: 'the first word', start: 0, end: 2 },
		{ name: 'a middle phrase', start: 19, end: 33 },
		{ name: 'the last word', start: 40, end: 48 }
	])('keeps the positions of $name when the text is unchanged', ({ start, end }) => {
		expect(anchorPassage(text, describePassage(text, start, end))).toEqual({
			status: 'exact',
			start,
			end
		});
	});

	it('trusts positions that still hold the quote even when its context has changed', () => {
		const selector = { ...selectQuote(text, 'Putin'), prefix: 'unrelated ', suffix: ' unrelated' };
		expect(anchorPassage(text, selector)).toEqual({ status: 'exact', start: 19, end: 24 });
	});

	it.each([
		{ name: 'inserted before the passage', edited: 'Last March, ' + text, shift: 12 },
		{ name: 'replaced before the passage', edited: text.replace('went', 'travelled'), shift: 5 },
		{ name: 'deleted before the passage', edited: text.replace(' to Moscow', ''), shift: -10 }
	])('re-anchors after text was $name (shift $shift)', ({ edited, shift }) => {
		const selector = selectQuote(text, 'the Kremlin');
		expect(anchorPassage(edited, selector)).toEqual({
			status: 'moved',
			start: selector.start + shift,
			end: selector.end + shift,
			from: { start: selector.start, end: selector.end }
		});
	});

	it('re-anchors when the old positions lie beyond the shortened text', () => {
		expect(anchorPassage('the Kremlin', selectQuote(text, 'the Kremlin'))).toMatchObject({
			status: 'moved',
			start: 0,
			end: 11
		});
	});

	it('does not read negative positions from the end of the text', () => {
		// 'Kremlin' is text.slice(-8, -1), yet -8 is not a position in the text.
		expect(anchorPassage(text, staleSelector(-8, 'Kremlin'))).toMatchObject({
			status: 'moved',
			start: 40
		});
	});

	it.each([
		{
			name: 'its prefix, against proximity',
			text: 'Spring: Xi went to Moscow. Autumn: Xi went to Moscow.',
			selector: staleSelector(9, 'Xi went to Moscow', 'Autumn: ', '.'),
			expectedStart: 35
		},
		{
			name: 'its suffix, against proximity',
			text: 'Xi went to Moscow in March. Xi went to Moscow in June.',
			selector: staleSelector(1, 'Xi went to Moscow', '', ' in June.'),
			expectedStart: 28
		},
		{
			name: 'proximity among equally good contexts',
			text: 'Xi went to Moscow. Xi went to Moscow. Xi went to Moscow.',
			selector: staleSelector(36, 'Xi went to Moscow', '. ', '.'),
			expectedStart: 38
		},
		{
			name: 'context before proximity when only some occurrences match',
			text: 'Kyiv // Kyiv // Kyiv',
			selector: staleSelector(12, 'Kyiv', '', ' // '),
			expectedStart: 8
		}
	])('picks the repeated quote that matches by $name', ({ text, selector, expectedStart }) => {
		expect(anchorPassage(text, selector)).toMatchObject({ status: 'moved', start: expectedStart });
	});

	it.each([
		{ name: 'between two occurrences', text: 'Kyiv // Kyiv', start: 4, candidates: [0, 8] },
		{ name: 'between the first two of three', text: 'Kyiv // Kyiv // Kyiv', start: 4, candidates: [0, 8, 16] },
		{ name: 'between the last two of three', text: 'Kyiv // Kyiv // Kyiv', start: 12, candidates: [0, 8, 16] }
	])('reports a quote equally far $name as ambiguous', ({ text, start, candidates }) => {
		expect(anchorPassage(text, staleSelector(start, 'Kyiv'))).toEqual({ status: 'ambiguous', candidates, more: false });
	});

	it('ranks overlapping occurrences too: "aa" in "aaa"', () => {
		expect(anchorPassage('aaa', staleSelector(5, 'aa'))).toEqual({ status: 'moved', start: 1, end: 3, from: { start: 5, end: 7 } });
	});

	it(`compares only the ${MAX_CONTEXT_LENGTH} units of context nearest the quote`, () => {
		// The far end of this prefix matches the text before the second occurrence only; it is not read.
		const near = 'x'.repeat(MAX_CONTEXT_LENGTH);
		const text = `A${near}Kyiv ... B${near}Kyiv`;
		const selector = { ...staleSelector(0, 'Kyiv'), prefix: `B${near}` };
		expect(anchorPassage(text, selector)).toMatchObject({ status: 'moved', start: 1 + MAX_CONTEXT_LENGTH });
	});

	it('anchors against 100,000-unit contexts in a text of 200,000 "a"s without comparing them all', () => {
		// The attack of issue #11: 2 × 10^10 comparisons before, a frozen page for 25 s. Now the quote occurs
		// too often to rank, which is found after MAX_OCCURRENCES + 1 occurrences.
		const context = 'a'.repeat(100_000);
		const result = anchorPassage('a'.repeat(200_000), { start: 300_000, end: 300_002, exact: 'aa', prefix: context, suffix: context });
		expect(result).toMatchObject({ status: 'ambiguous', more: true });
		expect(result.status === 'ambiguous' && result.candidates).toHaveLength(MAX_OCCURRENCES);
	});

	it.each([
		{ name: 'a deleted passage', exact: 'in Beijing', inText: '' },
		{ name: 'straight instead of curly quotes', exact: '"Xi"', inText: '“Xi”' },
		{ name: 'a plain space instead of a no-break space', exact: 'to Moscow', inText: `to${NBSP}Moscow` },
		{ name: 'a change of case', exact: 'then', inText: 'Then' }
	])('reports $name as missing (no fuzzy matching)', ({ exact, inText }) => {
		const edited = `Then “Xi”${NBSP}went to${NBSP}Moscow.`;
		expect(edited).toContain(inText);
		expect(anchorPassage(edited, staleSelector(1, exact))).toEqual({ status: 'missing' });
	});

	it('rejects an empty quote, which would match everywhere', () => {
		expect(() => anchorPassage(text, staleSelector(0, ''))).toThrow(RangeError);
	});
});

describe('locateQuote', () => {
	it.each<[string, string, string, unknown]>([
		['once', 'Xi went to Moscow.', 'Moscow', { status: 'found', selector: describePassage('Xi went to Moscow.', 11, 17) }],
		['nowhere', 'Xi went to Moscow.', 'Beijing', { status: 'missing' }],
		['twice', 'Kyiv // Kyiv', 'Kyiv', { status: 'ambiguous', candidates: [0, 8], more: false }],
		// Splitting "aaa" at "aa" finds one piece of text between them; the quote still starts at 0 and at 1.
		['overlapping itself', 'aaa', 'aa', { status: 'ambiguous', candidates: [0, 1], more: false }]
	])('a quote that occurs %s', (_name, text, exact, expected) => {
		expect(locateQuote(text, exact)).toEqual(expected);
	});
});

describe('selectQuote', () => {
	const text = 'Xi went to Moscow. Xi met Putin. Xi went home.';

	it.each([
		{ exact: 'Xi', occurrence: undefined, start: 0 },
		{ exact: 'Xi', occurrence: 1, start: 0 },
		{ exact: 'Xi', occurrence: 2, start: 19 },
		{ exact: 'Xi', occurrence: 3, start: 33 },
		{ exact: 'Xi went', occurrence: 2, start: 33 },
		{ exact: 'went', occurrence: 2, start: 36 }
	])('selects occurrence $occurrence of "$exact"', ({ exact, occurrence, start }) => {
		expect(selectQuote(text, exact, occurrence)).toEqual(
			describePassage(text, start, start + exact.length)
		);
	});

	it.each([
		{ exact: 'Beijing', occurrence: 1, message: 'quote "Beijing" not found in the text' },
		{ exact: 'Putin', occurrence: 2, message: 'quote "Putin" occurs once, so it has no occurrence 2' },
		{ exact: 'Xi', occurrence: 4, message: 'quote "Xi" occurs 3 times, so it has no occurrence 4' }
	])('refuses occurrence $occurrence of "$exact"', ({ exact, occurrence, message }) => {
		expect(() => selectQuote(text, exact, occurrence)).toThrow(message);
	});

	it('counts overlapping occurrences, as anchorPassage does', () => {
		expect(selectQuote('aaaa', 'aa', 3)).toMatchObject({ start: 2, end: 4 });
	});

	it.each([0, -1, 1.5])('rejects occurrence %s, as occurrences count from 1', (occurrence) => {
		expect(() => selectQuote(text, 'Xi', occurrence)).toThrow(RangeError);
	});

	it('rejects an empty quote', () => {
		expect(() => selectQuote(text, '')).toThrow(RangeError);
	});
});

describe('the real article', () => {
	/** Sentence-ish spans: from a non-space character up to the next full stop, ! or ? or line end. */
	const sentences = [...article.matchAll(/[^\s.!?][^.!?\n]*[.!?]?/g)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		preview: match[0].slice(0, 40)
	}));

	it('has no-break spaces and curly quotes, and enough sentences to be worth testing', () => {
		expect(article).toContain(NBSP);
		expect(article).toContain('“');
		expect(sentences.length).toBeGreaterThan(40);
	});

	it.each(sentences)('anchors $start–$end "$preview…" exactly', ({ start, end }) => {
		const selector = describePassage(article, start, end);
		expect(selector.exact).toBe(article.slice(start, end));
		expect(anchorPassage(article, selector)).toEqual({ status: 'exact', start, end });
	});

	it('re-anchors every displaced word after an insertion long enough that proximity alone would mislead', () => {
		// Repeated words such as "the" are found again only through their context.
		const insertion = 'Editor’s note: this piece was first published elsewhere. '.repeat(6);
		const edited = insertion + article;
		const words = [...article.matchAll(/[\p{L}\p{N}]+/gu)].map((match) =>
			describePassage(article, match.index, match.index + match[0].length)
		);
		// A few old positions happen to hold the same word again in the edited
		// text; those are trusted as 'exact' by design, so only the rest count.
		const displaced = words.filter(({ start, end, exact }) => edited.slice(start, end) !== exact);
		const misplaced = displaced
			.filter((selector) => {
				const result = anchorPassage(edited, selector);
				return result.status !== 'moved' || result.start !== selector.start + insertion.length;
			})
			.map((selector) => `${selector.start} ${selector.exact}`);
		expect(displaced.length).toBeGreaterThan(words.length * 0.9);
		expect(misplaced).toEqual([]);
	});

	it.each([
		{ occurrence: 1, precededBy: 'ent\n\n' },
		{ occurrence: 2, precededBy: `e.\n\n${NBSP}` },
		{ occurrence: 3, precededBy: `e.\n\n${NBSP}` }
	])('selects occurrence $occurrence of a repeated sentence opening', ({ occurrence, precededBy }) => {
		const selector = selectQuote(article, 'The visit of Chinese President “Xi Jinping” to Russia', occurrence);
		expect(selector.prefix.endsWith(precededBy)).toBe(true);
		expect(anchorPassage(article, selector)).toMatchObject({ status: 'exact' });
	});
});
