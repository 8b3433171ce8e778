/**
 * Anchoring of cited passages, after the W3C Web Annotation model and
 * Hypothesis. Each passage stores two selectors: a TextPositionSelector
 * (start/end), which is fast and unambiguous while the text is unchanged, and
 * a TextQuoteSelector (exact/prefix/suffix), which lets the passage be found
 * again after the text has been edited.
 *
 * Positions are JavaScript string indices (UTF-16 code units): curly quotes
 * and no-break spaces count as one unit, an emoji as two. Text is compared
 * as is, never normalised, so a straight quote does not match a curly one.
 */
import { findOccurrences } from './occurrences.ts';
import { previewQuote, splitsSurrogatePair, timesCount } from './quote-text.ts';

/** W3C TextPositionSelector + TextQuoteSelector, both stored. */
export interface PassageSelector {
	start: number;
	end: number;
	exact: string;
	prefix: string;
	suffix: string;
}

/** Same default as Hypothesis: enough context to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;
/**
 * The most context of each side that anchoring compares, and that the schema accepts: enough for any tool
 * that lengthens context to tell quotes apart, and a bound on the work per occurrence (see docs/anchoring.md).
 */
export const MAX_CONTEXT_LENGTH = 256;
/** A quote that occurs more often than this is not re-anchored from context: it must be lengthened. */
export const MAX_OCCURRENCES = 10_000;

/** Where the selector was found in the text. */
export type AnchorResult =
	/** The stored positions still point at `exact`. */
	| { status: 'exact'; start: number; end: number }
	/** The positions were stale; the passage was re-anchored from its quote. */
	| { status: 'moved'; start: number; end: number; from: { start: number; end: number } }
	/**
	 * The quote occurs more than once and neither context nor distance picks
	 * one, or it occurs more than MAX_OCCURRENCES times (`more`). `candidates`
	 * holds the start of each occurrence in text order, the first
	 * MAX_OCCURRENCES of them, so `candidates[n - 1]` is what
	 * `selectQuote(text, exact, n)` selects.
	 */
	| { status: 'ambiguous'; candidates: number[]; more: boolean }
	/** The quote does not occur in the text. */
	| { status: 'missing' };

/**
 * Builds both selectors for text.slice(start, end); prefix/suffix are up to
 * `contextLength` chars of context (shorter at the text's edges), never
 * splitting a surrogate pair. Throws RangeError on bad positions (negative,
 * start >= end, end > length, non-integers, or inside a surrogate pair).
 */
export function describePassage(
	text: string,
	start: number,
	end: number,
	contextLength: number = CONTEXT_LENGTH
): PassageSelector {
	assertPassageBounds(text, start, end);
	if (!Number.isInteger(contextLength) || contextLength < 0) {
		throw new RangeError(`context length must be a non-negative integer, got ${contextLength}`);
	}
	return {
		start,
		end,
		exact: text.slice(start, end),
		prefix: text.slice(prefixStart(text, start, contextLength), start),
		suffix: text.slice(end, suffixEnd(text, end, contextLength))
	};
}

/**
 * Locates the selector in text: the stored positions if they still hold the
 * quote, otherwise the occurrence of the quote whose surroundings best match
 * prefix and suffix (the MAX_CONTEXT_LENGTH units of each nearest the quote),
 * with closeness to the old position as the tie-breaker. Linear in the text's
 * length: at most MAX_OCCURRENCES occurrences are ranked.
 * Throws RangeError if `exact` is empty.
 */
export function anchorPassage(text: string, selector: PassageSelector): AnchorResult {
	assertQuoteNotEmpty(selector.exact);
	const { start, end } = selector;
	if (positionsHoldQuote(text, selector)) return { status: 'exact', start, end };

	const found = findOccurrences(text, selector.exact, MAX_OCCURRENCES + 1);
	const occurrences = found.slice(0, MAX_OCCURRENCES);
	if (found.length > MAX_OCCURRENCES) return { status: 'ambiguous', candidates: occurrences, more: true };
	const [best, runnerUp] = occurrences
		.map((at) => rankOccurrence(text, selector, at))
		.sort(byRank);
	if (best === undefined) return { status: 'missing' };
	if (runnerUp !== undefined && byRank(best, runnerUp) === 0) {
		return { status: 'ambiguous', candidates: occurrences, more: false };
	}
	return {
		status: 'moved',
		start: best.start,
		end: best.start + selector.exact.length,
		from: { start, end }
	};
}

/**
 * The selector of a quote written without positions, when it occurs exactly once in the text (overlapping
 * occurrences count: "aa" is twice in "aaa"); otherwise why not. Picking one of several would be a guess.
 */
export function locateQuote(
	text: string,
	exact: string
): { status: 'found'; selector: PassageSelector } | Extract<AnchorResult, { status: 'missing' | 'ambiguous' }> {
	assertQuoteNotEmpty(exact);
	const found = findOccurrences(text, exact, MAX_OCCURRENCES + 1);
	const [start] = found;
	if (start === undefined) return { status: 'missing' };
	if (found.length === 1) return { status: 'found', selector: describePassage(text, start, start + exact.length) };
	return { status: 'ambiguous', candidates: found.slice(0, MAX_OCCURRENCES), more: found.length > MAX_OCCURRENCES };
}

/**
 * Finds the first occurrence of a quote (or the n-th, counting from 1) and
 * returns its selector — used by authors to write dataset entries. Throws if
 * the quote is not found, saying how many occurrences exist when n is too big.
 */
export function selectQuote(text: string, exact: string, occurrence: number = 1): PassageSelector {
	assertQuoteNotEmpty(exact);
	if (!Number.isInteger(occurrence) || occurrence < 1) {
		throw new RangeError(`occurrence counts from 1, got ${occurrence}`);
	}
	const occurrences = findOccurrences(text, exact, occurrence);
	const start = occurrences[occurrence - 1];
	if (start === undefined) {
		throw new Error(
			occurrences.length === 0
				? `quote "${previewQuote(exact)}" not found in the text`
				: `quote "${previewQuote(exact)}" occurs ${timesCount(occurrences.length)}, so it has no occurrence ${occurrence}`
		);
	}
	return describePassage(text, start, start + exact.length);
}

function assertPassageBounds(text: string, start: number, end: number): void {
	if (!Number.isInteger(start) || !Number.isInteger(end)) {
		throw new RangeError(`passage positions must be integers, got ${start}–${end}`);
	}
	if (start < 0 || end > text.length) {
		throw new RangeError(`passage ${start}–${end} lies outside the text (length ${text.length})`);
	}
	if (start >= end) {
		throw new RangeError(`passage ${start}–${end} is empty or reversed`);
	}
	// Half an emoji would survive as a lone surrogate in `exact` and render as garbage.
	if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
		throw new RangeError(`passage ${start}–${end} cuts a character in half`);
	}
}

function assertQuoteNotEmpty(exact: string): void {
	// An empty string occurs at every position, so it identifies no passage.
	if (exact === '') throw new RangeError('the quote is empty, so it cannot be anchored');
}

/** The prefix starts contextLength units before the passage, one unit later if that would halve a character. */
function prefixStart(text: string, start: number, contextLength: number): number {
	const cut = Math.max(0, start - contextLength);
	return splitsSurrogatePair(text, cut) ? cut + 1 : cut;
}

/** The suffix ends contextLength units after the passage, one unit earlier if that would halve a character. */
function suffixEnd(text: string, end: number, contextLength: number): number {
	const cut = Math.min(text.length, end + contextLength);
	return splitsSurrogatePair(text, cut) ? cut - 1 : cut;
}

/** Whether the stored positions still select the quote. */
function positionsHoldQuote(text: string, { start, end, exact }: PassageSelector): boolean {
	// slice() counts negative positions from the end and truncates fractions,
	// so it could "find" the quote at positions that are not real indices.
	return (
		Number.isInteger(start) &&
		start >= 0 &&
		end === start + exact.length &&
		text.slice(start, end) === exact
	);
}

interface RankedOccurrence {
	start: number;
	/** Characters of prefix and suffix that match the text around the occurrence. */
	contextScore: number;
	/** How far the occurrence is from where the selector said the passage was. */
	distance: number;
}

function rankOccurrence(text: string, selector: PassageSelector, start: number): RankedOccurrence {
	return {
		start,
		contextScore:
			matchingBefore(text, start, selector.prefix) +
			matchingAfter(text, start + selector.exact.length, selector.suffix),
		distance: Math.abs(start - selector.start)
	};
}

/** Best first: more matching context, then nearer the old position; 0 means indistinguishable. */
function byRank(a: RankedOccurrence, b: RankedOccurrence): number {
	return b.contextScore - a.contextScore || a.distance - b.distance;
}

/**
 * How many characters of prefix match the text just before index, counted
 * backwards from index: the context nearest the quote is the most telling,
 * and an edit further away should only shorten the match, not void it.
 */
function matchingBefore(text: string, index: number, prefix: string): number {
	let matched = 0;
	while (
		matched < prefix.length &&
		matched < MAX_CONTEXT_LENGTH &&
		matched < index &&
		text.charCodeAt(index - 1 - matched) === prefix.charCodeAt(prefix.length - 1 - matched)
	) {
		matched++;
	}
	return matched;
}

/** How many characters of suffix match the text from index onwards, counted forwards. */
function matchingAfter(text: string, index: number, suffix: string): number {
	let matched = 0;
	while (
		matched < suffix.length &&
		matched < MAX_CONTEXT_LENGTH &&
		index + matched < text.length &&
		text.charCodeAt(index + matched) === suffix.charCodeAt(matched)
	) {
		matched++;
	}
	return matched;
}
