/** The passages the article panel marks: every passage of every entry (event or undatable reference). */
import { passageKey } from '../model/event-view.ts';
import type { Timeline } from '../model/schema.ts';
import type { PassageSpan } from './segments.ts';

export interface CitingEntry {
	id: string;
	title: string;
}

export interface ArticlePassages {
	/** In the order of the data: events, then undatable references, each entry's passages in turn. */
	spans: PassageSpan[];
	/** Passage key → the entry that cites it, for the link from a passage back to its entry. */
	citing: Map<string, CitingEntry>;
}

export function articlePassages(timeline: Pick<Timeline, 'events' | 'undatable'>): ArticlePassages {
	const spans: PassageSpan[] = [];
	const citing = new Map<string, CitingEntry>();
	for (const entry of [...timeline.events, ...timeline.undatable]) {
		for (const [index, passage] of entry.passages.entries()) {
			const key = passageKey(entry.id, index);
			spans.push({ key, start: passage.start, end: passage.end });
			citing.set(key, entry);
		}
	}
	return { spans, citing };
}
