/** The site's own addresses: the index of timelines, and each timeline's one canonical page. */
export const INDEX_PATH = '/timelines/';

export const timelinePath = (id: string): string => `${INDEX_PATH}${encodeURIComponent(id)}/`;
