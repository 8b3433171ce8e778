/**
 * What a time expression says, before it is placed on the calendar: the parsers (`parse-*.ts`) read words into
 * a `Form`, and `resolve.ts` turns the form into a value against the publication date and the date last
 * mentioned. Keeping the two apart lets the parsers stay about words and the resolver about the calendar.
 */
import type { Qualifier, Season } from '../dates/edtf.ts';
import type { Signal, Unit } from './lexicon.ts';

/** Where a relative expression counts from: the publication date, or the date last mentioned ("the reference"). */
export type Origin = 'publication' | 'reference';

export type Form =
	/** A calendar date, perhaps without its year ("3 December", "spring", "February of each year"). */
	| {
			type: 'date';
			year?: number;
			month?: number;
			day?: number;
			season?: Season;
			/** The weekday written beside the date ("Sunday, 26 January"): it picks the year when none is given. */
			weekday?: number;
			/** "February of each year": a yearly occurrence, written as the one the context means. */
			recurring?: boolean;
			/** Day and month could be read either way round ("03/04/2022"). */
			uncertain?: boolean;
			/** "9 December last year": the year counted from the publication date, when no year is written. */
			yearFrom?: { origin: 'publication'; offset: number };
			/** "the second week of March": days 8–14 of the month (1 to 4), or its last seven days (-1). */
			week?: number;
			/** "the winter": a season the story has come to, read onward from the date last mentioned in a narrative. */
			definite?: boolean;
	  }
	/** A span of whole years: a decade or a century, as astronomical years. */
	| { type: 'years'; first: number; last: number }
	/** A quarter (`months` 3) or a half (`months` 6) of a year; `index` counts from 1. */
	| { type: 'part'; months: 3 | 6; index: number; year?: number; yearFrom?: { origin: Origin; offset: number } }
	/** `count` units from the origin: yesterday, last week, two months later, the following year. */
	| { type: 'shift'; unit: Unit; count: number; origin: Origin }
	/** The previous (-1), current (0) or next (1) named month, season or weekday: last August, the following spring. */
	| { type: 'named'; month?: number; season?: Season; weekday?: number; direction: -1 | 0 | 1; origin: Origin }
	/** "later that year" (from the reference to the end of its year), "earlier this month". */
	| { type: 'within'; unit: 'year' | 'month'; side: 'later' | 'earlier'; origin: Origin }
	/**
	 * "over the next two months", "within the next year": from the moment told from (publication, or in the past
	 * tense the date last mentioned) to `count` units on; `lasting` for the whole span, else once within it.
	 */
	| { type: 'coming'; unit: Exclude<Unit, 'weekend'>; count: number; lasting: boolean }
	/** "then" of "since then": the date last mentioned. */
	| { type: 'then' }
	/** "the century" of "the end of the century": the one the reference is in. */
	| { type: 'century-of-reference' };

/** One expression found in the text, with the words around it that change its value. */
export interface Mention {
	/** The span, signal and modifiers included. */
	start: number;
	end: number;
	/** Where the span starts when the signal cannot be part of the value (see `resolve.ts`). */
	startWithoutSignal: number;
	/** Where the first date's words end: the end of the span, unless a second date follows ("from X to Y"). */
	firstEnd: number;
	form: Form;
	signal?: Signal;
	/** The second date of "from X to Y", "between X and Y". */
	to?: { form: Form; approximate: boolean };
	approximate: boolean;
	qualifier?: Qualifier;
	/** A year that modifies a noun ("its 2025 supply"): a date, but not a point the text moves to. */
	modifier?: boolean;
	/** "from X until …" where the end is not a date: "from" still opens a span. */
	opensRange?: boolean;
}
