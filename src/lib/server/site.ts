/** The timelines this site is built from, loaded and validated once per build, and how routes look them up. */
import { error } from '@sveltejs/kit';
import type { Timeline, TimelineIndex } from '../model/schema.ts';
import { FORMAT, FORMAT_VERSION } from '../model/schema.ts';
import { featuredTimeline } from './featured.ts';
import { loadTimelines } from './timelines.ts';

let cache: Timeline[] | undefined;

export function siteTimelines(): Timeline[] {
	cache ??= loadTimelines();
	return cache;
}

/** The timeline the home page shows: SOURCELINE_FEATURED, else the built-in article, else the newest. */
export function featuredSiteTimeline(): Timeline {
	return featuredTimeline(siteTimelines(), process.env.SOURCELINE_FEATURED);
}

export function siteTimeline(id: string): Timeline | undefined {
	return siteTimelines().find((timeline) => timeline.id === id);
}

/** The `entries` of a prerendered route with an `[id=slug]` parameter: one page or file per timeline. */
export function timelineEntries(): { id: string }[] {
	return siteTimelines().map(({ id }) => ({ id }));
}

/** The timeline a route's `[id=slug]` names; a 404 when there is none. */
export function requireTimeline(id: string): Timeline {
	const timeline = siteTimeline(id);
	if (!timeline) error(404, `No timeline "${id}"`);
	return timeline;
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
