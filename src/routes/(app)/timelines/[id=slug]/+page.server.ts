import { requireTimeline, timelineEntries, timelinePageData } from '../../../../lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const entries = timelineEntries;

/** `/timelines/<id>/`: the timeline's own page, its canonical address. */
export const load: PageServerLoad = ({ params }) => timelinePageData(requireTimeline(params.id));
