/**
 * What to tell a person about a passage that needs attention: bounded in length, whatever the data (a quote that
 * occurs 500,000 times lists five positions), and for a quote that is not in the text, the near miss when there
 * is one (curly for straight quotation marks, a no-break space, CRLF line ends, another Unicode normal form).
 */
import { MAX_OCCURRENCES, type AnchorResult, type PassageSelector } from './anchor.ts';
import { previewQuote, timesCount } from './quote-text.ts';

/** Positions listed in a message about an ambiguous quote; the rest are counted, so a message stays short. */
const LISTED_POSITIONS = 5;

/**
 * A human message, of bounded length, for a result that needs attention; null when the positions were exact.
 * `textName` says where the quote was looked for ("article.txt").
 */
export function describeAnchorProblem(result: AnchorResult, selector: PassageSelector, text: string, textName = 'the text'): string | null {
	switch (result.status) {
		case 'exact':
			return null;
		case 'moved':
			return `moved from ${result.from.start}–${result.from.end} to ${result.start}–${result.end}`;
		case 'missing':
			return quoteNotFound(selector.exact, textName) + nearMiss(text, selector.exact, textName);
		case 'ambiguous': {
			const { candidates, more } = result;
			const listed = candidates.slice(0, LISTED_POSITIONS).join(', ') + (candidates.length > LISTED_POSITIONS ? ', …' : '');
			const quote = `quote "${previewQuote(selector.exact)}"`;
			return more
				? `${quote} occurs more than ${MAX_OCCURRENCES.toLocaleString('en')} times in ${textName} (at ${listed}), too often to re-anchor: lengthen it`
				: `${quote} occurs ${timesCount(candidates.length)} in ${textName} (at ${listed}) and its prefix/suffix do not tell which`;
		}
	}
}

function quoteNotFound(exact: string, textName: string): string {
	return `quote "${previewQuote(exact)}" not found in ${textName}`;
}

/** Differences that look like nothing on screen, each with a fold that removes it. */
const INVISIBLE_DIFFERENCES: readonly { says: string; fold: (text: string) => string }[] = [
	{ says: 'line endings (CRLF against LF)', fold: (text) => text.replaceAll('\r\n', '\n') },
	{ says: 'a no-break space against a plain space', fold: (text) => text.replace(/[\u00a0\u202f]/g, ' ') },
	{
		says: 'curly against straight quotation marks',
		fold: (text) => text.replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"')
	},
	{ says: 'Unicode normalisation (NFC against NFD: an accent composed with its letter or written after it)', fold: (text) => text.normalize('NFC') }
];
const ALL = (1 << INVISIBLE_DIFFERENCES.length) - 1;

/** The folded texts of the last text looked at (validation asks about many quotes of one article). */
let folded: { text: string; byMask: Map<number, string> } = { text: '', byMask: new Map() };

function fold(text: string, mask: number): string {
	return INVISIBLE_DIFFERENCES.reduce((result, difference, i) => (mask & (1 << i) ? difference.fold(result) : result), text);
}

function foldedText(text: string, mask: number): string {
	if (folded.text !== text) folded = { text, byMask: new Map() };
	let result = folded.byMask.get(mask);
	if (result === undefined) folded.byMask.set(mask, (result = fold(text, mask)));
	return result;
}

/**
 * "; it differs from article.txt only in …" when the quote is in the text once the differences named are
 * folded away, naming only those it needs; "" otherwise.
 */
export function nearMiss(text: string, exact: string, textName: string): string {
	const found = (mask: number) => foldedText(text, mask).includes(fold(exact, mask));
	if (!found(ALL)) return '';
	const needed = INVISIBLE_DIFFERENCES.filter((_, i) => !found(ALL & ~(1 << i)));
	return needed.length === 0 ? '' : `; it differs from ${textName} only in ${needed.map((d) => d.says).join(' and ')}`;
}
