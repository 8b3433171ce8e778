/**
 * Every time expression of a text with its exact span and its value in the project's EDTF, against the
 * publication date. Pure: the same in Node and in the browser, and independent of the machine's time zone
 * (calendar days are counted, never read from a clock).
 */
import { dayFromIso } from '../dates/calendar-day.ts';
import { findMentions } from './find.ts';
import type { Qualifier } from '../dates/edtf.ts';
import { resolveMentions } from './resolve.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { tenseAt } from './tense.ts';
import { tokenize } from './tokens.ts';
import { type Value, formatValue } from './values.ts';

export interface TimeExpression {
	/** JavaScript string indices into the text. */
	start: number;
	end: number;
	text: string;
	value: Value;
	/** `value` in EDTF. */
	edtf: string;
	qualifier?: Qualifier;
	/** "February of each year": written as the occurrence the context means. */
	recurring: boolean;
	/** A year that modifies a noun ("its 2025 supply"): a date, but not when something happened. */
	modifier: boolean;
}

export interface TextAnalysis {
	expressions: TimeExpression[];
	sentences: Sentence[];
}

/**
 * The steps of drafting, in order, each with its rough share of the time (measured on a 2 MB text), so that a
 * caller can show progress: the text is read in one pass per step, so a step cannot report part of itself.
 */
export const DRAFT_STEPS = {
	tokens: { label: 'Reading the words', share: 0.12 },
	mentions: { label: 'Finding time expressions', share: 0.35 },
	sentences: { label: 'Splitting sentences', share: 0.06 },
	dates: { label: 'Reading the dates', share: 0.05 },
	candidates: { label: 'Proposing events', share: 0.23 },
	titles: { label: 'Writing titles and passages', share: 0.19 }
} as const;
export type DraftStep = keyof typeof DRAFT_STEPS;
/** Told as each step begins. */
export type OnStep = (step: DraftStep) => void;

/** @throws RangeError when `published` is not a YYYY-MM-DD calendar date. */
export function analyseText(text: string, published: string, onStep?: OnStep): TextAnalysis {
	const publishedDay = dayFromIso(published);
	onStep?.('tokens');
	const tokens = tokenize(text);
	onStep?.('mentions');
	const mentions = findMentions(text, tokens);
	onStep?.('sentences');
	const sentences = splitSentences(text, mentions);
	onStep?.('dates');
	const resolved = resolveMentions(mentions, publishedDay, (mention) => {
		const index = sentences.findIndex((s) => s.start <= mention.start && mention.start < s.end);
		// splitSentences never cuts inside a mention, and every mention has words: one sentence holds it.
		const sentence = sentences[index]!;
		return { tense: tenseAt(text.slice(sentence.start, sentence.end), mention.start - sentence.start), sentence: index };
	});
	const expressions = resolved.map(({ start, end, value, qualifier, recurring, modifier }) => ({
		start,
		end,
		text: text.slice(start, end),
		value,
		edtf: formatValue(value),
		qualifier,
		recurring,
		modifier
	}));
	return { expressions, sentences };
}

/** The `--expressions` output: `{ start, end, text, value, qualifier? }` in text order. */
export function expressionRecords(expressions: readonly TimeExpression[]) {
	return expressions.map(({ start, end, text, edtf, qualifier }) => ({ start, end, text, value: edtf, ...(qualifier ? { qualifier } : {}) }));
}
