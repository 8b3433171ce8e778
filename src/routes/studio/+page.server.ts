import { featuredSiteTimeline, siteTimelines } from '../../lib/server/site.ts';

export function load() {
	return {
		/** The embed page a hosted dataset is shown through (`/embed/<id>?data=…`): any built timeline's will do. */
		embedTimelineId: featuredSiteTimeline().id,
		timelines: siteTimelines().length
	};
}
