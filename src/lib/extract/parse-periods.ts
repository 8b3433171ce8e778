/** Periods other than a day, a month or a season: decades, centuries, quarters and halves of a year, weeks of a month. */
import { ORDINALS } from './lexicon.ts';
import { type Token, isPlainNumber, isWord } from './tokens.ts';
import { type Parsed, type Parser, continues, eraAt, glued, monthAt, publicationYearAfter, standsAlone, yearAt } from './token-readers.ts';

/** 1 for a "the" the next word continues ("the 1990s"), else 0: no expression runs on over a paragraph break. */
const theAt = (t: Token[], i: number): 0 | 1 => (isWord(t[i], 'the') && continues(t, i + 1) ? 1 : 0);

/** the 1840s, the 1800s (a century), the 1st century AD, the late 19th century */
const parseYears: Parser = (t, i) => {
	const the = theAt(t, i);
	const n = t[i + the]!;
	if (n.kind !== 'number' || !standsAlone(t, i + the)) return null;
	if (n.suffix === 's') {
		if (n.text.length !== 5 || n.value % 10 !== 0) return null;
		const last = n.value % 100 === 0 && n.value < 2000 ? n.value + 99 : n.value + 9;
		return { next: i + the + 1, form: { type: 'years', first: n.value, last } };
	}
	return n.suffix === '' ? null : century(t, i + the, n.value);
};

/** the nineteenth century, the twenty-first century */
const parseCenturyWord: Parser = (t, i) => {
	const the = theAt(t, i);
	const ordinal = ordinalWordAt(t, i + the);
	return ordinal && century(t, ordinal.last, ordinal.value);
};

/** An ordinal in words and the index of its last token: "twenty-first" is three ("twenty", "-", "first"). */
function ordinalWordAt(t: Token[], i: number): { value: number; last: number } | null {
	const word = t[i];
	if (word?.kind !== 'word') return null;
	const units = isWord(word, 'twenty') && glued(t, i + 1, '-') && t[i + 2]?.gap === 'none' ? ORDINALS.get(t[i + 2]!.lower) : undefined;
	if (units !== undefined) return { value: 20 + units, last: i + 2 };
	const value = ORDINALS.get(word.lower);
	return value === undefined ? null : { value, last: i };
}

function century(t: Token[], i: number, ordinal: number): Parsed | null {
	const hyphen = glued(t, i + 1, '-') ? 1 : 0;
	if (!isWord(t[i + 1 + hyphen], 'century') || !continues(t, i + 1 + hyphen) || ordinal < 1 || ordinal > 30) return null;
	const era = eraAt(t, i + 2 + hyphen);
	if (era?.era === 'bc') return { next: era.next, form: { type: 'years', first: 1 - ordinal * 100, last: -(ordinal - 1) * 100 } };
	return { next: era?.next ?? i + 2 + hyphen, form: { type: 'years', first: (ordinal - 1) * 100 + 1, last: ordinal * 100 } };
}

/** "fourth", "4th": the ordinal; "last", "final": -1. */
const indexAt = (word: Token): number | undefined =>
	word.kind === 'number' && word.suffix !== 's' && word.suffix !== '' ? word.value : ORDINALS.get(word.lower) ?? (['last', 'final'].includes(word.lower) ? -1 : undefined);

/**
 * the fourth quarter of 2024, Q3, H1 2025, the first half of 2022, the second half of the year; not a fiscal one ("its
 * fiscal fourth quarter", "fiscal Q4"), whose months are the company's, not the calendar's.
 */
const parsePart: Parser = (t, i) => {
	if (FISCAL_WORDS.has(t[i - 1]?.lower ?? '')) return null;
	const letter = t[i]!.text === 'Q' ? 3 : t[i]!.text === 'H' ? 6 : undefined;
	if (letter !== undefined && isPlainNumber(t[i + 1]) && t[i + 1]!.gap === 'none' && t[i + 1]!.value >= 1 && t[i + 1]!.value <= 12 / letter) {
		if (FISCAL_WORDS.has(t[i + 2]?.lower ?? '') || /^fy/.test(t[i + 2]?.lower ?? '')) return null; // "Q3 FY25", "H1 fiscal 2025"
		const year = yearAt(t, i + 2);
		if (letter === 6 && year === null) return null; // "H2" alone is hydrogen more often than a half
		return { next: year?.next ?? i + 2, form: { type: 'part', months: letter, index: t[i + 1]!.value, year: year?.year } };
	}
	const the = theAt(t, i);
	const word = t[i + the]!;
	const index = indexAt(word);
	const hyphen = glued(t, i + the + 1, '-') ? 1 : 0;
	const unit = t[i + the + 1 + hyphen];
	if (index === undefined || !continues(t, i + the + 1 + hyphen) || !(isWord(unit, 'quarter') || isWord(unit, 'half'))) return null;
	const months = unit!.lower === 'quarter' ? 3 : 6;
	const resolved = index === -1 ? 12 / months : index;
	if (resolved < 1 || resolved > 12 / months) return null;
	const next = i + the + 2 + hyphen;
	const of = isWord(t[next], 'of') || glued(t, next, ',') ? 1 : 0;
	const year = yearAt(t, next + of);
	if (year !== null) return { next: year.next, form: { type: 'part', months, index: resolved, year: year.year } };
	if (of && isWord(t[next + 1], 'the') && isWord(t[next + 2], 'year'))
		return { next: next + 3, form: { type: 'part', months, index: resolved, yearFrom: { origin: 'reference', offset: 0 } } };
	const relative = isWord(t[next], 'of') ? publicationYearAfter(t, next) : null;
	if (relative !== null)
		return { next: relative.next, form: { type: 'part', months, index: resolved, yearFrom: { origin: 'publication', offset: relative.offset } } };
	// A quarter without a year, unless it is a quarter of something else ("the first quarter of the match").
	if (months === 3 && !isWord(t[next], 'of')) return { next, form: { type: 'part', months, index: resolved } };
	return null;
};

/** the first week of January, the second week of March 2024, the last week of June (the first to fourth, or the last) */
const parseWeekOfMonth: Parser = (t, i) => {
	const the = theAt(t, i);
	const word = t[i + the]!;
	const index = indexAt(word);
	if (!the || index === undefined || index === 0 || index > 4 || !isWord(t[i + 2], 'week') || !isWord(t[i + 3], 'of') || !continues(t, i + 2)) return null;
	const month = monthAt(t, i + 4, false);
	if (month === null) return null;
	const year = yearAt(t, month.next);
	return { next: year?.next ?? month.next, form: { type: 'date', month: month.month, week: index, ...(year ? { year: year.year } : {}) } };
};

const FISCAL_WORDS: ReadonlySet<string> = new Set(['fiscal', 'financial']);

export const PERIOD_PARSERS: readonly Parser[] = [parseYears, parseCenturyWord, parsePart, parseWeekOfMonth];
