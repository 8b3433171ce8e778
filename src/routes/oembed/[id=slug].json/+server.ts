import { json } from '@sveltejs/kit';
import { oembed } from '../../../lib/oembed.ts';
import { SITE_ORIGIN } from '../../../lib/server/origin.ts';
import { requireTimeline, screenshotFor, timelineEntries } from '../../../lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = ({ params }) => json(oembed(SITE_ORIGIN, requireTimeline(params.id), screenshotFor(params.id)));
