import { error } from '@sveltejs/kit';
import { timelineToIcal } from '$lib/export/ical.ts';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

/** `/data/<id>.ics`: the events as all-day calendar events (see `src/lib/export/ical.ts`). */
export const GET: RequestHandler = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return new Response(timelineToIcal(timeline), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
