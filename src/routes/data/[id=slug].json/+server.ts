import { json } from '@sveltejs/kit';
import { requireTimeline, timelineEntries } from '../../../lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

/** `/data/<id>.json`: the timeline in the public format (see the README). */
export const GET: RequestHandler = ({ params }) => json(requireTimeline(params.id));
