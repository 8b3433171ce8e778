/**
 * Sentences by `Intl.Segmenter` (the same in Node and in browsers), mended where it cuts too eagerly: never
 * inside a time expression, never after an abbreviation such as "Mr." or "Feb.", and never before a word in
 * lower case. Line breaks always end a sentence (headlines have no full stop).
 */
export interface Sentence {
	/** The sentence without the white space around it. */
	start: number;
	end: number;
}

const ABBREVIATION = /(?:^|[\s(“"‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Mt|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Cpl|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|c|ca|approx|e\.g|i\.e|cf|Fig|Vol|pp?|[A-Z])\.$/;

let segmenter: Intl.Segmenter | undefined;

/** `protectedSpans`: ranges no boundary may fall inside (the time expressions). */
export function splitSentences(text: string, protectedSpans: readonly { start: number; end: number }[] = []): Sentence[] {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	const pieces: { start: number; end: number }[] = [];
	// Line by line: a line break ends a sentence anyway, and V8 segments one long string in quadratic time.
	for (const line of text.matchAll(/[^\n]*\n?/g)) {
		for (const { index: within, segment } of segmenter.segment(line[0])) {
			const index = line.index + within;
			const previous = pieces.at(-1);
			if (previous !== undefined && mustJoin(text, previous, index, segment, protectedSpans)) previous.end = index + segment.length;
			else pieces.push({ start: index, end: index + segment.length });
		}
	}
	return pieces.flatMap(({ start, end }) => {
		const inner = text.slice(start, end);
		const lead = inner.length - inner.trimStart().length;
		const body = inner.trim();
		return body === '' ? [] : [{ start: start + lead, end: start + lead + body.length }];
	});
}

function mustJoin(text: string, previous: { start: number; end: number }, boundary: number, next: string, spans: readonly { start: number; end: number }[]): boolean {
	const before = text.slice(previous.start, boundary);
	// Each line is segmented alone, so a piece from an earlier line ends with its line break.
	if (before.endsWith('\n') || /^\s/.test(next)) return false;
	if (spans.some((span) => span.start < boundary && boundary < span.end)) return true;
	if (/^\p{Ll}/u.test(next)) return true;
	return ABBREVIATION.test(before.trimEnd());
}
