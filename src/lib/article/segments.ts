/**
 * Splits an article into paragraphs and, within them, into runs of text that are covered by the same set of
 * passages, so passages can be marked even where they overlap or nest. Every character of the text lands in
 * exactly one segment, in order: joining the segments and the paragraph breaks gives the text back.
 */

export interface PassageSpan {
	/** Unique key of the passage, e.g. `xi-visit-to-russia/2`. */
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
	const paragraphs: ArticleParagraph[] = [];
	let start = 0;
	for (const match of text.matchAll(PARAGRAPH_BREAK)) {
		paragraphs.push(paragraph(text, start, match.index, spans));
		start = match.index + match[0].length;
	}
	if (start < text.length || paragraphs.length === 0) paragraphs.push(paragraph(text, start, text.length, spans));
	return paragraphs.filter((p) => p.end > p.start);
}

function paragraph(text: string, start: number, end: number, spans: readonly PassageSpan[]): ArticleParagraph {
	const inside = spans.filter((span) => span.start < end && span.end > start);
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
