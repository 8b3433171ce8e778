/**
 * The studio's date editor as data: what a person picks (a precision, flags, early / mid / late, open ends, one
 * of a range) and the project's EDTF it stands for, both ways, with a plain-English reading. EDTF is written by
 * the extractor's writer (`formatValue`) and read and checked by `dates/edtf.ts`: no second parser or formatter.
 * A decade or a century is a one-of range of years (`[1840..1849]`, `[1801..1900]`), as the extractor writes them.
 */
import { edtfBounds, tryParseEdtf, type EdtfDate, type EdtfPoint, type Qualifier, type Season } from '../dates/edtf.ts';
import { formatDayRange, formatEdtf } from '../dates/format.ts';
import { formatValue, type Point, type Value } from '../extract/values.ts';

export type ChoicePrecision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** The precisions an end of a range may have: a decade or a century has no single first or last day to start from. */
export const END_PRECISIONS = ['day', 'month', 'season', 'year'] as const satisfies readonly ChoicePrecision[];
/** The precisions "early", "mid" and "late" may describe (the validator's rule). */
export const QUALIFIABLE: readonly ChoicePrecision[] = ['month', 'season', 'year'];

export interface PointChoice {
	precision: ChoicePrecision;
	/** The year; for a decade its first year (1840), for a century its number (19 for 1801–1900). */
	year: number;
	/** 1–12, for a day or a month. */
	month?: number;
	/** 1–31, for a day. */
	day?: number;
	season?: Season;
	approximate: boolean;
	uncertain: boolean;
}

/**
 * `single`: one date (`start`). `between`: one moment somewhere from `start` to `end` (EDTF's one-of range).
 * `span`: lasting from `start` to `end` (an interval). `null` is an open end.
 */
export interface DateChoice {
	shape: 'single' | 'between' | 'span';
	start: PointChoice | null;
	end: PointChoice | null;
	qualifier: Qualifier | null;
}

export type ChoiceOutcome = { ok: true; edtf: string; date: EdtfDate } | { ok: false; problem: string };

export function choiceToEdtf(choice: DateChoice): ChoiceOutcome {
	const problem = shapeProblem(choice);
	if (problem) return { ok: false, problem };
	const value = toValue(choice);
	const edtf = formatValue(value);
	const parsed = tryParseEdtf(edtf);
	return parsed.ok ? { ok: true, edtf, date: parsed.value } : { ok: false, problem: parsed.error };
}

function shapeProblem({ shape, start, end, qualifier }: DateChoice): string | null {
	if (shape === 'single') {
		if (start === null) return 'choose a date';
		if (qualifier !== null && !QUALIFIABLE.includes(start.precision)) return `early / mid / late applies to a month, season or year, not to a ${start.precision}`;
		return null;
	}
	if (start === null && end === null) return 'a range needs at least one end: give a start, an end or both';
	for (const point of [start, end]) {
		if (point && !(END_PRECISIONS as readonly string[]).includes(point.precision)) return `an end of a range is a day, month, season or year, not a ${point.precision}`;
	}
	if (qualifier !== null) return 'early / mid / late applies to a single date, not to a range';
	return null;
}

const marks = (p: PointChoice) => ({ ...(p.approximate ? { approximate: true } : {}), ...(p.uncertain ? { uncertain: true } : {}) });

/** A point the writer knows; a decade or a century is not one (its ends are years). */
function toPoint(p: PointChoice): Point {
	switch (p.precision) {
		case 'day':
			return { precision: 'day', year: p.year, month: p.month ?? 1, day: p.day ?? 1, ...marks(p) };
		case 'month':
			return { precision: 'month', year: p.year, month: p.month ?? 1, ...marks(p) };
		case 'season':
			return { precision: 'season', year: p.year, season: p.season ?? 21, ...marks(p) };
		default:
			return { precision: 'year', year: p.year, ...marks(p) };
	}
}

/** First and last year of a decade or century. */
function yearsOf(p: PointChoice): [number, number] {
	return p.precision === 'decade' ? [p.year, p.year + 9] : [(p.year - 1) * 100 + 1, p.year * 100];
}

function toValue(choice: DateChoice): Value {
	const { shape, start, end } = choice;
	if (shape === 'single') {
		const p = start!;
		if (p.precision !== 'decade' && p.precision !== 'century') return { kind: 'point', point: toPoint(p) };
		const [first, last] = yearsOf(p);
		return { kind: 'oneOf', start: toPoint({ ...p, precision: 'year', year: first }), end: toPoint({ ...p, precision: 'year', year: last }) };
	}
	return { kind: shape === 'span' ? 'interval' : 'oneOf', start: start && toPoint(start), end: end && toPoint(end) };
}

export type ReadOutcome = { ok: true; choice: DateChoice } | { ok: false; problem: string };

/** The choice an EDTF date (with its qualifier) stands for, to edit it; the parser's message when it is not one. */
export function choiceFromEdtf(text: string, qualifier: Qualifier | null = null): ReadOutcome {
	const parsed = tryParseEdtf(text);
	if (!parsed.ok) return { ok: false, problem: parsed.error };
	const date = parsed.value;
	if (date.kind === 'point') return { ok: true, choice: { shape: 'single', start: pointChoice(date.point), end: null, qualifier } };
	const start = date.start && pointChoice(date.start);
	const end = date.end && pointChoice(date.end);
	if (date.kind === 'oneOf' && start && end) {
		const period = yearsPeriod(start, end);
		if (period) return { ok: true, choice: { shape: 'single', start: period, end: null, qualifier: null } };
	}
	return { ok: true, choice: { shape: date.kind === 'interval' ? 'span' : 'between', start, end, qualifier: null } };
}

export function pointChoice(point: EdtfPoint): PointChoice {
	const { precision, year, month, day, season, approximate, uncertain } = point;
	return { precision, year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), ...(season === undefined ? {} : { season }), approximate, uncertain };
}

/** A one-of range of whole years that is exactly a decade (1840–1849) or a century (1801–1900), with the same flags at both ends. */
function yearsPeriod(start: PointChoice, end: PointChoice): PointChoice | null {
	if (start.precision !== 'year' || end.precision !== 'year') return null;
	if (start.approximate !== end.approximate || start.uncertain !== end.uncertain) return null;
	if (start.year % 10 === 0 && end.year === start.year + 9) return { ...start, precision: 'decade' };
	if (start.year % 100 === 1 && end.year === start.year + 99) return { ...start, precision: 'century', year: (start.year - 1) / 100 + 1 };
	return null;
}

// ——— Reading it out ———

export interface DateReading {
	/** What the date means, in a sentence: "Sometime in spring 2023, approximately". */
	sentence: string;
	/** How the timeline and the lists label it ("c. spring 2023"). */
	label: string;
	/** The first and last day it can mean, written out ("1 March – 31 May 2023"), or how far it is open. */
	days: string;
}

/** The plain-English reading of a choice that has a valid EDTF. */
export function readChoice(choice: DateChoice, outcome: Extract<ChoiceOutcome, { ok: true }>): DateReading {
	const { date } = outcome;
	return {
		sentence: sentence(choice),
		label: formatEdtf(date, date.kind === 'point' ? (choice.qualifier ?? undefined) : undefined),
		days: formatDayRange(edtfBounds(date))
	};
}

const ORDINAL_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

/** The words of one point without its flags: "24 February 2022", "late spring 2023", "the 1840s", "the 19th century". */
function pointWords(p: PointChoice, qualifier: Qualifier | null = null): string {
	if (p.precision === 'decade') return `the ${p.year}s`;
	if (p.precision === 'century') return `the ${p.year}${ORDINAL_SUFFIX(p.year)} century`;
	const bare = formatValue({ kind: 'point', point: toPoint({ ...p, approximate: false, uncertain: false }) });
	const parsed = tryParseEdtf(bare);
	return parsed.ok ? formatEdtf(parsed.value, qualifier ?? undefined) : bare;
}

function flags(p: PointChoice): string {
	if (p.approximate && p.uncertain) return ', approximately, and uncertain';
	if (p.approximate) return ', approximately';
	return p.uncertain ? ' (uncertain)' : '';
}

function sentence({ shape, start, end, qualifier }: DateChoice): string {
	const words = (p: PointChoice) => `${pointWords(p)}${flags(p)}`;
	if (shape === 'single') {
		const p = start!;
		const lead = p.precision === 'day' ? 'On' : 'Sometime in';
		return `${lead} ${pointWords(p, qualifier)}${flags(p)}`;
	}
	if (shape === 'between') {
		if (start === null) return `One moment on or before ${words(end!)}`;
		if (end === null) return `One moment on or after ${words(start)}`;
		return `One moment sometime between ${words(start)} and ${words(end)}`;
	}
	if (start === null) return `Lasting until ${words(end!)}, with no start given`;
	if (end === null) return `Lasting from ${words(start)}, with no end given`;
	return `Lasting from ${words(start)} to ${words(end)}`;
}
