import { SITE_ORIGIN } from '../../../lib/server/origin.ts';
import { screenshotFor, siteSummaries } from '../../../lib/server/site.ts';

/** `/timelines/`: every timeline of the site, newest first. */
export const load = () => ({ summaries: siteSummaries(), origin: SITE_ORIGIN, screenshot: screenshotFor(null) });
