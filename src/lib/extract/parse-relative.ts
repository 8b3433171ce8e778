/**
 * Relative expressions: against the publication date ("yesterday", "last week", "next spring", "three days
 * ago", "later this year") and against the date last mentioned ("two months later", "the following year",
 * "that summer", "later that year", "the year before,", "the end of the year").
 */
import type { Form } from './forms.ts';
import { COUNT_WORDS, DAY_PARTS, MONTHS, SEASONS, UNITS, WEEKDAYS } from './lexicon.ts';
import { type Parser, endsHere } from './token-readers.ts';
import { type Token, isCapitalised, isWord } from './tokens.ts';

const DEICTIC: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = { last: -1, this: 0, next: 1 };
const REFERENCE_DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = { previous: -1, preceding: -1, same: 0, following: 1, next: 1 };

/** The lower-case word at `i`; after the first token of an expression (`i > first`), only within its paragraph. */
const word = (t: Token[], i: number, first = i) => (t[i]?.kind === 'word' && (i === first || t[i]!.gap !== 'paragraph') ? t[i]!.lower : undefined);

/** A named month (capitalised), season or weekday (capitalised), as the fields of a `named` form. */
function nameAt(t: Token[], i: number): Pick<Extract<Form, { type: 'named' }>, 'month' | 'season' | 'weekday'> | null {
	const w = word(t, i);
	if (w === undefined) return null;
	if (SEASONS.has(w)) return { season: SEASONS.get(w)! };
	if (!isCapitalised(t[i])) return null;
	if (MONTHS.has(w)) return { month: MONTHS.get(w)! };
	if (WEEKDAYS.has(w)) return { weekday: WEEKDAYS.get(w)! };
	return null;
}

/** yesterday, today, tonight, tomorrow, this morning, last night */
const parseDeictic: Parser = (t, i) => {
	const w = word(t, i);
	if (w !== undefined && w in DEICTIC) return { next: i + 1, form: { type: 'shift', unit: 'day', count: DEICTIC[w]!, origin: 'publication' } };
	const part = word(t, i + 1);
	if (part === undefined || !DAY_PARTS.has(part)) return null;
	if (w === 'this' && part !== 'night') return { next: i + 2, form: { type: 'shift', unit: 'day', count: 0, origin: 'publication' } };
	if (w === 'last' && part === 'night') return { next: i + 2, form: { type: 'shift', unit: 'day', count: -1, origin: 'publication' } };
	return null;
};

/** last week, this year, next month, last August, next spring, this Tuesday, next Tuesday evening */
const parseLastNext: Parser = (t, i) => {
	const w = word(t, i);
	if (w === undefined || !(w in DIRECTIONS) || isWord(t[i - 1], 'the')) return null;
	const direction = DIRECTIONS[w]!;
	const unit = UNITS.get(word(t, i + 1) ?? '');
	if (unit !== undefined && !/s$/.test(t[i + 1]!.lower)) return { next: i + 2, form: { type: 'shift', unit, count: direction, origin: 'publication' } };
	const name = nameAt(t, i + 1);
	if (name === null) return null;
	const part = name.weekday !== undefined && DAY_PARTS.has(word(t, i + 2) ?? '') ? 1 : 0;
	return { next: i + 2 + part, form: { type: 'named', ...name, direction, origin: 'publication' } };
};

/** A count: digits (up to 3) or a word ("two", "a"). */
function countAt(t: Token[], i: number): number | null {
	const token = t[i];
	if (token?.kind === 'number' && token.suffix === '' && token.text.length <= 3 && token.gap !== 'none') return token.value;
	return COUNT_WORDS.get(word(t, i) ?? '') ?? null;
}

/** three days ago, two months later, a year earlier, two weeks after, (not "five years after the war") */
const parseCountedShift: Parser = (t, i) => {
	const count = countAt(t, i);
	const unit = UNITS.get(word(t, i + 1) ?? '');
	if (count === null || unit === undefined || unit === 'weekend') return null;
	const after = word(t, i + 2);
	if (after === 'ago') return { next: i + 3, form: { type: 'shift', unit, count: -count, origin: 'publication' } };
	const later = after === 'later' || after === 'afterwards' || (after === 'after' && endsHere(t, i + 3));
	const earlier = after === 'earlier' || (after === 'before' && endsHere(t, i + 3));
	if (!later && !earlier) return null;
	return { next: i + 3, form: { type: 'shift', unit, count: later ? count : -count, origin: 'reference' } };
};

/** the following year, the previous week, the same day, the next day, the following spring, the following Monday, that year, that summer */
const parseAnaphoric: Parser = (t, i) => {
	const first = word(t, i);
	const direction = first === 'the' ? REFERENCE_DIRECTIONS[word(t, i + 1) ?? ''] : first === 'that' ? 0 : undefined;
	if (direction === undefined) return null;
	const at = first === 'the' ? i + 2 : i + 1;
	const unit = UNITS.get(word(t, at) ?? '');
	if (unit !== undefined && !/s$/.test(t[at]!.lower)) return { next: at + 1, form: { type: 'shift', unit, count: direction, origin: 'reference' } };
	const name = nameAt(t, at);
	if (name === null) return null;
	return { next: at + 1, form: { type: 'named', ...name, direction, origin: 'reference' } };
};

/** the year before, the day after (followed by punctuation: not "the day after the vote") */
const parseUnitBeforeAfter: Parser = (t, i) => {
	const unit = UNITS.get(word(t, i + 1) ?? '');
	const side = word(t, i + 2);
	if (word(t, i) !== 'the' || unit === undefined || unit === 'weekend' || (side !== 'before' && side !== 'after') || !endsHere(t, i + 3)) return null;
	return { next: i + 3, form: { type: 'shift', unit, count: side === 'after' ? 1 : -1, origin: 'reference' } };
};

/** later that year, earlier this month */
const parseWithin: Parser = (t, i) => {
	const side = word(t, i);
	const which = word(t, i + 1);
	const unit = word(t, i + 2);
	if ((side !== 'later' && side !== 'earlier') || (which !== 'that' && which !== 'this') || (unit !== 'year' && unit !== 'month')) return null;
	return { next: i + 3, form: { type: 'within', unit, side, origin: which === 'this' ? 'publication' : 'reference' } };
};

/** "the year", "the month", "the century" right after "of": the end of the year, the second half of the year. */
const parseOfReference: Parser = (t, i) => {
	if (word(t, i - 1) !== 'of' || word(t, i) !== 'the') return null;
	const what = word(t, i + 1);
	if (what === 'century') return { next: i + 2, form: { type: 'century-of-reference' } };
	if (what === 'year' || what === 'month') return { next: i + 2, form: { type: 'shift', unit: what, count: 0, origin: 'reference' } };
	return null;
};

export const RELATIVE_PARSERS: readonly Parser[] = [
	parseDeictic,
	parseLastNext,
	parseCountedShift,
	parseAnaphoric,
	parseUnitBeforeAfter,
	parseWithin,
	parseOfReference
];
