/**
 * Which way the verb nearest an expression points, for dates written without a year ("on 3 December", "in the
 * spring", "on Saturday"): a rough reading of English verbs, enough to tell "said on Tuesday" from "will hold a
 * meeting on 3 December" and "are held in early spring". "now" counts as the present: the verb after it may be
 * one this reading does not know ("now play away on Wednesday").
 */
/** `future-in-past`: "would", a future told from a past moment ("said it would cut jobs by March"). */
export type Tense = 'past' | 'present' | 'future' | 'future-in-past';

/** Whether the verb points ahead of the moment it is told from: "will", "would". */
export const pointsAhead = (tense: Tense): boolean => tense === 'future' || tense === 'future-in-past';

const FUTURE = String.raw`will|shall|won[’']t|going to|expects?|expected|plans?|planned|planning|scheduled|set to|due|intends?|intended|aims?|upcoming`;
const PRESENT = String.raw`is|are|am|now`;
const IRREGULAR_PAST = String.raw`was|were|had|did|been|said|told|went|began|begun|took|came|made|won|lost|held|met|saw|found|gave|left|built|ran|fell|rose|sold|bought|paid|spent|led|became|got|kept|brought|thought|felt|stood|wrote|spoke|broke|chose|drove|flew|grew|knew|sent|struck|fought|taught|caught|drew|swore`;
const MARKER = new RegExp(String.raw`(?:(?<![\p{L}’'])(?:(${FUTURE})|(${PRESENT})|(${IRREGULAR_PAST}|\p{L}{2,}ed)|(would))|(?<=\p{L})([’']ll))(?!\p{L})`, 'giu');

/**
 * A participle after "is", "are" or "be" is passive, not past: present ("are traditionally held"), or future
 * when "be" follows "will", "’ll" or "to" ("will be published", "the treaty’ll be signed", "is due to be signed").
 */
const PASSIVE_BEFORE = /(?:^|\s|(?=[’']ll\s))(?:(will|shall|[’']ll|to)\s+be|is|are|am|be|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** "a plan", "its aims": after a determiner these words are nouns, not verbs of the future. */
const NOUN_AFTER_DETERMINER = /(?:^|\s)(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those)\s+$/iu;
const NOUNS = new Set(['plan', 'plans', 'aim', 'aims']);

/** A plan told in the past is past: "was due to close", "were expected on", "had been scheduled for". */
const PAST_BEFORE = /(?:^|\s)(?:was|were|had\s+been)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * The tense of the verb nearest before `offset` in `sentence` (or, when none comes before, nearest after it);
 * `present` when no verb is recognised.
 */
export function tenseAt(sentence: string, offset: number): Tense {
	let before: Tense | undefined;
	let after: Tense | undefined;
	for (const match of sentence.matchAll(MARKER)) {
		if (match[3] && match.index > 0 && /^\p{Lu}/u.test(match[3])) continue; // a name: "the United States"
		const passive = match[3] ? PASSIVE_BEFORE.exec(sentence.slice(0, match.index)) : null;
		if (match[1] && NOUNS.has(match[1].toLowerCase()) && NOUN_AFTER_DETERMINER.test(sentence.slice(0, match.index))) continue;
		const planned = match[1] && PAST_BEFORE.test(sentence.slice(0, match.index));
		let tense: Tense = 'past';
		if (match[4]) tense = 'future-in-past';
		else if ((match[1] && !planned) || match[5] || passive?.[1]) tense = 'future';
		else if (match[2] || passive) tense = 'present';
		if (match.index < offset) before = tense;
		else {
			after = tense;
			break;
		}
	}
	return before ?? after ?? 'present';
}
