/**
 * Splits an article into paragraphs and, within them, into runs of text that are covered by the same set of
 * passages, so passages can be marked even where they overlap or nest. Every character of the text lands in
 * exactly one segment, in order: joining the segments and the paragraph breaks gives the text back.
 */

export interface PassageSpan {
	/** Unique key of the passage, e.g. `xi-visit-to-russia-2` (see `passageKey`). */
	key: string;
	start: number;
	end: number;
}

export interface ArticleSegment {
	text: string;
	start: number;
	end: number;
	/** Keys of the passages that cover this run, in the order the spans were given. */
	passages: string[];
	/** Keys of the passages that begin at this run (where a link target goes). */
	opens: string[];
}

export interface ArticleParagraph {
	start: number;
	end: number;
	segments: ArticleSegment[];
}

/** A blank line (possibly holding spaces or no-break spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n\s*/g;

export function segmentArticle(text: string, spans: readonly PassageSpan[]): ArticleParagraph[] {
	const bounds: [number, number][] = [];
	let start = 0;
	for (const match of text.matchAll(PARAGRAPH_BREAK)) {
		bounds.push([start, match.index]);
		start = match.index + match[0].length;
	}
	if (start < text.length || bounds.length === 0) bounds.push([start, text.length]);

	// One sweep over the paragraphs with the spans in order of their start, so a long article with thousands of
	// passages costs O((paragraphs + spans) log spans), not paragraphs × spans. `open` holds the spans that began
	// before the current paragraph ends and may still reach into it.
	const order = spans.map((span, given) => ({ span, given })).sort((a, b) => a.span.start - b.span.start);
	let next = 0;
	let open: typeof order = [];
	const paragraphs: ArticleParagraph[] = [];
	for (const [from, to] of bounds) {
		if (to <= from) continue;
		while (next < order.length && order[next]!.span.start < to) open.push(order[next++]!);
		open = open.filter(({ span }) => span.end > from);
		paragraphs.push(paragraph(text, from, to, [...open].sort((a, b) => a.given - b.given).map(({ span }) => span)));
	}
	return paragraphs;
}

/** `inside`: the spans that overlap the paragraph, in the order they were given. */
function paragraph(text: string, start: number, end: number, inside: readonly PassageSpan[]): ArticleParagraph {
	const cuts = new Set([start, end]);
	for (const span of inside) {
		cuts.add(Math.max(span.start, start));
		cuts.add(Math.min(span.end, end));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments = points.slice(0, -1).map((from, i) => {
		const to = points[i + 1]!;
		return {
			text: text.slice(from, to),
			start: from,
			end: to,
			passages: inside.filter((span) => span.start <= from && span.end >= to).map((span) => span.key),
			opens: inside.filter((span) => span.start === from).map((span) => span.key)
		};
	});
	return { start, end, segments };
}
