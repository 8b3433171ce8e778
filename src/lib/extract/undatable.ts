/**
 * Time references that place nothing on the calendar ("so far", "for now", "in recent times"): a sentence with no
 * date but one of these becomes an undatable entry, with the words and the reason.
 */
export interface VagueReference {
	/** Span inside the sentence. */
	start: number;
	end: number;
	reason: string;
}

const UP_TO_NOW = 'up to the time of writing, with no date';
const AT_WRITING = 'at the time of writing, which describes a state rather than dates an event';
const BEFORE_WRITING = 'some time before the time of writing, with no date';
const AFTER_WRITING = 'some time after the time of writing, with no date';

const CUES: readonly [RegExp, string][] = [
	[/\bso far\b/i, UP_TO_NOW],
	[/\bto date\b/i, UP_TO_NOW],
	[/\bfor now\b/i, AT_WRITING],
	[/\bat (?:the )?present(?: time)?\b/i, AT_WRITING],
	[/\bat the moment\b/i, AT_WRITING],
	[/\bcurrently\b/i, AT_WRITING],
	[/\b(?:nowadays|these days)\b/i, AT_WRITING],
	[/\bin (?:the )?recent (?:times?|years|months|weeks)\b/i, BEFORE_WRITING],
	[/\brecently\b/i, BEFORE_WRITING],
	[/\bin the (?:near )?future\b/i, AFTER_WRITING]
];

/** The first vague time reference in the sentence, or null. */
export function vagueReference(sentence: string): VagueReference | null {
	let first: VagueReference | null = null;
	for (const [pattern, gloss] of CUES) {
		const match = pattern.exec(sentence);
		if (match === null || (first !== null && match.index >= first.start)) continue;
		first = { start: match.index, end: match.index + match[0].length, reason: `The article says only “${match[0]}”: ${gloss}.` };
	}
	return first;
}
