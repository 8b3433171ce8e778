import { error, json } from '@sveltejs/kit';
import { timelineToTimelineJs } from '$lib/export/timelinejs.ts';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

/**
 * `/data/<id>.timelinejs.json`: the events in TimelineJS 3's JSON format (see `src/lib/export/timelinejs.ts`).
 * The `slug` matcher makes this route outrank `/data/[id].json`, which would otherwise take the whole
 * "<id>.timelinejs" as its id.
 */
export const GET: RequestHandler = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return json(timelineToTimelineJs(timeline));
};
