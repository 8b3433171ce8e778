import { error, json } from '@sveltejs/kit';
import { oembed } from '$lib/oembed.ts';
import { SITE_ORIGIN } from '$lib/server/origin.ts';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return json(oembed(SITE_ORIGIN, timeline));
};
