/**
 * Places the mentions of a text on the calendar, in text order, keeping the date last mentioned as the
 * reference for the next ones. Signals become intervals and one-of ranges only where the result says no more
 * than the words: "since" and "until" need a single date (the format has no interval whose end is itself a
 * range, so "since the 1950s" stays "the 1950s"); "by", "before" and "after" take the nearer end of any date.
 */
import type { CalendarDay } from '../dates/calendar-day.ts';
import { type FormContext, formValue } from './calendar-forms.ts';
import type { Mention } from './forms.ts';
import type { Qualifier } from '../dates/edtf.ts';
import type { Anchor, Setting } from './occurrence.ts';
import type { Tense } from './tense.ts';
import { type Point, type Value, oneOf, pointDays, stepPoint, valueDays } from './values.ts';

export interface Resolved {
	start: number;
	end: number;
	value: Value;
	qualifier?: Qualifier;
	/** "February of each year". */
	recurring: boolean;
	/** A year that modifies a noun ("its 2025 supply"). */
	modifier: boolean;
}

/** A reference more than this many days before publication may set the scene of a narrative of its own time. */
const NEWS_REACH = 366;

/** Where a mention stands: the tense of its verb and the sentence it is in. */
export interface MentionSetting {
	tense: Tense;
	sentence: number;
}

interface Reference {
	anchor: Anchor;
	open: boolean;
	sentence: number;
}

export function resolveMentions(mentions: readonly Mention[], published: CalendarDay, settingOf: (mention: Mention) => MentionSetting): Resolved[] {
	const news = mentions.some(countsFromPublication);
	let reference: Reference | null = null;
	const resolved: Resolved[] = [];
	for (const mention of mentions) {
		const at = settingOf(mention);
		const context: FormContext = { published, setting: setting(reference, published, at, news && !definiteSeason(mention)), reference: reference?.anchor ?? null };
		const result = resolveMention(mention, context, at.tense);
		if (result === null) continue;
		resolved.push(result);
		if (!mention.modifier) reference = { anchor: anchorOf(result.value), open: valueDays(result.value).last === null, sentence: at.sentence };
	}
	return resolved;
}

/** "yesterday", "last week", "on Monday", "the first half of last year", "9 December last year": the text speaks from its publication date, as news does. */
function countsFromPublication(mention: Mention): boolean {
	const form = mention.form;
	if (form.type === 'date') return (form.weekday !== undefined && form.month === undefined) || form.yearFrom !== undefined;
	if (form.type === 'part') return form.yearFrom?.origin === 'publication';
	return 'origin' in form && form.origin === 'publication';
}

/** "did not survive the winter": a season with "the" is one the story has come to, in a news text too. */
const definiteSeason = (mention: Mention) => mention.form.type === 'date' && mention.form.definite === true;

/**
 * A date without its year is read as news (around publication, by tense) unless the date last mentioned sets the
 * scene of a past narrative: a single date over a year before publication, in a text that never speaks from its
 * publication date, or in the same past-tense sentence ("In 1862, on 3 March, …"). What "will" happen is news;
 * what "would" happen is news in a text that speaks from its publication date, else part of the narrative, and
 * so is it in a sentence that sets its own past scene ("In 1990 she said she would return in May").
 */
function setting(reference: Reference | null, published: CalendarDay, at: MentionSetting, news: boolean): Setting {
	const asNews: Setting = { kind: 'news', published, tense: at.tense };
	const sameSentence = reference !== null && reference.sentence === at.sentence;
	const ahead = at.tense === 'future' || (at.tense === 'future-in-past' && news && !sameSentence);
	if (reference === null || reference.open || reference.anchor.point === null || ahead) return asNews;
	if (reference.anchor.last >= published - NEWS_REACH) return asNews;
	const scene = !news || ((at.tense === 'past' || at.tense === 'future-in-past') && sameSentence);
	return scene ? { kind: 'narrative', reference: reference.anchor } : asNews;
}

/**
 * The date a value leaves for the next expressions: a closed interval's end, else its start; a range's bounds, or
 * its one known end. Every value resolved here has a known side, so a range without a single date has both.
 */
function anchorOf(value: Value): Anchor {
	const single = value.kind === 'point' ? value.point : value.kind === 'interval' ? (value.end ?? value.start) : value.start === null || value.end === null ? (value.start ?? value.end) : null;
	if (single !== null) return { ...pointDays(single), point: plain(single) };
	const { first, last } = valueDays(value);
	return { first: first!, last: last!, point: null };
}

const plain = (p: Point): Point => {
	const { approximate: _a, uncertain: _u, ...rest } = p;
	return rest as Point;
};

function resolveMention(mention: Mention, context: FormContext, tense: Tense): Resolved | null {
	const first = formValue(mention.form, context);
	if (first === null) return null;
	const base = { end: mention.end, recurring: mention.form.type === 'date' && mention.form.recurring === true, modifier: mention.modifier === true };
	const value = mention.approximate ? approximate(first) : first;

	const qualifier = mention.qualifier !== undefined && canQualify(value, mention) ? { qualifier: mention.qualifier } : {};
	if (mention.to !== undefined) {
		const range = rangeValue(value, mention, context);
		if (range !== null) return { ...base, start: mention.start, value: range };
		// A range that cannot be built keeps only its first date's words.
		return { ...base, start: mention.startWithoutSignal, end: mention.firstEnd, value, ...qualifier };
	}
	// "images from the summer of 2023" is a source, not a start: a lone "from" opens a span only ahead of
	// publication ("will rise from April") or when an end follows ("from 1898 until his death").
	const loneFrom = mention.signal === 'from' && !mention.opensRange && tense === 'past';
	const withSignal = mention.signal === undefined || loneFrom ? null : applySignal(mention.signal, value);
	if (withSignal !== null) return { ...base, start: mention.start, value: withSignal };
	return { ...base, start: mention.startWithoutSignal, value, ...qualifier };
}

/**
 * "from X to Y", "between X and Y", "2025–26": both single dates, in order; a month, season or day Y takes X's
 * year when it has none (a weekday alone does not: "to Friday" is not "to 1862").
 */
function rangeValue(start: Value, mention: Mention, context: FormContext): Value | null {
	const to = mention.to!;
	if (start.kind !== 'point') return null;
	const takesYear = to.form.type === 'date' && to.form.year === undefined && (to.form.month !== undefined || to.form.season !== undefined);
	const endForm = takesYear ? { ...to.form, year: start.point.year } : to.form;
	const endValue = formValue(endForm, context);
	if (endValue?.kind !== 'point') return null;
	let end = endValue.point;
	// "from December to March": the end is in the year after.
	if (pointDays(end).last < pointDays(start.point).first && endForm !== to.form) end = { ...end, year: end.year + 1 };
	if (pointDays(end).last < pointDays(start.point).first) return null;
	return { kind: 'interval', start: start.point, end: to.approximate ? { ...end, approximate: true } : end };
}

function applySignal(signal: NonNullable<Mention['signal']>, value: Value): Value | null {
	const single = value.kind === 'point' ? value.point : null;
	const [first, last] = value.kind === 'point' ? [single, single] : [value.start, value.end];
	switch (signal) {
		case 'since':
		case 'from':
			return single && { kind: 'interval', start: single, end: null };
		case 'until':
			return single && { kind: 'interval', start: null, end: single };
		case 'by':
			return last && oneOf(null, last);
		case 'before':
			return first && oneOf(null, stepPoint(plain(first), -1));
		case 'after':
			return last && oneOf(stepPoint(plain(last), 1), null);
		case 'between':
			return null;
	}
}

/** early / mid / late describe a single month, season or year, or a decade or century. */
function canQualify(value: Value, mention: Mention): boolean {
	if (value.kind === 'point') return value.point.precision !== 'day';
	return mention.form.type === 'years';
}

function approximate(value: Value): Value {
	const mark = (p: Point | null): Point | null => p && { ...p, approximate: true };
	if (value.kind === 'point') return { kind: 'point', point: mark(value.point)! };
	return { ...value, start: mark(value.start), end: mark(value.end) };
}
