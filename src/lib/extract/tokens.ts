/**
 * The text as words, numbers and single punctuation marks, each with its exact position (JavaScript string
 * indices), so that an expression's span is the start of its first token to the end of its last.
 */
export interface Token {
	text: string;
	/** Lower-cased, for matching words. */
	lower: string;
	start: number;
	end: number;
	kind: 'word' | 'number' | 'punct';
	/** For a number: the digits' value ("19th" is 19 with suffix "th", "1840s" 1840 with suffix "s"); else NaN. */
	value: number;
	suffix: '' | 'st' | 'nd' | 'rd' | 'th' | 's';
	/** What separates it from the token before: nothing, white space, or a paragraph break (a blank line). */
	gap: 'none' | 'space' | 'paragraph';
}

const TOKEN = /(\d+)(st|nd|rd|th|s)?(?![\p{L}\d])|(\p{L}+)|\S/gu;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = 0;
	for (const match of text.matchAll(TOKEN)) {
		const start = match.index;
		const between = text.slice(previousEnd, start);
		const gap = start === previousEnd ? 'none' : /\n[^\S\n]*\n/.test(between) ? 'paragraph' : 'space';
		const [whole, digits, suffix, letters] = match;
		const kind = digits !== undefined ? 'number' : letters !== undefined ? 'word' : 'punct';
		tokens.push({
			text: whole,
			lower: whole.toLowerCase(),
			start,
			end: start + whole.length,
			kind,
			value: Number(digits),
			suffix: (suffix ?? '') as Token['suffix'],
			gap: tokens.length === 0 ? 'space' : gap
		});
		previousEnd = start + whole.length;
	}
	return tokens;
}

/** Whether the token is the word `word` (in any case). */
export const isWord = (token: Token | undefined, word: string): boolean => token?.kind === 'word' && token.lower === word;

/** Whether the token starts with a capital letter (only a word can). */
export const isCapitalised = (token: Token | undefined): token is Token => token !== undefined && /^\p{Lu}/u.test(token.text);

/** A plain number: digits only, no ordinal or decade suffix. */
export const isPlainNumber = (token: Token | undefined): token is Token => token?.kind === 'number' && token.suffix === '';
