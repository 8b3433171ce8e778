import { DEFAULT_TIMELINE_ID } from '../../lib/server/site.ts';

/** The embed page a hosted dataset is shown through (`/embed/<id>?data=…`): any built timeline's will do. */
export function load() {
	return { embedTimelineId: DEFAULT_TIMELINE_ID };
}
