/**
 * Where a quote occurs in a text, overlapping occurrences included ("aa" occurs twice in "aaa"), in time linear
 * in the text's length. A loop of `indexOf(quote, at + 1)` is quadratic when occurrences overlap (200,000 "a"s
 * searched for 100,000 "a"s); so the native search runs while occurrences are apart, and from the first overlap
 * on, a Knuth–Morris–Pratt scan takes over.
 */

/** Start of each occurrence of `quote` in `text`, in text order, at most `limit` of them. */
export function findOccurrences(text: string, quote: string, limit = Infinity): number[] {
	if (quote === '') throw new RangeError('an empty quote occurs everywhere');
	const starts: number[] = [];
	let from = 0;
	while (starts.length < limit) {
		const at = text.indexOf(quote, from);
		if (at === -1) return starts;
		const previous = starts.at(-1);
		if (previous !== undefined && at < previous + quote.length) return scanFrom(text, quote, at, starts, limit);
		starts.push(at);
		from = at + 1;
	}
	return starts;
}

/** Knuth–Morris–Pratt from `from` (itself an occurrence), appending to `starts`. */
function scanFrom(text: string, quote: string, from: number, starts: number[], limit: number): number[] {
	const border = borders(quote);
	let matched = 0;
	for (let i = from; i < text.length && starts.length < limit; i++) {
		const unit = text.charCodeAt(i);
		while (matched > 0 && quote.charCodeAt(matched) !== unit) matched = border[matched - 1]!;
		if (quote.charCodeAt(matched) === unit) matched++;
		if (matched === quote.length) {
			starts.push(i - quote.length + 1);
			matched = border[matched - 1]!;
		}
	}
	return starts;
}

/** border[i]: the length of the longest proper prefix of quote[0..i] that is also its suffix. */
function borders(quote: string): Int32Array {
	const border = new Int32Array(quote.length);
	let length = 0;
	for (let i = 1; i < quote.length; i++) {
		while (length > 0 && quote.charCodeAt(i) !== quote.charCodeAt(length)) length = border[length - 1]!;
		if (quote.charCodeAt(i) === quote.charCodeAt(length)) length++;
		border[i] = length;
	}
	return border;
}
