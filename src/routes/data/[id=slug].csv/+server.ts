import { timelineToCsv } from '../../../lib/export/csv.ts';
import { requireTimeline, timelineEntries } from '../../../lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

/** `/data/<id>.csv`: the events, then the undatable entries, one row each (see `src/lib/export/csv.ts`). */
export const GET: RequestHandler = ({ params }) =>
	new Response(timelineToCsv(requireTimeline(params.id)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
