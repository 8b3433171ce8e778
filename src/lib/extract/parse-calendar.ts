/**
 * Calendar dates written out: days, months, years (with an era or a cue), seasons, weekdays, decades, centuries,
 * quarters and halves. Each parser reads from token `i` and returns the token after it and the form, or null.
 * Month names, weekdays and eras must be capitalised ("may" is a verb, "March" a month); a bare year needs a cue.
 */
import { describeInvalidYmd } from '../dates/calendar-day.ts';
import type { Form } from './forms.ts';
import { DAY_PARTS, ERAS, MONTHS, MONTH_ABBREVIATIONS, ORDINALS, SEASONS, WEEKDAYS } from './lexicon.ts';
import { type Token, isCapitalised, isPlainNumber, isWord } from './tokens.ts';
import { CLAUSE_WORDS } from './words.ts';

/** How the word before a bare year or month makes it a date: see `words.ts`. */
export type Cue = 'strong' | 'weak' | 'determiner' | 'none';

export interface Parsed {
	next: number;
	form: Form;
	/** The second date of a range written in one piece ("2025–26"). */
	to?: Form;
	/** A year before a noun ("its 2025 supply"). */
	modifier?: boolean;
}

export type Parser = (t: Token[], i: number, cue: Cue) => Parsed | null;

/** Token `i` continues the expression: it exists and no paragraph break comes before it. */
export const continues = (t: Token[], i: number): boolean => t[i] !== undefined && t[i]!.gap !== 'paragraph';
const glued = (t: Token[], i: number, text: string) => t[i]?.text === text && t[i]!.gap === 'none';

/** A number that is not part of another token run: not "G20", "COVID-19", "40,000" or "4.5". */
function standsAlone(t: Token[], i: number): boolean {
	const token = t[i]!;
	if (token.gap !== 'none') return true;
	const before = t[i - 1];
	if (before?.text === '-' && ['early', 'mid', 'late'].includes(t[i - 2]?.lower ?? '')) return true; // "mid-2025"
	return before === undefined || /^[(“"‘'[]$/.test(before.text);
}

/** Nothing glued after the number that makes it a quantity or a code ("2,000", "4.5", "12%", "2-0"). */
function endsCleanly(t: Token[], next: number): boolean {
	const after = t[next];
	if (after === undefined || after.gap !== 'none') return true;
	if (after.kind !== 'punct' || /^[%/\-–:]$/.test(after.text)) return false;
	return !(/^[.,]$/.test(after.text) && t[next + 1]?.kind === 'number' && t[next + 1]!.gap === 'none');
}

export function monthAt(t: Token[], i: number, abbreviations: boolean): { month: number; next: number } | null {
	const token = t[i];
	if (token?.kind !== 'word' || !isCapitalised(token) || !continues(t, i)) return null;
	const month = MONTHS.get(token.lower) ?? (abbreviations ? MONTH_ABBREVIATIONS.get(token.lower) : undefined);
	if (month === undefined) return null;
	return { month, next: glued(t, i + 1, '.') && !MONTHS.has(token.lower) ? i + 2 : i + 1 };
}

/** "BC", "BCE", "AD", "CE" (capitals), or "B.C." / "A.D.". */
function eraAt(t: Token[], i: number): { era: 'bc' | 'ad'; next: number } | null {
	const token = t[i];
	if (token === undefined || !continues(t, i)) return null;
	const era = ERAS.get(token.lower);
	if (era !== undefined && token.text === token.text.toUpperCase()) return { era, next: i + 1 };
	const dotted = /^[AB]$/.test(token.text) && glued(t, i + 1, '.') && /^[CD]$/.test(t[i + 2]?.text ?? '') && t[i + 2]!.gap === 'none';
	if (!dotted) return null;
	const next = glued(t, i + 3, '.') ? i + 4 : i + 3;
	return { era: token.text === 'B' ? 'bc' : 'ad', next };
}

/** A year: four digits 1000–2999, or up to four digits with an era ("44 BC", "AD 14"). Years before 1 AD are astronomical. */
export function yearAt(t: Token[], i: number): { year: number; next: number; era: boolean } | null {
	const before = eraAt(t, i);
	if (before?.era === 'ad') {
		const n = t[before.next];
		if (isPlainNumber(n) && n.text.length <= 4 && n.value >= 1 && endsCleanly(t, before.next + 1))
			return { year: n.value, next: before.next + 1, era: true };
		return null;
	}
	const n = t[i];
	if (!isPlainNumber(n) || n.text.length > 4 || !continues(t, i) || !standsAlone(t, i)) return null;
	const era = eraAt(t, i + 1);
	if (era !== null && n.value >= 1) return { year: era.era === 'bc' ? 1 - n.value : n.value, next: era.next, era: true };
	if (n.text.length !== 4 || n.value < 1000 || n.value > 2999 || !endsCleanly(t, i + 1)) return null;
	return { year: n.value, next: i + 1, era: false };
}

/** A day of the month, 1–31, as a number or an ordinal ("24", "24th"). */
function dayAt(t: Token[], i: number): number | null {
	const n = t[i];
	if (n?.kind !== 'number' || n.suffix === 's' || n.text.length - n.suffix.length > 2 || !continues(t, i)) return null;
	return n.value >= 1 && n.value <= 31 && standsAlone(t, i) ? n.value : null;
}

/** An optional year after a day and month: ", 2022", " 2022". */
function trailingYear(t: Token[], i: number): { year?: number; next: number } {
	const comma = glued(t, i, ',') ? i + 1 : i;
	const year = yearAt(t, comma);
	return year === null ? { next: i } : { year: year.year, next: year.next };
}

const validDay = (year: number | undefined, month: number, day: number) =>
	describeInvalidYmd(year !== undefined && year >= 1 ? year : 2000, month, day) === null;

/** 2024-06-12 */
const parseIso: Parser = (t, i) => {
	const [y, , m, , d] = [t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4]];
	if (!isPlainNumber(y) || y.text.length !== 4 || !standsAlone(t, i) || !glued(t, i + 1, '-') || !glued(t, i + 3, '-')) return null;
	if (!isPlainNumber(m) || m.gap !== 'none' || m.text.length !== 2 || !isPlainNumber(d) || d.gap !== 'none' || d.text.length !== 2) return null;
	if (!endsCleanly(t, i + 5) || describeInvalidYmd(y.value, m.value, d.value) !== null) return null;
	return { next: i + 5, form: { type: 'date', year: y.value, month: m.value, day: d.value } };
};

/**
 * 07/15/2024 (month first, as in US English) and 15.07.2024 (day first). When both numbers could be the month,
 * the date is marked uncertain.
 */
const parseNumeric: Parser = (t, i) => {
	const [a, s1, b, s2, y] = [t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4]];
	if (!isPlainNumber(a) || a.text.length > 2 || !standsAlone(t, i) || !s1 || !/^[/.]$/.test(s1.text)) return null;
	if (s1.gap !== 'none' || !isPlainNumber(b) || b.gap !== 'none' || b.text.length > 2 || !glued(t, i + 3, s1.text)) return null;
	if (!isPlainNumber(y) || y.gap !== 'none' || y.text.length !== 4 || !endsCleanly(t, i + 5) || s2 === undefined) return null;
	const monthFirst = s1.text === '/';
	const [month, day] = a.value > 12 ? [b.value, a.value] : b.value > 12 ? [a.value, b.value] : monthFirst ? [a.value, b.value] : [b.value, a.value];
	if (describeInvalidYmd(y.value, month, day) !== null) return null;
	const uncertain = a.value <= 12 && b.value <= 12 && a.value !== b.value;
	return { next: i + 5, form: { type: 'date', year: y.value, month, day, ...(uncertain ? { uncertain } : {}) } };
};

/** 24 February 2022, the 24th of February, 3 December */
const parseDayMonth: Parser = (t, i) => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const day = dayAt(t, i + the);
	if (day === null || (the && t[i + the]!.suffix === '')) return null;
	const of = isWord(t[i + the + 1], 'of') ? 1 : 0;
	const month = monthAt(t, i + the + 1 + of, true);
	if (month === null) return null;
	const year = trailingYear(t, month.next);
	if (!validDay(year.year, month.month, day)) return null;
	return { next: year.next, form: { type: 'date', year: year.year, month: month.month, day } };
};

/** February 24, 2022; Feb. 24; March 3 */
const parseMonthDay: Parser = (t, i) => {
	const month = monthAt(t, i, true);
	if (month === null) return null;
	const day = dayAt(t, month.next);
	if (day === null || !endsCleanly(t, month.next + 1)) return null;
	const year = trailingYear(t, month.next + 1);
	if (!validDay(year.year, month.month, day)) return null;
	return { next: year.next, form: { type: 'date', year: year.year, month: month.month, day } };
};

/** February 2022, May of 2021, Feb 2022 */
const parseMonthYear: Parser = (t, i) => {
	const month = monthAt(t, i, true);
	if (month === null) return null;
	const joiner = isWord(t[month.next], 'of') || glued(t, month.next, ',') ? 1 : 0;
	const year = yearAt(t, month.next + joiner);
	return year && { next: year.next, form: { type: 'date', year: year.year, month: month.month } };
};

/** "February of each year", "every March": a yearly month. */
const parseRecurringMonth: Parser = (t, i) => {
	const every = isWord(t[i], 'each') || isWord(t[i], 'every') ? 1 : 0;
	const month = monthAt(t, i + every, false);
	if (month === null) return null;
	if (every) return { next: month.next, form: { type: 'date', month: month.month, recurring: true } };
	const [of, each, year] = [t[month.next], t[month.next + 1], t[month.next + 2]];
	if (!isWord(of, 'of') || !(isWord(each, 'each') || isWord(each, 'every')) || !isWord(year, 'year')) return null;
	return { next: month.next + 3, form: { type: 'date', month: month.month, recurring: true } };
};

/** "in June": a full month name after a cue. */
const parseBareMonth: Parser = (t, i, cue) => {
	const month = monthAt(t, i, false);
	if (month === null || cue === 'none' || cue === 'determiner') return null;
	return { next: month.next, form: { type: 'date', month: month.month } };
};

/** Whether the words after a bare season or quarter leave it a date ("in the spring, …", not "the spring collection"). */
const clauseFollows = (t: Token[], i: number) => {
	const next = t[i];
	return next === undefined || next.gap === 'paragraph' || next.kind === 'punct' || (CLAUSE_WORDS.has(next.lower) && next.lower !== 'of');
};

/** the spring of 1812, summer 2019, in the autumn */
const parseSeason: Parser = (t, i, cue) => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const word = t[i + the];
	const season = word?.kind === 'word' ? SEASONS.get(word.lower) : undefined;
	if (season === undefined || !continues(t, i + the)) return null;
	const of = isWord(t[i + the + 1], 'of') ? 1 : 0;
	const year = yearAt(t, i + the + 1 + of);
	if (year !== null) return { next: year.next, form: { type: 'date', year: year.year, season } };
	const lowerCase = word!.text === word!.lower;
	if (!lowerCase || !(the || cue === 'strong' || cue === 'weak') || !clauseFollows(t, i + the + 1)) return null;
	return { next: i + the + 1, form: { type: 'date', season } };
};

/** "every Monday", "each spring": a set of days, not one. */
const isSet = (t: Token[], i: number) => isWord(t[i - 1], 'every') || isWord(t[i - 1], 'each');

/** A capitalised word before it, other than at a sentence start: "Good Friday", "Black Monday". */
function isPartOfName(t: Token[], i: number): boolean {
	const before = t[i - 1];
	if (before?.kind !== 'word' || !isCapitalised(before) || before.gap === 'paragraph' || t[i]!.gap !== 'space') return false;
	const sentenceStart = i - 1 === 0 || t[i - 1]!.gap === 'paragraph' || /^[.!?“"‘]$/.test(t[i - 2]?.text ?? '');
	return !sentenceStart && !WEEKDAY_CUES.has(before.lower);
}

const WEEKDAY_CUES = new Set(['on', 'by', 'since', 'until', 'last', 'next', 'this', 'from']);

/** Monday; Tuesday, March 3, 2020; Wednesday evening */
const parseWeekday: Parser = (t, i, cue) => {
	const word = t[i];
	const weekday = word?.kind === 'word' && isCapitalised(word) ? WEEKDAYS.get(word.lower) : undefined;
	if (weekday === undefined || isSet(t, i) || isPartOfName(t, i)) return null;
	const comma = glued(t, i + 1, ',') ? 1 : 0;
	const date = parseDayMonth(t, i + 1 + comma, cue) ?? parseMonthDay(t, i + 1 + comma, cue);
	if (date !== null && date.form.type === 'date') return { next: date.next, form: { ...date.form, weekday } };
	const after = t[i + 1];
	if (after?.kind === 'word' && isCapitalised(after) && after.gap !== 'paragraph') return null; // "Sunday Times"
	const part = after?.kind === 'word' && after.gap === 'space' && DAY_PARTS.has(after.lower);
	return { next: part ? i + 2 : i + 1, form: { type: 'date', weekday } };
};

/** the 1840s, the 1800s (a century), the 1st century AD, the late 19th century */
const parseYears: Parser = (t, i) => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const n = t[i + the];
	if (n?.kind !== 'number' || !continues(t, i + the) || !standsAlone(t, i + the)) return null;
	if (n.suffix === 's') {
		if (n.text.length !== 5 || n.value % 10 !== 0) return null;
		const last = n.value % 100 === 0 && n.value < 2000 ? n.value + 99 : n.value + 9;
		return { next: i + the + 1, form: { type: 'years', first: n.value, last } };
	}
	return n.suffix === '' ? null : century(t, i + the, n.value);
};

const parseCenturyWord: Parser = (t, i) => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const ordinal = t[i + the]?.kind === 'word' ? ORDINALS.get(t[i + the]!.lower) : undefined;
	return ordinal === undefined ? null : century(t, i + the, ordinal);
};

function century(t: Token[], i: number, ordinal: number): Parsed | null {
	const hyphen = glued(t, i + 1, '-') ? 1 : 0;
	if (!isWord(t[i + 1 + hyphen], 'century') || !continues(t, i + 1 + hyphen) || ordinal < 1 || ordinal > 30) return null;
	const era = eraAt(t, i + 2 + hyphen);
	if (era?.era === 'bc') return { next: era.next, form: { type: 'years', first: 1 - ordinal * 100, last: -(ordinal - 1) * 100 } };
	return { next: era?.next ?? i + 2 + hyphen, form: { type: 'years', first: (ordinal - 1) * 100 + 1, last: ordinal * 100 } };
}

/** A single year with its cue, or a range written in one piece ("2025–26", "1968-1974"). */
const parseYear: Parser = (t, i, cue) => {
	const range = yearRange(t, i);
	if (range !== null) return range;
	const year = yearAt(t, i);
	if (year === null) return null;
	const form: Form = { type: 'date', year: year.year };
	if (year.era || cue === 'strong') return { next: year.next, form };
	const after = t[year.next];
	if (cue === 'weak') return clauseFollows(t, year.next) || isCapitalised(after) ? { next: year.next, form } : null;
	if (cue === 'determiner' && after?.kind === 'word' && after.gap === 'space') return { next: year.next, form, modifier: true };
	return null;
};

function yearRange(t: Token[], i: number): Parsed | null {
	const [first, dash, second] = [t[i], t[i + 1], t[i + 2]];
	if (!isPlainNumber(first) || first.text.length !== 4 || first.value < 1000 || !continues(t, i) || !standsAlone(t, i)) return null;
	if (dash?.gap !== 'none' || !/^[–\-/]$/.test(dash.text) || !isPlainNumber(second) || second.gap !== 'none' || !endsCleanly(t, i + 3)) return null;
	const last = second.text.length === 2 ? Math.floor(first.value / 100) * 100 + second.value : second.text.length === 4 ? second.value : NaN;
	if (!(last > first.value && last - first.value < 100)) return null;
	return { next: i + 3, form: { type: 'date', year: first.value }, to: { type: 'date', year: last } };
}

/** the fourth quarter of 2024, Q3, the first half of 2022, the second half of the year */
const parsePart: Parser = (t, i) => {
	if (t[i]?.text === 'Q' && isPlainNumber(t[i + 1]) && t[i + 1]!.gap === 'none' && t[i + 1]!.value >= 1 && t[i + 1]!.value <= 4) {
		const year = yearAt(t, i + 2);
		return { next: year?.next ?? i + 2, form: { type: 'part', months: 3, index: t[i + 1]!.value, year: year?.year } };
	}
	const the = isWord(t[i], 'the') ? 1 : 0;
	const word = t[i + the];
	const index = word?.kind === 'number' && word.suffix !== 's' && word.suffix !== '' ? word.value : ORDINALS.get(word?.lower ?? '') ?? (['last', 'final'].includes(word?.lower ?? '') ? -1 : undefined);
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
	const relative = of ? { this: 0, last: -1, next: 1 }[t[next + 1]?.lower ?? ''] : undefined;
	if (relative !== undefined && isWord(t[next + 2], 'year'))
		return { next: next + 3, form: { type: 'part', months, index: resolved, yearFrom: { origin: 'publication', offset: relative } } };
	// A quarter without a year, unless it is a quarter of something else ("the first quarter of the match").
	if (months === 3 && !isWord(t[next], 'of')) return { next, form: { type: 'part', months, index: resolved } };
	return null;
};

/** Every parser is tried; the longest match wins (see `find.ts`). */
export const CALENDAR_PARSERS: readonly Parser[] = [
	parseIso,
	parseNumeric,
	parseWeekday,
	parseDayMonth,
	parseMonthDay,
	parseMonthYear,
	parseRecurringMonth,
	parseBareMonth,
	parseSeason,
	parseYears,
	parseCenturyWord,
	parsePart,
	parseYear
];
