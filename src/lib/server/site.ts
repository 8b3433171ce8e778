/** The timelines this site is built from, loaded and validated once per build, and how routes look them up. */
import { error } from '@sveltejs/kit';
import type { Timeline, TimelineIndex } from '../model/schema.ts';
import { FORMAT, FORMAT_VERSION } from '../model/schema.ts';
import { INDEX_PATH, STUDIO_PATH, timelinePath } from '../sharing/site-paths.ts';
import { SCREENSHOT, type SocialImage } from '../sharing/social-card.ts';
import { timelineSummary, type TimelineSummary } from '../timeline/summary.ts';
import { BUILT_IN_TIMELINE_ID, featuredTimeline } from './featured.ts';
import { SITE_ORIGIN } from './origin.ts';
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
			url: `/data/${timeline.id}.json`,
			page: timelinePath(timeline.id)
		}))
	};
}

/** What a timeline's page (TimelinePage) is given: the timeline, the site's address, its card's image, how many timelines the site has. */
export function timelinePageData(timeline: Timeline) {
	return { timeline, origin: SITE_ORIGIN, screenshot: screenshotFor(timeline.id), timelines: siteTimelines().length };
}

/** Every timeline as the index lists it: newest first, then by title. */
export function siteSummaries(): TimelineSummary[] {
	return siteTimelines()
		.map(timelineSummary)
		.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/** The pages a search engine should index, each at its canonical address. */
export function sitePages(): string[] {
	return [INDEX_PATH, ...siteTimelines().map((timeline) => timelinePath(timeline.id)), STUDIO_PATH];
}

/**
 * The image a page's social card (and a timeline's oEmbed thumbnail) shows: the screenshot, on the pages of the
 * timeline it shows and on the index (null), where it stands for the site; none elsewhere, rather than another
 * article's timeline.
 */
export function screenshotFor(timelineId: string | null): SocialImage | undefined {
	return timelineId === null || timelineId === BUILT_IN_TIMELINE_ID ? SCREENSHOT : undefined;
}
