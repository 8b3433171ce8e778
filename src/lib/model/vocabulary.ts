/**
 * The closed vocabularies of the format, and the categories of its first version. Kept apart from the schema so
 * the pages can use them without shipping the validation library to the browser.
 */
export const STATUSES = ['happened', 'anticipated'] as const;
export const QUALIFIERS = ['early', 'mid', 'late'] as const;
export const ACTOR_KINDS = ['country', 'organisation', 'group', 'person'] as const;

/**
 * Version 1 of the format had one closed list of categories; since version 2 each dataset declares its own. A
 * version-1 file is read as declaring these, in this order (so they keep their colours), and the extractor drafts
 * with them.
 */
export const FORMAT_1_CATEGORIES = [
	{ id: 'diplomacy', label: 'Diplomacy' },
	{ id: 'military', label: 'Military' },
	{ id: 'energy', label: 'Energy' },
	{ id: 'economy', label: 'Economy' },
	{ id: 'sanctions', label: 'Sanctions' },
	{ id: 'multilateral', label: 'Multilateral' },
	{ id: 'domestic-politics', label: 'Domestic politics' },
	{ id: 'sport', label: 'Sport' }
] as const;

export type Format1Category = (typeof FORMAT_1_CATEGORIES)[number]['id'];

/** An id (timeline, event, category, actor group): lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
