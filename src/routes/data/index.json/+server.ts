import { json } from '@sveltejs/kit';
import { timelineIndex } from '../../../lib/server/site.ts';

export const prerender = true;

export function GET() {
	return json(timelineIndex());
}
