import { error, json } from '@sveltejs/kit';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return json(timeline);
};
