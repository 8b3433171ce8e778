/** The timelines this site is built from, loaded and validated once per build. */
import type { Timeline, TimelineIndex } from '../model/schema.ts';
import { FORMAT, FORMAT_VERSION } from '../model/schema.ts';
import { loadTimelines } from './timelines.ts';

let cache: Timeline[] | undefined;

export function siteTimelines(): Timeline[] {
	cache ??= loadTimelines();
	return cache;
}

/** The built-in article shown on the home page: the first timeline by id. */
export const DEFAULT_TIMELINE_ID = 'xi-visit-russia-2023';

export function siteTimeline(id: string): Timeline | undefined {
	return siteTimelines().find((timeline) => timeline.id === id);
}

export function timelineIndex(): TimelineIndex {
	return {
		format: `${FORMAT}-index`,
		version: FORMAT_VERSION,
		timelines: siteTimelines().map((timeline) => ({
			id: timeline.id,
			title: timeline.article.title,
			publisher: timeline.article.publisher,
			published: timeline.article.published,
			events: timeline.events.length,
			url: `/data/${timeline.id}.json`
		}))
	};
}
