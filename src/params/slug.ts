import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A timeline id: lower-case letters, digits and single hyphens, as the schema asks. A route parameter with this
 * matcher outranks one without, and it never matches a dot: so `/data/<id>.timelinejs.json` reaches its own route
 * rather than `/data/[id].json` with the id "<id>.timelinejs".
 */
export const match: ParamMatcher = (param) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param);
