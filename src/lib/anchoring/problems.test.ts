import { describe, expect, it } from 'vitest';
import type { AnchorResult, PassageSelector } from './anchor.ts';
import { describeAnchorProblem } from './problems.ts';

const EMOJI = '😀';
const staleSelector = (start: number, exact: string): PassageSelector => ({ start, end: start + exact.length, exact, prefix: '', suffix: '' });

describe('describeAnchorProblem', () => {
	const longQuote = 'a'.repeat(100);
	// A 59-unit preview would end with the first half of the emoji.
	const emojiAtCut = 'a'.repeat(58) + EMOJI + 'a'.repeat(10);

	it.each<{ name: string; result: AnchorResult; exact: string; message: string | null }>([
		{ name: 'no problem', result: { status: 'exact', start: 0, end: 5 }, exact: 'Putin', message: null },
		{
			name: 'a move',
			result: { status: 'moved', start: 125, end: 145, from: { start: 120, end: 140 } },
			exact: 'x'.repeat(20),
			message: 'moved from 120–140 to 125–145'
		},
		{
			name: 'a missing quote',
			result: { status: 'missing' },
			exact: 'Putin',
			message: 'quote "Putin" not found in the text'
		},
		{
			name: 'an ambiguous quote',
			result: { status: 'ambiguous', candidates: [0, 8, 16], more: false },
			exact: 'Kyiv',
			message: 'quote "Kyiv" occurs 3 times in the text (at 0, 8, 16) and its prefix/suffix do not tell which'
		},
		{
			name: 'a quote occurring too often, its positions cut short',
			result: { status: 'ambiguous', candidates: Array.from({ length: 10_000 }, (_, i) => i), more: true },
			exact: 'a',
			message: 'quote "a" occurs more than 10,000 times in the text (at 0, 1, 2, 3, 4, …), too often to re-anchor: lengthen it'
		},
		{
			name: 'many occurrences, the first five listed',
			result: { status: 'ambiguous', candidates: [0, 8, 16, 24, 32, 40, 48], more: false },
			exact: 'Kyiv',
			message: 'quote "Kyiv" occurs 7 times in the text (at 0, 8, 16, 24, 32, …) and its prefix/suffix do not tell which'
		},
		{
			name: 'a long quote, shortened',
			result: { status: 'missing' },
			exact: longQuote,
			message: `quote "${'a'.repeat(59)}…" not found in the text`
		},
		{
			name: 'a long quote, shortened before an emoji it would halve',
			result: { status: 'missing' },
			exact: emojiAtCut,
			message: `quote "${'a'.repeat(58)}…" not found in the text`
		}
	])('describes $name', ({ result, exact, message }) => {
		expect(describeAnchorProblem(result, staleSelector(0, exact), 'Xi went to Moscow.')).toBe(message);
	});
});

describe('a quote that is not in the text, but nearly', () => {
	const missing = (text: string, exact: string) => describeAnchorProblem({ status: 'missing' }, staleSelector(0, exact), text, 'article.txt');

	it.each([
		['straight quotation marks', 'He said “no” to it.', 'said "no"', 'curly against straight quotation marks'],
		['a straight apostrophe', 'Xi’s visit', "Xi's visit", 'curly against straight quotation marks'],
		['a plain space for a no-break space', 'to\u00a0Moscow', 'to Moscow', 'a no-break space against a plain space'],
		['LF in the quote, CRLF in the text', 'one.\r\nTwo', 'one.\nTwo', 'line endings (CRLF against LF)'],
		['NFD in the quote, NFC in the text', 'Zelenskyy in Kyiv, caf\u00e9 talk', 'cafe\u0301 talk', 'Unicode normalisation'],
		['NFC in the quote, NFD in the text', 'cafe\u0301 talk', 'caf\u00e9 talk', 'Unicode normalisation']
	])('names %s', (_name, text, exact, difference) => {
		expect(missing(text, exact)).toMatch(new RegExp(`not found in article\\.txt; it differs from article\\.txt only in ${difference.replace(/[()]/g, '\\$&')}`));
	});

	it('names each difference it needs, and only those', () => {
		expect(missing('“Xi”\u00a0went, then…', '"Xi" went')).toBe(
			'quote ""Xi" went" not found in article.txt; it differs from article.txt only in a no-break space against a plain space and curly against straight quotation marks'
		);
	});

	it('says nothing more when the words differ', () => {
		expect(missing('Xi went to Moscow.', 'Xi went to Beijing')).toBe('quote "Xi went to Beijing" not found in article.txt');
	});
});
