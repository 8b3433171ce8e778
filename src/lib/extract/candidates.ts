/**
 * Candidate events from an analysed text: one per date in a sentence (so coordinated dates become separate
 * candidates), the sentence as its passage, its status against the publication date, and the countries it names;
 * neighbours with the same date and actors merged into one with several passages. A sentence with no date but a
 * vague time reference ("so far") becomes an undatable candidate, as does a date the format cannot hold (BCE).
 * Event references ("since the outbreak of the war") add candidates dated through an earlier sentence.
 */
import type { CalendarDay } from '../dates/calendar-day.ts';
import { UNASSIGNED, actorsIn } from './actors.ts';
import { eventReferences } from './event-references.ts';
import type { TextAnalysis, TimeExpression } from './expressions.ts';
import type { Qualifier } from '../dates/edtf.ts';
import type { Sentence } from './sentences.ts';
import { pointsAhead, tenseAt } from './tense.ts';
import { vagueReference } from './undatable.ts';
import { type Value, formatValue, inFormat, valueDays } from './values.ts';

export interface Span {
	start: number;
	end: number;
}

/** The words that date a candidate, where they are and their value; whether they were yearly or a noun's modifier is settled by then. */
type Stated = Omit<TimeExpression, 'recurring' | 'modifier'>;

export interface EventCandidate {
	/** The words that date it, and where: positions in the text. */
	stated: Stated;
	date: string;
	qualifier?: Qualifier;
	status: 'happened' | 'anticipated';
	recurrence?: 'annual';
	actors: string[];
	/** Sentences, in text order; the first is the one the date is in. */
	passages: Sentence[];
	/** Dated through another event ("since the outbreak of the war"), not by a calendar expression. */
	linked?: true;
}

export interface UndatableCandidate {
	stated: Span;
	reason: string;
	actors: string[];
	passages: Sentence[];
}

export interface Candidates {
	events: EventCandidate[];
	undatable: UndatableCandidate[];
}

export function proposeCandidates(text: string, analysis: TextAnalysis, published: CalendarDay): Candidates {
	const events: EventCandidate[] = [];
	const undatable: UndatableCandidate[] = [];
	for (const sentence of analysis.sentences) {
		const words = text.slice(sentence.start, sentence.end);
		const actors = actorsIn(words);
		const inside = analysis.expressions.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
		const events_ = inside.filter((e) => !e.modifier);
		const dated = events_.length > 0 ? events_ : inside;
		if (dated.length === 0) {
			const vague = vagueReference(words);
			if (vague !== null)
				undatable.push({ stated: { start: sentence.start + vague.start, end: sentence.start + vague.end }, reason: vague.reason, actors, passages: [sentence] });
			continue;
		}
		for (const expression of dated) {
			if (!inFormat(expression.value)) {
				const reason = `The article dates it “${expression.text}” (EDTF ${expression.edtf}), before 1 AD: the format cannot place such dates yet.`;
				undatable.push({ stated: expression, reason, actors, passages: [sentence] });
				continue;
			}
			const tense = tenseAt(words, expression.start - sentence.start);
			events.push({
				stated: expression,
				date: expression.edtf,
				// The format qualifies a single month, season or year; resolve.ts gives no qualifier to a day.
				...(expression.qualifier && expression.value.kind === 'point' ? { qualifier: expression.qualifier } : {}),
				status: statusOf(expression.value, published, pointsAhead(tense)),
				...(expression.recurring ? { recurrence: 'annual' as const } : {}),
				actors,
				passages: [sentence]
			});
		}
	}
	const referencesIn = eventReferences(
		text,
		events.map((c) => ({ sentence: c.passages[0]!, start: c.stated.start, value: c.stated.value }))
	);
	for (const sentence of analysis.sentences) {
		const words = text.slice(sentence.start, sentence.end);
		for (const reference of referencesIn(sentence)) {
			if (analysis.expressions.some((e) => e.start < reference.end && reference.start < e.end) || !inFormat(reference.value)) continue;
			const edtf = formatValue(reference.value);
			const stated = { ...reference, text: text.slice(reference.start, reference.end), edtf };
			const future = pointsAhead(tenseAt(words, reference.start - sentence.start));
			events.push({ stated, date: edtf, status: statusOf(reference.value, published, future), actors: actorsIn(words), passages: [sentence], linked: true });
		}
	}
	events.sort((a, b) => a.passages[0]!.start - b.passages[0]!.start || a.stated.start - b.stated.start);
	return { events: mergeNeighbours(events), undatable };
}

/**
 * Anticipated when it can only begin after publication, happened when it ended before or is a span begun by then;
 * a single moment somewhere around publication ("in February", published on the 4th) goes by the verb's tense.
 */
export function statusOf(value: Value, published: CalendarDay, future: boolean): 'happened' | 'anticipated' {
	const { first, last } = valueDays(value);
	if (first !== null && first > published) return 'anticipated';
	if (last !== null && last < published) return 'happened';
	if (value.kind === 'interval' && first !== null) return 'happened';
	return future ? 'anticipated' : 'happened';
}

const key = (c: EventCandidate) => [c.date, c.qualifier ?? '', c.recurrence ?? '', ...c.actors].join('|');

/** Same date and the same named actors: the placeholder actor says nothing, so it never merges. */
const sameEvent = (a: EventCandidate, b: EventCandidate) => key(a) === key(b) && !a.actors.includes(UNASSIGNED);

function mergeNeighbours(events: EventCandidate[]): EventCandidate[] {
	const merged: EventCandidate[] = [];
	for (const candidate of events) {
		const previous = merged.at(-1);
		if (previous === undefined || !sameEvent(previous, candidate)) {
			merged.push(candidate);
			continue;
		}
		for (const passage of candidate.passages) if (!previous.passages.some((p) => p.start === passage.start)) previous.passages.push(passage);
	}
	return merged;
}
