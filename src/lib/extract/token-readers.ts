/**
 * Reading the pieces of a date at a token: numbers that stand alone, days, months, years and eras, and whether a
 * clause goes on after a date. The parsers (`parse-calendar.ts`, `parse-periods.ts`, `parse-relative.ts`) are
 * made of these; each returns the token after what it read, or null.
 */
import { daysInMonth } from '../dates/calendar-day.ts';
import type { Form } from './forms.ts';
import { ERAS, MONTHS, MONTH_ABBREVIATIONS } from './lexicon.ts';
import { type Token, isCapitalised, isPlainNumber } from './tokens.ts';
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
export const glued = (t: Token[], i: number, text: string) => t[i]?.text === text && t[i]!.gap === 'none';

/** A hyphen, or the en dash often typeset in its place ("mid–2025"); not an em dash, which breaks a sentence. */
export const isHyphen = (token: Token | undefined): boolean => token?.text === '-' || token?.text === '–';

/** A number that is not part of another token run: not "G20", "COVID-19", "40,000" or "4.5". */
export function standsAlone(t: Token[], i: number): boolean {
	const token = t[i]!;
	if (token.gap !== 'none') return true;
	const before = t[i - 1]!; // the first token is never glued (its gap is "space")
	if (isHyphen(before) && ['early', 'mid', 'late'].includes(t[i - 2]?.lower ?? '')) return true; // "mid-2025", "mid–2025"
	return /^[(“"‘'[]$/.test(before.text);
}

/** Nothing glued after the number that makes it a quantity, a time or a code ("2,000", "4.5", "12:30", "12%", "2-0"). */
export function endsCleanly(t: Token[], next: number): boolean {
	const after = t[next];
	if (after === undefined || after.gap !== 'none') return true;
	if (/^[%/\-–]$/.test(after.text)) return false; // glued after a number is only ever a mark (see tokens.ts)
	return !(/^[.,:]$/.test(after.text) && t[next + 1]?.kind === 'number' && t[next + 1]!.gap === 'none');
}

/**
 * A month's name, capitalised ("may" is a verb), abbreviated only when `abbreviations`. It continues what comes before
 * it in its paragraph, unless it `opens` the expression, which may begin a paragraph ("March 2024 was calm.").
 */
export function monthAt(t: Token[], i: number, abbreviations: boolean, opens = false): { month: number; next: number } | null {
	const token = t[i];
	if (!isCapitalised(token) || !(opens || continues(t, i))) return null; // only a word starts with a capital
	const month = MONTHS.get(token.lower) ?? (abbreviations ? MONTH_ABBREVIATIONS.get(token.lower) : undefined);
	if (month === undefined) return null;
	return { month, next: glued(t, i + 1, '.') && !MONTHS.has(token.lower) ? i + 2 : i + 1 };
}

/** "BC", "BCE", "AD", "CE" (capitals), or "B.C." / "A.D.". */
export function eraAt(t: Token[], i: number): { era: 'bc' | 'ad'; next: number } | null {
	if (!continues(t, i)) return null;
	const token = t[i]!;
	const era = ERAS.get(token.lower);
	if (era !== undefined && token.text === token.text.toUpperCase()) return { era, next: i + 1 };
	const dotted = token.text === 'A' ? 'ad' : token.text === 'B' ? 'bc' : null;
	if (dotted === null || !glued(t, i + 1, '.') || !glued(t, i + 2, dotted === 'ad' ? 'D' : 'C')) return null;
	return { era: dotted, next: glued(t, i + 3, '.') ? i + 4 : i + 3 };
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
	if (n.value < 1000 || n.value > 2999 || !endsCleanly(t, i + 1)) return null;
	return { year: n.value, next: i + 1, era: false };
}

/** A day of the month as a number or an ordinal of one or two digits ("24", "24th"); whether its month has it is `validDay`'s. */
export function dayAt(t: Token[], i: number): number | null {
	const n = t[i];
	if (n?.kind !== 'number' || n.suffix === 's' || n.text.length - n.suffix.length > 2 || !continues(t, i)) return null;
	return standsAlone(t, i) ? n.value : null;
}

/** An optional year after a day and month: ", 2022", " 2022". */
export function trailingYear(t: Token[], i: number): { year?: number; next: number } {
	const comma = glued(t, i, ',') ? i + 1 : i;
	const year = yearAt(t, comma);
	return year === null ? { next: i } : { year: year.year, next: year.next };
}

/**
 * "last year", "this year", "next year" (or "of last year") after a day or a month, its year counted from
 * publication ("on 9 December last year"); not "last year's", which names something of that year.
 */
export function publicationYearAfter(t: Token[], i: number): { offset: number; next: number } | null {
	const of = t[i]?.lower === 'of' && continues(t, i) ? 1 : 0;
	const [word, year] = [t[i + of], t[i + of + 1]];
	const offset = word === undefined || !continues(t, i + of) ? undefined : RELATIVE_YEAR_WORDS.get(word.lower);
	if (offset === undefined || year?.lower !== 'year' || year.gap !== 'space' || glued(t, i + of + 2, '’') || glued(t, i + of + 2, "'"))
		return null;
	return { offset, next: i + of + 2 };
}

const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = new Map([
	['last', -1],
	['this', 0],
	['next', 1]
]);

/** The day is in its month: of its year (astronomical, so 44 BC is -43), or of a leap year when no year is given. */
export const validDay = (year: number | undefined, month: number, day: number) => day >= 1 && day <= daysInMonth(year ?? 2000, month);

/** The expression ends before token `i`: the text, its paragraph or its phrase ends there. */
export const endsHere = (t: Token[], i: number): boolean => t[i] === undefined || t[i]!.kind === 'punct' || t[i]!.gap === 'paragraph';

/** Whether the words after a bare season or quarter leave it a date ("in the spring, …", not "the spring collection"). */
export const clauseFollows = (t: Token[], i: number) => endsHere(t, i) || CLAUSE_WORDS.has(t[i]!.lower);
