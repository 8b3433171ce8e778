import { describe, expect, it } from 'vitest';
import { readTimelineSource } from '../server/timelines.ts';
import { categoryViews } from './categories.ts';
import { formatIssue } from './issues.ts';
import { migrateEventsFile, migrateTimeline } from './migrate.ts';
import { validateTimeline, validateTimelineSource, type TimelineSource } from './validate.ts';

const ID = 'xi-visit-russia-2023';
const real = () => readTimelineSource(`data/${ID}`, ID).source;

/** The real folder as version 1 wrote it: the same events file without `categories`. */
function version1Source(): TimelineSource {
	const source = structuredClone(real());
	delete (source.events.json as Record<string, unknown>).categories;
	return source;
}

/** The colours version 1 drew its categories in (its style sheet's --cat-<id> tokens). */
const VERSION_1_COLOURS = {
	diplomacy: { light: '#1d4ed8', dark: '#7aa2ff' },
	military: { light: '#b91c1c', dark: '#f87171' },
	energy: { light: '#b45309', dark: '#fbbf24' },
	economy: { light: '#047857', dark: '#34d399' },
	sanctions: { light: '#7e22ce', dark: '#c084fc' },
	multilateral: { light: '#0e7490', dark: '#22d3ee' },
	'domestic-politics': { light: '#be185d', dark: '#f472b6' },
	sport: { light: '#4d7c0f', dark: '#a3e635' }
};

describe('an events file of version 1 (no "categories")', () => {
	it('is read as declaring version 1’s eight categories, in its order and colours, with a warning that says so', () => {
		const result = validateTimelineSource(version1Source());
		expect(result.issues.map(formatIssue)).toEqual([
			`warning: data/${ID}/events.json, field "categories": is missing, so the file is read as version 1 of the format, whose categories were diplomacy, military, energy, economy, sanctions, multilateral, domestic-politics, sport: declare the categories its events use (README, "Categories")`
		]);
		if (!result.ok) throw new Error('not read');
		expect(result.timeline.version).toBe(2);
		expect(result.timeline.categories.map(({ id, label }) => `${id}: ${label}`)).toEqual([
			'diplomacy: Diplomacy',
			'military: Military',
			'energy: Energy',
			'economy: Economy',
			'sanctions: Sanctions',
			'multilateral: Multilateral',
			'domestic-politics: Domestic politics',
			'sport: Sport'
		]);
		expect(Object.fromEntries(categoryViews(result.timeline.categories).map(({ id, colour }) => [id, colour]))).toEqual(VERSION_1_COLOURS);
	});

	it('reads the same timeline as the file that declares them', () => {
		const now = validateTimelineSource(real());
		const then = validateTimelineSource(version1Source());
		expect(then.ok && then.timeline).toEqual(now.ok && now.timeline);
	});

	it('still refuses a category version 1 did not have, naming the event and the field', () => {
		const source = version1Source();
		(source.events.json as { events: Record<string, unknown>[] }).events[0]!.category = 'budget';
		const result = validateTimelineSource(source);
		expect(result.ok).toBe(false);
		expect(result.issues).toContainEqual(
			expect.objectContaining({ severity: 'error', event: 'gas-exports-2020', field: 'category', message: expect.stringContaining('"budget" is not one of the categories') })
		);
	});

	it('is not changed in place', () => {
		const json = version1Source().events.json;
		const before = structuredClone(json);
		const migrated = migrateEventsFile(json, 'events.json');
		expect(json).toEqual(before);
		expect(migrated.json).not.toBe(json);
	});

	it('is left alone when it declares categories, or is not an object', () => {
		const json = real().events.json;
		expect(migrateEventsFile(json, 'events.json')).toEqual({ json, issues: [] });
		expect(migrateEventsFile([1], 'events.json')).toEqual({ json: [1], issues: [] });
		expect(migrateEventsFile(undefined, 'events.json')).toEqual({ json: undefined, issues: [] });
	});
});

describe('a public timeline of version 1', () => {
	/** The built-in timeline as the site published it in version 1. */
	function published1(): Record<string, unknown> {
		const result = validateTimelineSource(real());
		if (!result.ok) throw new Error('invalid');
		const json = JSON.parse(JSON.stringify(result.timeline));
		delete json.categories;
		return { ...json, version: 1 };
	}

	it('is read as version 2 with version 1’s categories, and a warning', () => {
		const result = validateTimeline(published1(), 'old.json');
		expect(result.issues.map(formatIssue)).toEqual([
			`warning: old.json, field "version": is 1: read as version 2, declaring version 1's categories (diplomacy, military, energy, economy, sanctions, multilateral, domestic-politics, sport)`
		]);
		const now = validateTimelineSource(real());
		expect(result.ok && result.timeline).toEqual(now.ok && now.timeline);
	});

	it('with "categories" is not version 1: the version is wrong', () => {
		const json = { ...published1(), categories: [{ id: 'energy', label: 'Energy' }] };
		expect(migrateTimeline(json, 'x.json')).toEqual({ json, issues: [] });
		const result = validateTimeline(json, 'x.json');
		expect(result.ok).toBe(false);
		expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', field: 'version', message: 'must be 2 (files of version 1 without "categories" are read too)' }));
	});

	it('of version 2 must declare its categories', () => {
		const json = { ...published1(), version: 2 };
		const result = validateTimeline(json, 'x.json');
		expect(result.ok).toBe(false);
		expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', field: 'categories', message: expect.stringMatching(/^is missing/) }));
	});
});
