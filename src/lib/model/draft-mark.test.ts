// The "draft" mark of items proposed by `npm run draft`: accepted by the schema, reported by the validator.
import { describe, expect, it } from 'vitest';
import { readTimelineSource } from '../server/timelines.ts';
import { formatIssue } from './issues.ts';
import { validateTimelineSource } from './validate.ts';

const ID = 'xi-visit-russia-2023';
const source = (edit: (events: { events: Record<string, unknown>[]; undatable: Record<string, unknown>[] }) => void) => {
	const real = structuredClone(readTimelineSource(`data/${ID}`, ID).source);
	edit(real.events.json as never);
	return real;
};

describe('draft: true', () => {
	it('is valid on events and undatable references, and one warning per timeline counts them', () => {
		const result = validateTimelineSource(
			source((file) => {
				file.events[0]!.draft = true;
				file.events[1]!.draft = true;
				file.undatable[0]!.draft = true;
			})
		);
		expect(result.ok).toBe(true);
		expect(result.issues.map(formatIssue)).toEqual([
			`warning: data/${ID}/events.json: 3 drafted item(s) not yet accepted: review each and remove its "draft": true`
		]);
	});

	it('is the only value: "draft": false is an error, so acceptance is leaving it out', () => {
		const result = validateTimelineSource(source((file) => (file.events[0]!.draft = false)));
		expect(result.ok).toBe(false);
		expect(result.issues.map(formatIssue)).toEqual([
			`error: data/${ID}/events.json, event "${(source(() => {}).events.json as { events: { id: string }[] }).events[0]!.id}", field "draft": must be true, or be left out once a person has accepted the item`
		]);
	});
});
