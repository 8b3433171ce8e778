/**
 * Items a person has not yet accepted (`"draft": true`, proposed by `npm run draft`): how many a timeline holds,
 * and the notice the pages show above a timeline that has any.
 */
import type { Timeline } from './schema.ts';

export interface DraftCounts {
	events: number;
	undatable: number;
}

export function draftCounts(timeline: Pick<Timeline, 'events' | 'undatable'>): DraftCounts {
	const drafts = (items: readonly { draft?: true }[]) => items.filter((item) => item.draft === true).length;
	return { events: drafts(timeline.events), undatable: drafts(timeline.undatable) };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the notice says, or null when nothing is a draft. */
export function draftNotice(timeline: Pick<Timeline, 'events' | 'undatable'>): string | null {
	const { events, undatable } = draftCounts(timeline);
	if (events + undatable === 0) return null;
	const parts = [
		events > 0 && `${events} of its ${count(timeline.events.length, 'event', 'events')}`,
		undatable > 0 && `${undatable} of its ${count(timeline.undatable.length, 'undated reference', 'undated references')}`
	].filter(Boolean);
	const were = events + undatable === 1 ? 'was' : 'were';
	return `This timeline is a draft: ${parts.join(' and ')} ${were} proposed automatically and not yet checked by a person. Each is marked “Draft”.`;
}
