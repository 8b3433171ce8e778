import { error } from '@sveltejs/kit';
import { SITE_ORIGIN } from '$lib/server/origin.ts';
import { siteTimeline, siteTimelines } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => siteTimelines().map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const timeline = siteTimeline(params.id);
	if (!timeline) error(404, `No timeline "${params.id}"`);
	return { timeline, origin: SITE_ORIGIN };
};
