import { error } from '@sveltejs/kit';
import { timelineToCsv } from '$lib/export/csv.ts';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

/** `/data/<id>.csv`: the events, then the undatable entries, one row each (see `src/lib/export/csv.ts`). */
export const GET: RequestHandler = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return new Response(timelineToCsv(timeline), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
