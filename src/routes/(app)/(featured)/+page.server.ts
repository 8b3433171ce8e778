import { featuredSiteTimeline, timelinePageData } from '../../../lib/server/site.ts';

/** The home page: the featured timeline's page (its canonical address is under /timelines/). */
export const load = () => timelinePageData(featuredSiteTimeline());
