/**
 * The closed vocabularies of the format. Kept apart from the schema so the pages can use them without shipping
 * the validation library to the browser.
 */
export const CATEGORIES = [
	'diplomacy',
	'military',
	'energy',
	'economy',
	'sanctions',
	'multilateral',
	'domestic-politics',
	'sport'
] as const;
export const STATUSES = ['happened', 'anticipated'] as const;
export const QUALIFIERS = ['early', 'mid', 'late'] as const;
export const ACTOR_KINDS = ['country', 'organisation', 'group', 'person'] as const;

export type Category = (typeof CATEGORIES)[number];

/** An id (timeline, event, actor group): lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
