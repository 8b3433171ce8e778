import { json } from '@sveltejs/kit';
import { timelineToTimelineJs } from '../../../lib/export/timelinejs.ts';
import { requireTimeline, timelineEntries } from '../../../lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

/** `/data/<id>.timelinejs.json`: the events in TimelineJS 3's JSON format (see `src/lib/export/timelinejs.ts`). */
export const GET: RequestHandler = ({ params }) => json(timelineToTimelineJs(requireTimeline(params.id)));
