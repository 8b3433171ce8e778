/** The site's own addresses: the index of timelines, each timeline's one canonical page, and the studio. */
export const INDEX_PATH = '/timelines/';

export const timelinePath = (id: string): string => `${INDEX_PATH}${encodeURIComponent(id)}/`;

/** Where a timeline is made from an article (`src/routes/studio`). */
export const STUDIO_PATH = '/studio';
