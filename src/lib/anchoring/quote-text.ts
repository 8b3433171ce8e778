/** Small facts about quotes as UTF-16 strings, shared by anchoring and its messages. */

/** True when index falls between the two halves of a surrogate pair (an astral character such as an emoji). */
export function splitsSurrogatePair(text: string, index: number): boolean {
	// charCodeAt returns NaN outside the string, which fails both range tests.
	return isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

function isHighSurrogate(codeUnit: number): boolean {
	return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

function isLowSurrogate(codeUnit: number): boolean {
	return codeUnit >= 0xdc00 && codeUnit <= 0xdfff;
}

const QUOTE_PREVIEW_LENGTH = 60;

/** Shortens a quote for messages to QUOTE_PREVIEW_LENGTH units, ellipsis included, keeping characters whole. */
export function previewQuote(quote: string): string {
	if (quote.length <= QUOTE_PREVIEW_LENGTH) return quote;
	const cut = QUOTE_PREVIEW_LENGTH - 1;
	return quote.slice(0, splitsSurrogatePair(quote, cut) ? cut - 1 : cut) + '…';
}

export function timesCount(count: number): string {
	return count === 1 ? 'once' : `${count} times`;
}
