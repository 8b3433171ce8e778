import { SITE_ORIGIN } from '../../../../lib/server/origin.ts';
import { embedModules } from '../../../../lib/server/page-modules.ts';
import { requireTimeline, timelineEntries } from '../../../../lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const entries = timelineEntries;

// No SvelteKit client: the page's island mounts the embed (src/lib/embed-page/island.ts).
export const csr = false;

export const load: PageServerLoad = ({ params }) => ({ timeline: requireTimeline(params.id), origin: SITE_ORIGIN, modules: embedModules() });
