/**
 * English display text for dates, at exactly the precision the data has:
 * "February 2022" never becomes "1 February 2022".
 */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { type CalendarDay, dayToDisplayDate, ymdFromDay } from './calendar-day.ts';
import type { DayRange, EdtfDate, EdtfPoint, Precision, Qualifier, Season } from './edtf.ts';

/**
 * Explicit so that a date-fns default locale set elsewhere cannot change the language. en-US is date-fns's own
 * default, so this costs no second copy of locale data in the bundle; its month names are those of en-GB.
 */
export const ENGLISH = { locale: enUS };

/** "24 February 2022" */
export function formatDay(day: CalendarDay): string {
	return dayWords(day).join(' ');
}

/**
 * "24 February 2022", "c. spring 2023 (?)", "4–20 February 2022", "from 2020"…
 * A `qualifier` ("early", "mid", "late") describes part of a single date.
 * @throws RangeError when a qualifier is given with an interval, where it is
 * ambiguous which end (or the whole span) it would describe.
 */
export function formatEdtf(date: EdtfDate, qualifier?: Qualifier): string {
	if (date.kind === 'point') return pointPhrase(date.point, qualifier).words.join(' ');
	if (qualifier !== undefined) {
		throw new RangeError(`qualifier "${qualifier}" cannot describe the interval "${date.text}"`);
	}
	const start = date.start === null ? null : pointPhrase(date.start);
	const end = date.end === null ? null : pointPhrase(date.end);
	return date.kind === 'oneOf' ? formatOneOf(start, end) : formatRange(start, end);
}

/** One unknown day in a range: "between March and May 2023", "on or before November 2022". */
function formatOneOf(start: Phrase | null, end: Phrase | null): string {
	if (start === null) return `on or before ${end!.words.join(' ')}`;
	if (end === null) return `on or after ${start.words.join(' ')}`;
	const sharedCount = canShareWords(start, end) ? countSharedTail(start.words, end.words) : 0;
	const startOwn = start.words.slice(0, start.words.length - sharedCount);
	return `between ${startOwn.join(' ')} and ${end.words.join(' ')}`;
}

/** A range of exact days, written like an interval of EDTF days. */
export function formatDayRange(range: DayRange): string {
	const phraseOf = (day: CalendarDay | null) =>
		day === null ? null : { words: dayWords(day), precision: 'day' as const, marked: false };
	return formatRange(phraseOf(range.earliest), phraseOf(range.latest));
}

const PRECISION_LABELS: Readonly<Record<Precision, string>> = {
	day: 'exact day',
	month: 'month',
	season: 'season',
	year: 'year'
};

/** How precise the date is, for accessible descriptions ("exact day", "season", "range"…). */
export function precisionLabel(date: EdtfDate): string {
	if (date.kind === 'oneOf') return 'one day in a range';
	if (date.kind === 'interval') {
		return date.start === null || date.end === null ? 'open-ended range' : 'range';
	}
	const { precision, approximate, uncertain } = date.point;
	// An approximate or uncertain day is not exact.
	if (precision === 'day' && (approximate || uncertain)) return 'day';
	return PRECISION_LABELS[precision];
}

/**
 * A date's words, most specific first, so that a range can print the words
 * its two ends share only once: "30 November – 2 December 2022".
 */
interface Phrase {
	words: readonly string[];
	precision: Precision;
	/** Has "c." or "(?)", which qualify the whole end, so no word may be shared. */
	marked: boolean;
}

/**
 * Open ends read "from" and "until"; "until" rather than "before" because
 * bounds are inclusive: "until 3 February 2023" includes that day.
 */
function formatRange(start: Phrase | null, end: Phrase | null): string {
	if (start === null) return end === null ? 'any date' : `until ${end.words.join(' ')}`;
	if (end === null) return `from ${start.words.join(' ')}`;
	const sharedCount = canShareWords(start, end) ? countSharedTail(start.words, end.words) : 0;
	const startOwn = start.words.slice(0, start.words.length - sharedCount);
	const endOwn = end.words.slice(0, end.words.length - sharedCount);
	// Same shape and all words shared: both ends are the same date.
	if (startOwn.length === 0) return end.words.join(' ');
	// Closed up between single words ("4–20", "2020–2022"), spaced between phrases.
	const dash = startOwn.length === 1 && endOwn.length === 1 ? '–' : ' – ';
	const span = `${startOwn.join(' ')}${dash}${endOwn.join(' ')}`;
	return [span, ...end.words.slice(endOwn.length)].join(' ');
}

/** Only ends of the same precision line up word for word ("February 2022" vs "24 March 2022" do not). */
function canShareWords(start: Phrase, end: Phrase): boolean {
	return start.precision === end.precision && !start.marked && !end.marked;
}

function countSharedTail(a: readonly string[], b: readonly string[]): number {
	let count = 0;
	while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) {
		count++;
	}
	return count;
}

function pointPhrase(point: EdtfPoint, qualifier?: Qualifier): Phrase {
	const words = qualify(bareWords(point), qualifier);
	return {
		words: [...(point.approximate ? ['c.'] : []), ...words, ...(point.uncertain ? ['(?)'] : [])],
		precision: point.precision,
		marked: point.approximate || point.uncertain
	};
}

function qualify(words: readonly string[], qualifier?: Qualifier): readonly string[] {
	if (qualifier === undefined) return words;
	if (qualifier === 'mid') return words.map((word, index) => (index === 0 ? `mid-${word}` : word));
	return [qualifier, ...words];
}

const SEASON_NAMES: Readonly<Record<Season, string>> = {
	21: 'spring',
	22: 'summer',
	23: 'autumn',
	24: 'winter'
};

function bareWords(point: EdtfPoint): readonly string[] {
	switch (point.precision) {
		case 'day':
			return dayWords(point.earliest);
		case 'month':
			return formatWords(point.earliest, ['MMMM', 'y']);
		case 'year':
			return formatWords(point.earliest, ['y']);
		case 'season':
			return [
				SEASON_NAMES[point.season],
				yearSpanLabel(point.year, ymdFromDay(point.latest).year)
			];
	}
}

function dayWords(day: CalendarDay): readonly string[] {
	return formatWords(day, ['d', 'MMMM', 'y']);
}

function formatWords(day: CalendarDay, patterns: readonly string[]): readonly string[] {
	const shown = dayToDisplayDate(day);
	return patterns.map((pattern) => format(shown, pattern, ENGLISH));
}

/** "2023", or "2022–23" for a winter; the century is kept when it changes ("1999–2000"). */
function yearSpanLabel(firstYear: number, lastYear: number): string {
	if (firstYear === lastYear) return String(firstYear);
	const sameCentury = Math.floor(firstYear / 100) === Math.floor(lastYear / 100);
	const lastLabel = sameCentury ? String(lastYear % 100).padStart(2, '0') : String(lastYear);
	return `${firstYear}–${lastLabel}`;
}
