/**
 * Dates given by another event rather than the calendar: "since the outbreak of the war", "after that visit",
 * "on the sidelines of the G20 meetings", "just before invading Ukraine". The event is linked to the latest
 * earlier date whose sentence names, close to it, the same event (G20 ~ G-20) or, when the phrase has no name, the
 * same kind of event (war ~ invasion, meeting ~ summit); it takes that date through the signal, marked uncertain
 * (`?`): the link is a guess for the person reviewing the draft to confirm.
 */
import type { Sentence } from './sentences.ts';
import { type Point, type Value, oneOf, point } from './values.ts';

export interface DatedSentence {
	sentence: Sentence;
	/** Where the date's words are, and its value. */
	start: number;
	value: Value;
}

export interface EventReference {
	start: number;
	end: number;
	value: Value;
}

const FAMILIES: readonly RegExp[] = [
	/^(?:wars?|invasions?|invad\w*|conflicts?|offensives?|hostilities|fighting)$/,
	/^(?:summits?|meetings?|talks|conferences?)$/,
	/^(?:visits?|visited|trips?)$/,
	/^(?:elections?|votes?|voting|polls?|referendums?|referenda)$/,
	/^(?:agreements?|deals?|treaty|treaties|accords?)$/,
	/^(?:pandemic|lockdowns?|covid)$/,
	/^(?:olympics|olympic|games)$/
];

type Signal = 'since' | 'after' | 'before' | 'until' | 'during';
const SIGNAL = /\b(since|after|following|before|prior to|ahead of|until|during|at the time of|on the sidelines of)\s+((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+)(?=\s*(?:[,.;:!?)”"]|\s(?:and|but|which|that|when|as|to|by|with)\s|$))/giu;
const SIGNALS: Readonly<Record<string, Signal>> = {
	since: 'since',
	after: 'after',
	following: 'after',
	before: 'before',
	'prior to': 'before',
	'ahead of': 'before',
	until: 'until',
	during: 'during',
	'at the time of': 'during',
	'on the sidelines of': 'during'
};

/** "G20" and "G-20", "COP28": a name with a capital and a digit, or an acronym; compared without hyphens. */
const isName = (word: string) => (/\p{Lu}/u.test(word) && /\d/.test(word)) || /^\p{Lu}{3,}$/u.test(word);
const key = (word: string) => word.replace(/-/g, '').toLowerCase();

/** What in `words` can name an event (family indices and names), and where each is first named. */
function eventKeys(words: string): { keys: Set<string>; at: Map<string, number> } {
	const keys = new Set<string>();
	const at = new Map<string, number>();
	for (const match of words.matchAll(/[\p{L}\d][\p{L}\d-]*/gu)) {
		const word = match[0];
		const family = FAMILIES.findIndex((f) => f.test(word.toLowerCase()));
		const k = family >= 0 ? `family:${family}` : isName(word) ? `name:${key(word)}` : null;
		if (k !== null) {
			keys.add(k);
			if (!at.has(k)) at.set(k, match.index);
		}
	}
	return { keys, at };
}

/** How close the naming word and the date must be in the earlier sentence ("the G-20 summit, in November 2022"). */
const NEAR = 80;

/**
 * A function giving the event references in a sentence (positions in the text) that the earlier of the `dated`
 * sentences can date. What each dated sentence names is read once.
 */
export function eventReferences(text: string, dated: readonly DatedSentence[]): (sentence: Sentence) => EventReference[] {
	const named = new Map<number, ReturnType<typeof eventKeys>>();
	const namesOf = (sentence: Sentence) => {
		let keys = named.get(sentence.start);
		if (keys === undefined) named.set(sentence.start, (keys = eventKeys(text.slice(sentence.start, sentence.end))));
		return keys;
	};
	/**
	 * The latest date before `before` whose sentence names the event near it: by the same name when the phrase has
	 * one ("the G20 meetings" needs a G20), else by the same kind of event.
	 */
	const antecedent = (keys: Set<string>, before: number): DatedSentence | null => {
		const names = [...keys].filter((k) => k.startsWith('name:'));
		const wanted = names.length > 0 ? names : [...keys];
		for (let i = dated.length - 1; i >= 0; i--) {
			const candidate = dated[i]!;
			if (candidate.sentence.start >= before) continue;
			const { at } = namesOf(candidate.sentence);
			if (wanted.some((k) => at.has(k) && Math.abs(candidate.sentence.start + at.get(k)! - candidate.start) <= NEAR)) return candidate;
		}
		return null;
	};
	return (sentence) => {
		const words = text.slice(sentence.start, sentence.end);
		const found: EventReference[] = [];
		for (const match of words.matchAll(SIGNAL)) {
			const phrase = eventKeys(match[2]!);
			const source = antecedent(phrase.keys, sentence.start);
			const value = source && through(SIGNALS[match[1]!.toLowerCase()]!, source.value);
			if (value) found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, value });
		}
		return found;
	};
}

/** The antecedent's date through the signal, its points marked uncertain. */
function through(signal: Signal, value: Value): Value | null {
	const unsure = (p: Point | null): Point | null => p && { ...p, uncertain: true };
	const start = unsure(value.kind === 'point' ? value.point : value.start);
	switch (signal) {
		case 'since':
			return start && { kind: 'interval', start, end: null };
		case 'after':
			return start && oneOf(start, null);
		case 'before':
			return start && oneOf(null, start);
		case 'until':
			return start && { kind: 'interval', start: null, end: start };
		case 'during':
			return value.kind === 'point' ? point(start!) : { ...value, start: unsure(value.start), end: unsure(value.end) };
	}
}
