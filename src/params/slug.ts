import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '../lib/model/vocabulary.ts';

/**
 * A timeline id, as the schema asks. Every `[id]` route uses this matcher, and it never matches a dot: so
 * `/data/<id>.timelinejs.json` reaches its own route rather than `/data/[id=slug].json` with the id "<id>.timelinejs".
 */
export const match: ParamMatcher = (param) => SLUG.test(param);
