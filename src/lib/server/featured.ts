/**
 * Which timeline the site's home page (`/`) shows: the one SOURCELINE_FEATURED names; else the built-in article,
 * when the data has it; else the newest (latest publication date, then the first id in alphabetical order).
 */
import type { Timeline } from '../model/schema.ts';

/** The article the project ships with. */
export const BUILT_IN_TIMELINE_ID = 'xi-visit-russia-2023';

type Dated = Pick<Timeline, 'id'> & { article: Pick<Timeline['article'], 'published'> };

/** @throws Error when `requested` names no timeline of `timelines`, or there is none. */
export function featuredTimeline<T extends Dated>(timelines: readonly T[], requested: string | undefined): T {
	const wanted = requested?.trim();
	if (wanted) {
		const found = timelines.find((timeline) => timeline.id === wanted);
		if (found) return found;
		const ids = timelines.map((timeline) => timeline.id).join(', ');
		throw new Error(`SOURCELINE_FEATURED is "${wanted.slice(0, 80)}", which is not a timeline of the data: name one of ${ids}`);
	}
	const builtIn = timelines.find((timeline) => timeline.id === BUILT_IN_TIMELINE_ID);
	const newest = timelines.toSorted((a, b) => b.article.published.localeCompare(a.article.published) || a.id.localeCompare(b.id))[0];
	const featured = builtIn ?? newest;
	if (!featured) throw new Error('there is no timeline to feature');
	return featured;
}
