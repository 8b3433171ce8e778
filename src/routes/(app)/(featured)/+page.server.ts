import { SITE_ORIGIN } from '../../../lib/server/origin.ts';
import { featuredSiteTimeline } from '../../../lib/server/site.ts';

export function load() {
	return { timeline: featuredSiteTimeline(), origin: SITE_ORIGIN };
}
