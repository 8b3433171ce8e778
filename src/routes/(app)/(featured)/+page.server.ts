import { error } from '@sveltejs/kit';
import { SITE_ORIGIN } from '../../../lib/server/origin.ts';
import { DEFAULT_TIMELINE_ID, siteTimeline } from '../../../lib/server/site.ts';

export function load() {
	const timeline = siteTimeline(DEFAULT_TIMELINE_ID);
	if (!timeline) error(500, `The built-in timeline "${DEFAULT_TIMELINE_ID}" is missing from data/`);
	return { timeline, origin: SITE_ORIGIN };
}
