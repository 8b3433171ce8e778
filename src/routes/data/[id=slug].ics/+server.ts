import { timelineToIcal } from '../../../lib/export/ical.ts';
import { requireTimeline, timelineEntries } from '../../../lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

/** `/data/<id>.ics`: the events as all-day calendar events (see `src/lib/export/ical.ts`). */
export const GET: RequestHandler = ({ params }) =>
	new Response(timelineToIcal(requireTimeline(params.id)), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
