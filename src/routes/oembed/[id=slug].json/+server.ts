import { error, json } from '@sveltejs/kit';
import { oembed } from '$lib/oembed.ts';
import { SITE_ORIGIN } from '$lib/server/origin.ts';
import { requireTimeline, timelineEntries } from '$lib/server/site.ts';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = ({ params, url }) => {
	// Pages build their absolute URLs from `page.url.origin`, which svelte.config.js sets from the same variable.
	if (url.origin !== SITE_ORIGIN) error(500, `kit.prerender.origin (${url.origin}) differs from SITE_ORIGIN (${SITE_ORIGIN})`);
	return json(oembed(SITE_ORIGIN, requireTimeline(params.id)));
};
