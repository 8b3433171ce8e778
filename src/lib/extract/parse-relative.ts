/**
 * Relative expressions: against the publication date ("yesterday", "last week", "next spring", "three days
 * ago", "later this year") and against the date last mentioned ("two months later", "the following year",
 * "that summer", "later that year", "the year before,", "the end of the year").
 */
import type { Form } from './forms.ts';
import { COUNT_WORDS, DAY_PARTS, MONTHS, SEASONS, TENS_WORDS, UNITS, WEEKDAYS } from './lexicon.ts';
import { type Parser, endsHere, glued } from './token-readers.ts';
import { type Token, isCapitalised, isWord } from './tokens.ts';

// Maps, not objects: a word of the text ("constructor") must never find a property every object has.
const DEICTIC: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]);
const DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['this', 0], ['next', 1]]);
const REFERENCE_DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['previous', -1], ['preceding', -1], ['same', 0], ['following', 1], ['next', 1]]);

/**
 * The lower-case words of an expression that starts at `i`: `at(k)` is the word `k` tokens on, or "" for a number, a
 * mark, the end of the text, or a word after a paragraph break within the expression (`k > 0`).
 */
const wordsFrom =
	(t: Token[], i: number) =>
	(k: number): string => {
		const token = t[i + k];
		return token?.kind === 'word' && (k <= 0 || token.gap !== 'paragraph') ? token.lower : '';
	};

/** A named month (capitalised), season or weekday (capitalised), as the fields of a `named` form. */
function nameAt(t: Token[], i: number, w: string): Pick<Extract<Form, { type: 'named' }>, 'month' | 'season' | 'weekday'> | null {
	if (SEASONS.has(w)) return { season: SEASONS.get(w)! };
	if (!isCapitalised(t[i])) return null;
	if (MONTHS.has(w)) return { month: MONTHS.get(w)! };
	if (WEEKDAYS.has(w)) return { weekday: WEEKDAYS.get(w)! };
	return null;
}

/** yesterday, today, tonight, tomorrow, this morning, last night */
const parseDeictic: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const w = at(0);
	const shift = DEICTIC.get(w);
	if (shift !== undefined) return { next: i + 1, form: { type: 'shift', unit: 'day', count: shift, origin: 'publication' } };
	const part = at(1);
	if (!DAY_PARTS.has(part)) return null;
	if (w === 'this' && part !== 'night') return { next: i + 2, form: { type: 'shift', unit: 'day', count: 0, origin: 'publication' } };
	if (w === 'last' && part === 'night') return { next: i + 2, form: { type: 'shift', unit: 'day', count: -1, origin: 'publication' } };
	return null;
};

/** last week, this year, next month, last August, next spring, this Tuesday, next Tuesday evening */
const parseLastNext: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const direction = DIRECTIONS.get(at(0));
	if (direction === undefined || isWord(t[i - 1], 'the')) return null;
	const unit = UNITS.get(at(1));
	if (unit !== undefined && !at(1).endsWith('s')) return { next: i + 2, form: { type: 'shift', unit, count: direction, origin: 'publication' } };
	const name = nameAt(t, i + 1, at(1));
	if (name === null) return null;
	const part = name.weekday !== undefined && DAY_PARTS.has(at(2)) ? 1 : 0;
	return { next: i + 2 + part, form: { type: 'named', ...name, direction, origin: 'publication' } };
};

/** A count and the token after it: digits (up to 3) or words ("two", "a", "twenty", "twenty-five"). */
function countAt(t: Token[], i: number): { count: number; next: number } | null {
	const token = t[i];
	if (token?.kind === 'number' && token.suffix === '' && token.text.length <= 3 && token.gap !== 'none') return { count: token.value, next: i + 1 };
	const word = wordsFrom(t, i)(0);
	const tens = TENS_WORDS.get(word);
	const unitWord = t[i + 2];
	const ones = tens !== undefined && glued(t, i + 1, '-') && unitWord?.kind === 'word' && unitWord.gap === 'none' ? COUNT_WORDS.get(unitWord.lower) : undefined;
	if (tens !== undefined && ones !== undefined && ones >= 1 && ones <= 9 && unitWord!.lower !== 'a') return { count: tens + ones, next: i + 3 };
	const count = COUNT_WORDS.get(word);
	return count === undefined ? null : { count, next: i + 1 };
}

/** three days ago, two months later, a year earlier, two weeks after (not "five years after the war", "a week later than planned") */
const parseCountedShift: Parser = (t, i) => {
	const counted = countAt(t, i);
	if (counted === null) return null;
	const { count, next: u } = counted; // the unit's token
	const at = wordsFrom(t, i);
	const unit = UNITS.get(at(u - i));
	if (unit === undefined || unit === 'weekend') return null;
	const after = at(u - i + 1);
	if (after === 'ago') return { next: u + 2, form: { type: 'shift', unit, count: -count, origin: 'publication' } };
	const later = after === 'later' || after === 'afterwards' || (after === 'after' && endsHere(t, u + 2));
	const earlier = after === 'earlier' || (after === 'before' && endsHere(t, u + 2));
	// "two years later than promised" compares; it dates nothing.
	if ((!later && !earlier) || at(u - i + 2) === 'than') return null;
	return { next: u + 2, form: { type: 'shift', unit, count: later ? count : -count, origin: 'reference' } };
};

/** Before "the next two months": what lasts the span, or happens once within it. */
const SPAN_WORDS: ReadonlyMap<string, boolean> = new Map([['over', true], ['for', true], ['during', true], ['throughout', true], ['in', false], ['within', false]]);

/** over the next two months, in the next three weeks, within the next year (not "the next two months of the war") */
const parseComing: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const lasting = SPAN_WORDS.get(at(0));
	if (lasting === undefined || at(1) !== 'the' || at(2) !== 'next') return null;
	const counted = countAt(t, i + 3);
	const { count, next: u } = counted !== null && at(3) !== 'a' ? counted : { count: 1, next: i + 3 };
	const word = at(u - i);
	const unit = UNITS.get(word);
	// "in the next day or two" ends later than its first unit says.
	if (unit === undefined || unit === 'weekend' || (count === 1) !== !word.endsWith('s') || at(u - i + 1) === 'or') return null;
	return { next: u + 1, form: { type: 'coming', unit, count, lasting } };
};

/** the following year, the previous week, the same day, the next day, the following spring, the following Monday, that year, that summer */
const parseAnaphoric: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const first = at(0);
	const direction = first === 'the' ? REFERENCE_DIRECTIONS.get(at(1)) : first === 'that' ? 0 : undefined;
	if (direction === undefined) return null;
	const k = first === 'the' ? 2 : 1;
	const unit = UNITS.get(at(k));
	if (unit !== undefined && !at(k).endsWith('s')) return { next: i + k + 1, form: { type: 'shift', unit, count: direction, origin: 'reference' } };
	const name = nameAt(t, i + k, at(k));
	if (name === null) return null;
	return { next: i + k + 1, form: { type: 'named', ...name, direction, origin: 'reference' } };
};

/** the year before, the day after (followed by punctuation: not "the day after the vote") */
const parseUnitBeforeAfter: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const unit = UNITS.get(at(1));
	const side = at(2);
	if (at(0) !== 'the' || unit === undefined || unit === 'weekend' || (side !== 'before' && side !== 'after') || !endsHere(t, i + 3)) return null;
	return { next: i + 3, form: { type: 'shift', unit, count: side === 'after' ? 1 : -1, origin: 'reference' } };
};

/** later that year, earlier this month */
const parseWithin: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	const [side, which, unit] = [at(0), at(1), at(2)];
	if ((side !== 'later' && side !== 'earlier') || (which !== 'that' && which !== 'this') || (unit !== 'year' && unit !== 'month')) return null;
	return { next: i + 3, form: { type: 'within', unit, side, origin: which === 'this' ? 'publication' : 'reference' } };
};

/** "the year", "the month", "the century" right after "of": the end of the year, the second half of the year. */
const parseOfReference: Parser = (t, i) => {
	const at = wordsFrom(t, i);
	if (at(-1) !== 'of' || at(0) !== 'the') return null;
	const what = at(1);
	if (what === 'century') return { next: i + 2, form: { type: 'century-of-reference' } };
	if (what === 'year' || what === 'month') return { next: i + 2, form: { type: 'shift', unit: what, count: 0, origin: 'reference' } };
	return null;
};

export const RELATIVE_PARSERS: readonly Parser[] = [
	parseDeictic,
	parseLastNext,
	parseCountedShift,
	parseComing,
	parseAnaphoric,
	parseUnitBeforeAfter,
	parseWithin,
	parseOfReference
];
