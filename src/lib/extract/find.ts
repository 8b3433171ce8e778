/**
 * Finds the time expressions of a text, left to right: at each word, an optional signal (since, until, before,
 * after, by, from, between), an optional "around" and an optional early / mid / late ("the end of"), then the
 * longest date any parser reads there, and for "from … to …" and "between … and …" the second date.
 */
import type { Form, Mention } from './forms.ts';
import type { Qualifier } from '../dates/edtf.ts';
import { ABOUT_AS_TOPIC_AFTER, APPROXIMATE_WORDS, QUALIFIER_WORDS, SIGNALS, type Signal } from './lexicon.ts';
import { CALENDAR_PARSERS } from './parse-calendar.ts';
import { PERIOD_PARSERS } from './parse-periods.ts';
import { RELATIVE_PARSERS } from './parse-relative.ts';
import { type Cue, type Parsed, continues, glued, isHyphen } from './token-readers.ts';
import { type Token, isPlainNumber, isWord, tokenize } from './tokens.ts';
import { DETERMINERS, WEAK_YEAR_CUES, YEAR_CUES } from './words.ts';

const PARSERS = [...CALENDAR_PARSERS, ...PERIOD_PARSERS, ...RELATIVE_PARSERS];

export function findMentions(text: string, tokens: Token[] = tokenize(text)): Mention[] {
	const mentions: Mention[] = [];
	for (let i = 0; i < tokens.length; ) {
		const found = mentionAt(tokens, i);
		if (found === null) i = afterNumberRange(tokens, i);
		else {
			mentions.push(found.mention);
			i = found.next;
		}
	}
	return shareYears(text, mentions);
}

/** "in March and April 2021", "on 3, 4 or 5 May 2021": a date without its year takes the year of the next one. */
function shareYears(text: string, mentions: Mention[]): Mention[] {
	for (let i = mentions.length - 2; i >= 0; i--) {
		const [first, next] = [mentions[i]!, mentions[i + 1]!];
		const between = text.slice(first.end, next.start);
		// A weekday beside the date picks its year (withYearFrom checks the rest).
		if ((first.form.type === 'date' && first.form.weekday !== undefined) || !/^(?:,? (?:and|or) |, )$/.test(between)) continue;
		first.form = withYearFrom(first.form, next.form);
	}
	return mentions;
}

interface Modified extends Parsed {
	approximate: boolean;
	qualifier?: Qualifier;
	opensRange?: boolean;
}

function mentionAt(t: Token[], i: number): { mention: Mention; next: number } | null {
	const signal = SIGNALS.get(t[i]!.lower);
	const from = signal === undefined ? i : i + 1;
	if (signal !== undefined && !continues(t, from)) return null;
	// "since at least 2012", "until at least the end of 2028": a bound the words leave open; the date stands alone.
	if (signal !== undefined && isWord(t[from], 'at') && isWord(t[from + 1], 'least') && continues(t, from + 1) && continues(t, from + 2)) {
		const date = modifiedAt(t, from + 2, true);
		return date && mention(t, from + 2, from + 2, date.next, undefined, date);
	}
	if ((signal === 'since' || signal === 'until') && isWord(t[from], 'then'))
		return mention(t, i, from, from + 1, signal, { next: from + 1, form: { type: 'then' }, approximate: false });
	const first = modifiedAt(t, from, signal !== undefined) ?? bareNumberRange(t, from, signal);
	if (first === null) return null;
	// A range written in one piece ("1968–1974") is its own value: a signal before it adds nothing.
	if (first.to !== undefined) return mention(t, from, from, first.next, undefined, first);
	if (signal === 'from' || signal === 'between') {
		const second = rangeEnd(t, first.next, signal);
		if (second !== null) return mention(t, i, from, second.next, signal, first, second);
		if (signal === 'between') return mention(t, from, from, first.next, undefined, first);
		// "from 1898 until his death": the end is an event, not a date, but the start still opens a span.
		if (isRangeWord(t[first.next], 'from')) first.opensRange = true;
	}
	const kept = signal === 'until' && negated(t, i) ? undefined : signal;
	return mention(t, kept === undefined ? from : i, from, first.next, kept, first);
}

function mention(t: Token[], start: number, withoutSignal: number, next: number, signal: Signal | undefined, first: Modified, second?: Modified) {
	const to = second ? { form: second.form, approximate: second.approximate } : first.to ? { form: first.to, approximate: false } : undefined;
	const result: Mention = {
		start: t[start]!.start,
		end: t[next - 1]!.end,
		startWithoutSignal: t[withoutSignal]!.start,
		firstEnd: t[first.next - 1]!.end,
		form: second ? withYearFrom(first.form, second.form) : first.form,
		approximate: first.approximate,
		signal,
		to,
		qualifier: first.qualifier,
		modifier: first.modifier,
		opensRange: first.opensRange
	};
	return { mention: result, next };
}

/** "between January and April 2024": the first date takes the second's year (the year before if it would come after). */
function withYearFrom(first: Form, second: Form): Form {
	if (first.type !== 'date' || second.type !== 'date' || first.year !== undefined || second.year === undefined) return first;
	if (first.month === undefined && first.season === undefined) return first;
	const later = first.month !== undefined && second.month !== undefined && first.month > second.month;
	// With its year, "the spring" needs no story to place it.
	const { definite: _definite, ...yearless } = first;
	return { ...yearless, year: later ? second.year - 1 : second.year };
}

const RANGE_WORDS: Readonly<Record<'from' | 'between', readonly string[]>> = {
	from: ['to', 'until', 'till', 'through', '–', '-'],
	between: ['and']
};

const isRangeWord = (token: Token | undefined, signal: 'from' | 'between') =>
	token !== undefined && token.gap !== 'paragraph' && RANGE_WORDS[signal].includes(token.lower);

/** The second date of a range, after its range word and in the same paragraph. */
function rangeEnd(t: Token[], i: number, signal: 'from' | 'between'): Modified | null {
	return isRangeWord(t[i], signal) && continues(t, i + 1) ? modifiedAt(t, i + 1, true) : null;
}

/**
 * Where reading goes on after a token that starts no mention: past "from 900 to 1000", whose end would be a year
 * by itself, since a range whose first number is no date is a range of numbers. Else the next token.
 */
function afterNumberRange(t: Token[], i: number): number {
	const signal = SIGNALS.get(t[i]!.lower);
	if ((signal !== 'from' && signal !== 'between') || !isPlainNumber(t[i + 1]) || !continues(t, i + 1)) return i + 1;
	// The end is a lone number read as a date: a bare year ("323 BC" goes on, and keeps its era).
	return isPlainNumber(t[i + 3]) && rangeEnd(t, i + 2, signal)?.next === i + 4 ? i + 4 : i + 1;
}

/** "between 336 and 323 BC", "from 1 to 5 March": a bare number takes its meaning from the second date. */
function bareNumberRange(t: Token[], i: number, signal: Signal | undefined): Modified | null {
	if ((signal !== 'from' && signal !== 'between') || !isPlainNumber(t[i])) return null;
	const second = rangeEnd(t, i + 1, signal);
	if (second?.form.type !== 'date') return null;
	const n = t[i]!.value;
	const { year, month, day } = second.form;
	// A day of the second's month, before it ("from 1 to 5 March", with or without a year).
	if (day !== undefined && n >= 1 && n < day) return { next: i + 1, form: { type: 'date', year, month, day: n }, approximate: false };
	// A year of the second's era where years are not written with four digits ("from 49 to March 44 BC").
	if (day === undefined && year !== undefined && year < 1000 && n >= 1)
		return { next: i + 1, form: { type: 'date', year: year <= 0 ? 1 - n : n }, approximate: false };
	return null;
}

const SENTENCE_STOPS = new Set('.;!?');
const APOSTROPHES = new Set('’\'');

/** "until" after a negation means "at": "work did not begin until the spring of 1812". */
function negated(t: Token[], signalAt: number): boolean {
	for (let k = signalAt - 1; k >= Math.max(0, signalAt - 8); k--) {
		const token = t[k]!;
		if (SENTENCE_STOPS.has(token.text)) return false;
		if (token.lower === 'not' || token.lower === 'never' || (token.lower === 't' && APOSTROPHES.has(t[k - 1]?.text ?? ''))) return true;
	}
	return false;
}

/** Optional approximation and qualifier, then the longest date read at that point. */
function modifiedAt(t: Token[], i: number, afterSignal: boolean): Modified | null {
	let at = i;
	const approximate = approximationAt(t, at);
	if (approximate !== null) at = approximate;
	const qualifier = qualifierAt(t, at);
	if (qualifier !== null) at = qualifier.next;
	// After an approximation or a qualifier the date goes on in the same paragraph: not past the end of a text cut
	// short ("in mid-"), nor at the start of the next paragraph ("by the end of\n\nMarch 2024 …").
	if (at > i && !continues(t, at)) return null;
	// After an approximation the cue is weak ("about 2000 people" is no date) unless the word is a year cue ("circa").
	const cue: Cue =
		qualifier !== null || afterSignal ? 'strong' : approximate === null ? cueBefore(t, at) : YEAR_CUES.has(t[i]!.lower) ? 'strong' : 'weak';
	const core = longestAt(t, at, cue);
	if (core === null) return null;
	return { ...core, approximate: approximate !== null, ...(qualifier === null ? {} : { qualifier: qualifier.qualifier }) };
}

/** around, about (not a topic's: "thought about 1 May"), circa, c., ca., approximately, roughly: returns the token after it. */
function approximationAt(t: Token[], i: number): number | null {
	const word = t[i]!; // modifiedAt is called at a token of the text
	if (!APPROXIMATE_WORDS.has(word.lower) || !continues(t, i + 1)) return null;
	if (word.lower === 'about' && i > 0 && word.gap !== 'paragraph' && ABOUT_AS_TOPIC_AFTER.has(t[i - 1]!.lower)) return null;
	const abbreviated = word.lower === 'c' || word.lower === 'ca';
	if (!abbreviated) return i + 1;
	return glued(t, i + 1, '.') ? i + 2 : null;
}

/** early, mid-, late, the early…, the end of, the beginning of, the middle of: returns the token after it. */
function qualifierAt(t: Token[], i: number): { qualifier: Qualifier; next: number } | null {
	const the = isWord(t[i], 'the') ? 1 : 0;
	const word = t[i + the];
	const qualifier = word?.kind === 'word' ? QUALIFIER_WORDS.get(word.lower) : undefined;
	if (qualifier === undefined || !continues(t, i + the + 1)) return null;
	if (['early', 'mid', 'late'].includes(word!.lower)) {
		const hyphen = isHyphen(t[i + the + 1]) && t[i + the + 1]!.gap === 'none' ? 1 : 0;
		return { qualifier, next: i + the + 1 + hyphen };
	}
	return the && isWord(t[i + 2], 'of') ? { qualifier, next: i + 3 } : null;
}

/** The word before `i` as a cue; the parsers that read one refuse it for a word that opens a paragraph. */
function cueBefore(t: Token[], i: number): Cue {
	const before = t[i - 1];
	if (before === undefined) return 'none';
	if (YEAR_CUES.has(before.lower)) return 'strong';
	if (WEAK_YEAR_CUES.has(before.lower)) return 'weak';
	return DETERMINERS.has(before.lower) ? 'determiner' : 'none';
}

function longestAt(t: Token[], i: number, cue: Cue): Parsed | null {
	let best: Parsed | null = null;
	for (const parse of PARSERS) {
		const parsed = parse(t, i, cue);
		if (parsed !== null && (best === null || parsed.next > best.next)) best = parsed;
	}
	return best;
}
