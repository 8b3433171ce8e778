/**
 * Calendar dates written out: days and months in every common order, two days of a month, days named for a fixed
 * date, numeric and ISO dates, months and seasons with or without a year, weekdays, and years with a cue or an era.
 * Month names, weekdays and eras must be capitalised ("may" is a verb, "March" a month); a bare year needs a cue.
 * Just over 250 lines: every parser of a calendar date is here, so that `CALENDAR_PARSERS` is read in one place.
 */
import { describeInvalidYmd } from '../dates/calendar-day.ts';
import type { Form } from './forms.ts';
import { DAY_PARTS, FIXED_DAYS, MONTHS, NAMED_DAYS, NUMBERED_NAMES, SEASONS, STREET_WORDS, WEEKDAYS } from './lexicon.ts';
import { type Token, isCapitalised, isPlainNumber, isWord } from './tokens.ts';
import {
	type Parsed,
	type Parser,
	clauseFollows,
	continues,
	dayAt,
	endsCleanly,
	glued,
	monthAt,
	publicationYearAfter,
	standsAlone,
	trailingYear,
	validDay,
	yearAt
} from './token-readers.ts';

/** One or two plain digits glued to what comes before: an ISO-like date's month or day. */
const isoPart = (token: Token | undefined): token is Token => isPlainNumber(token) && token.gap === 'none' && token.text.length <= 2;

/** 2024-06-12, and unpadded 2024-6-12 */
const parseIso: Parser = (t, i) => {
	const [y, m, d] = [t[i], t[i + 2], t[i + 4]];
	if (!isPlainNumber(y) || y.text.length !== 4 || !standsAlone(t, i) || !glued(t, i + 1, '-') || !glued(t, i + 3, '-')) return null;
	if (!isoPart(m) || !isoPart(d)) return null;
	if (!endsCleanly(t, i + 5) || describeInvalidYmd(y.value, m.value, d.value) !== null) return null;
	return { next: i + 5, form: { type: 'date', year: y.value, month: m.value, day: d.value } };
};

/**
 * 07/15/2024 (month first, as in US English) and 15.07.2024 (day first). When both numbers could be the month,
 * the date is marked uncertain.
 */
const parseNumeric: Parser = (t, i) => {
	const [a, s1, b, y] = [t[i], t[i + 1], t[i + 2], t[i + 4]];
	if (!isPlainNumber(a) || a.text.length > 2 || !standsAlone(t, i) || !s1 || !/^[/.]$/.test(s1.text)) return null;
	if (s1.gap !== 'none' || !isPlainNumber(b) || b.gap !== 'none' || b.text.length > 2 || !glued(t, i + 3, s1.text)) return null;
	if (!isPlainNumber(y) || y.gap !== 'none' || y.text.length !== 4 || !endsCleanly(t, i + 5)) return null;
	const monthFirst = s1.text === '/';
	const [month, day] = a.value > 12 ? [b.value, a.value] : b.value > 12 ? [a.value, b.value] : monthFirst ? [a.value, b.value] : [b.value, a.value];
	if (describeInvalidYmd(y.value, month, day) !== null) return null;
	const uncertain = a.value <= 12 && b.value <= 12 && a.value !== b.value;
	return { next: i + 5, form: { type: 'date', year: y.value, month, day, ...(uncertain ? { uncertain } : {}) } };
};

/** What the day-and-month parsers read: always a calendar date, which a weekday before it can join. */
type DateParsed = Parsed & { form: Extract<Form, { type: 'date' }> };

/** 24 February 2022, the 24th of February, 3 December */
const parseDayMonth = (t: Token[], i: number): DateParsed | null => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const day = dayAt(t, i + the);
	if (day === null || (the && t[i + the]!.suffix === '')) return null;
	const of = isWord(t[i + the + 1], 'of') ? 1 : 0;
	const month = monthAt(t, i + the + 1 + of, true);
	if (month === null) return null;
	const year = trailingYear(t, month.next);
	if (!validDay(year.year, month.month, day)) return null;
	return withPublicationYear(t, { next: year.next, form: { type: 'date', year: year.year, month: month.month, day } });
};

/** A date without a written year, followed by "last year", "this year" or "next year", takes that year. */
function withPublicationYear(t: Token[], parsed: DateParsed): DateParsed {
	const relative = parsed.form.year === undefined ? publicationYearAfter(t, parsed.next) : null;
	if (relative === null) return parsed;
	return { next: relative.next, form: { ...parsed.form, yearFrom: { origin: 'publication', offset: relative.offset } } };
}

/** A dash, en dash or slash glued to what comes before: "15–16", "2019/20". */
const joinsRange = (token: Token | undefined): boolean => token?.gap === 'none' && /^[–\-/]$/.test(token.text);

/** 15–16 October, 1-3 March 2024, 12/13 August: two days of one month, in order, joined by a glued dash or slash. */
const parseDayRange: Parser = (t, i) => {
	const [first, joiner, second] = [dayAt(t, i), t[i + 1], t[i + 2]];
	if (first === null || !joinsRange(joiner)) return null;
	if (second?.kind !== 'number' || second.gap !== 'none' || second.suffix === 's' || second.text.length - second.suffix.length > 2) return null;
	const month = monthAt(t, i + 3, true);
	if (month === null || t[i + 3]!.gap !== 'space') return null;
	const year = trailingYear(t, month.next);
	if (!(first < second.value) || !validDay(year.year, month.month, second.value)) return null;
	const day = (d: number): DateParsed['form'] => ({ type: 'date', year: year.year, month: month.month, day: d });
	const parsed = withPublicationYear(t, { next: year.next, form: day(first) });
	return { ...parsed, to: day(second.value) };
};

/** February 24, 2022; Feb. 24; March 3 */
const parseMonthDay = (t: Token[], i: number): DateParsed | null => {
	const month = monthAt(t, i, true, true);
	if (month === null) return null;
	const day = dayAt(t, month.next);
	if (day === null || !endsCleanly(t, month.next + 1)) return null;
	const year = trailingYear(t, month.next + 1);
	if (validDay(year.year, month.month, day))
		return withPublicationYear(t, { next: year.next, form: { type: 'date', year: year.year, month: month.month, day } });
	// "February 29, 2023": the month of that year, as "29 February 2023" reads "February 2023".
	return year.year === undefined ? null : { next: year.next, form: { type: 'date', year: year.year, month: month.month } };
};

/** February 2022, May of 2021, Feb 2022, March in 2021 (a full name only: "Jan in 2021" may be someone in 2021) */
const parseMonthYear: Parser = (t, i) => {
	const month = monthAt(t, i, true, true);
	if (month === null) return null;
	const fullName = MONTHS.has(t[i]!.lower);
	const joiner = isWord(t[month.next], 'of') || glued(t, month.next, ',') || (fullName && isWord(t[month.next], 'in')) ? 1 : 0;
	const year = yearAt(t, month.next + joiner);
	return year && { next: year.next, form: { type: 'date', year: year.year, month: month.month } };
};

/** Boxing Day, New Year's Day, Christmas Day 2020, Halloween last year: a day named for a fixed date, every word capitalised. */
const parseFixedDay: Parser = (t, i) => {
	let name = '';
	for (let k = i; k < i + 5 && t[k] !== undefined && (k === i || continues(t, k)); k++) {
		const token = t[k]!;
		const apostrophe = token.text === '’' || token.text === "'";
		const possessive = token.text === 's' && token.gap === 'none';
		if (!apostrophe && !possessive && !isCapitalised(token)) return null;
		name += (k === i || token.gap === 'none' ? '' : ' ') + (apostrophe ? "'" : token.lower);
		const date = FIXED_DAYS.get(name);
		if (date === undefined) continue;
		if (isCapitalised(t[k + 1]) && t[k + 1]!.gap === 'space') return null; // "the Boxing Day Test" is a name
		const year = trailingYear(t, k + 1);
		return withPublicationYear(t, { next: year.next, form: { type: 'date', year: year.year, ...date } });
	}
	return null;
};

/** "February of each year", "every March": a yearly month; a month without "every" before it may open a paragraph. */
const parseRecurringMonth: Parser = (t, i) => {
	const every = isWord(t[i], 'each') || isWord(t[i], 'every') ? 1 : 0;
	const month = monthAt(t, i + every, false, every === 0);
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
	return withPublicationYear(t, { next: month.next, form: { type: 'date', month: month.month } });
};

/** the spring of 1812, summer 2019, in the autumn */
const parseSeason: Parser = (t, i, cue) => {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const word = t[i + the];
	const season = word?.kind === 'word' ? SEASONS.get(word.lower) : undefined;
	if (season === undefined || (the && !continues(t, i + 1))) return null;
	const of = isWord(t[i + the + 1], 'of') ? 1 : 0;
	const year = yearAt(t, i + the + 1 + of);
	if (year !== null) return { next: year.next, form: { type: 'date', year: year.year, season } };
	// Without a year: lower case ("the Arab Spring" is a name), after "the" or a cue in its own paragraph, and a clause after.
	const cued = the || ((cue === 'strong' || cue === 'weak') && continues(t, i));
	if (word!.text !== word!.lower || !cued || !clauseFollows(t, i + the + 1)) return null;
	return { next: i + the + 1, form: { type: 'date', season, ...(the ? { definite: true } : {}) } };
};

/** "every Monday", "each spring": a set of days, not one. */
const isSet = (t: Token[], i: number) => isWord(t[i - 1], 'every') || isWord(t[i - 1], 'each');

/**
 * A capitalised word before it, other than at a sentence start ("Black Monday" mid-sentence; "Late Friday, …" opens
 * one), or a day's own name anywhere ("Good Friday is a holiday.").
 */
function isPartOfName(t: Token[], i: number): boolean {
	const before = t[i - 1];
	if (!isCapitalised(before) || t[i]!.gap !== 'space') return false;
	if (NAMED_DAYS.has(`${before.lower} ${t[i]!.lower}`)) return true;
	const sentenceStart = i - 1 === 0 || before.gap === 'paragraph' || /^[.!?“"‘]$/.test(t[i - 2]!.text);
	return !sentenceStart && !WEEKDAY_CUES.has(before.lower);
}

const WEEKDAY_CUES = new Set(['on', 'by', 'since', 'until', 'last', 'next', 'this', 'from']);

/** Monday; Tuesday, March 3, 2020; Wednesday evening */
const parseWeekday: Parser = (t, i) => {
	const word = t[i];
	const weekday = isCapitalised(word) ? WEEKDAYS.get(word.lower) : undefined;
	if (weekday === undefined || isSet(t, i) || isPartOfName(t, i)) return null;
	const comma = glued(t, i + 1, ',') ? 1 : 0;
	// The date must go on in the weekday's paragraph (a month may open a paragraph of its own).
	const date = continues(t, i + 1 + comma) ? (parseDayMonth(t, i + 1 + comma) ?? parseMonthDay(t, i + 1 + comma)) : null;
	if (date !== null) return { next: date.next, form: { ...date.form, weekday } };
	const after = t[i + 1];
	if (isCapitalised(after) && after.gap !== 'paragraph') return null; // "Sunday Times"
	const part = after?.gap === 'space' && DAY_PARTS.has(after.lower);
	return { next: part ? i + 2 : i + 1, form: { type: 'date', weekday } };
};

/** A single year with its cue, or a range written in one piece ("2025–26", "1968-1974"). */
const parseYear: Parser = (t, i, cue) => {
	const range = yearRange(t, i);
	if (range !== null) return range;
	const year = yearAt(t, i);
	if (year === null || (!year.era && NUMBERED_NAMES.has(t[year.next]?.lower ?? ''))) return null;
	const form: Form = { type: 'date', year: year.year };
	if (year.era || cue === 'strong') return { next: year.next, form };
	const after = t[year.next];
	if (cue === 'weak') return clauseFollows(t, year.next) || (isCapitalised(after) && !isStreet(t, year.next)) ? { next: year.next, form } : null;
	if (cue === 'determiner' && after?.kind === 'word' && after.gap === 'space') return { next: year.next, form, modifier: true };
	return null;
};

/** Up to three capitalised words from `i`, the last a street's ("Pennsylvania Avenue", "Main St"): an address's. */
function isStreet(t: Token[], i: number): boolean {
	for (let k = i; k < i + 3 && isCapitalised(t[k]) && t[k]!.gap === 'space'; k++) if (STREET_WORDS.has(t[k]!.lower)) return k > i;
	return false;
}

/**
 * "2025–26", "1999–00", "1968-1974": years 1000–2999 (as `yearAt` reads a lone year), less than a hundred apart,
 * going forward.
 */
function yearRange(t: Token[], i: number): Parsed | null {
	const [first, dash, second] = [t[i], t[i + 1], t[i + 2]];
	if (!isPlainNumber(first) || first.text.length !== 4 || first.value < 1000 || !standsAlone(t, i)) return null;
	if (!joinsRange(dash) || !isPlainNumber(second) || second.gap !== 'none' || !endsCleanly(t, i + 3)) return null;
	const last = second.text.length === 2 ? twoDigitEnd(first.value, second.value) : second.text.length === 4 ? second.value : NaN;
	if (!(last > first.value && last - first.value < 100 && last <= 2999)) return null;
	return { next: i + 3, form: { type: 'date', year: first.value }, to: { type: 'date', year: last } };
}

/**
 * The year a two-digit end names: the first after `start` ending in those digits ("2019–20", "1999–00" is 2000),
 * into the next century only for a span under ten years (a season or a fiscal year; "1950-20" is no range).
 */
function twoDigitEnd(start: number, digits: number): number {
	const sameCentury = Math.floor(start / 100) * 100 + digits;
	if (sameCentury > start) return sameCentury;
	return sameCentury + 100 - start < 10 ? sameCentury + 100 : NaN;
}

/** Every parser is tried; the longest match wins (see `find.ts`). */
export const CALENDAR_PARSERS: readonly Parser[] = [
	parseIso,
	parseNumeric,
	parseWeekday,
	parseDayMonth,
	parseDayRange,
	parseMonthDay,
	parseMonthYear,
	parseRecurringMonth,
	parseFixedDay,
	parseBareMonth,
	parseSeason,
	parseYear
];
