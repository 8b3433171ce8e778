import { describe, expect, it } from 'vitest';
import { readTimelineSource } from '../server/timelines.ts';
import { categoryViews } from './categories.ts';
import { formatIssue, type ValidationIssue } from './issues.ts';
import { CATEGORY_PALETTE } from './palette.ts';
import type { Category } from './schema.ts';
import { validateTimelineSource } from './validate.ts';

const ID = 'xi-visit-russia-2023';
const FILE = `data/${ID}/events.json`;

type Events = { categories: Record<string, unknown>[]; events: Record<string, unknown>[] };

/** The real folder with its events file changed by `edit`, validated. */
function validated(edit: (events: Events) => void) {
	const source = structuredClone(readTimelineSource(`data/${ID}`, ID).source);
	edit(source.events.json as Events);
	return validateTimelineSource(source);
}
const errors = (issues: ValidationIssue[]) => issues.filter((issue) => issue.severity === 'error').map(formatIssue);
/** Twelve categories after the real eight, for the palette's limit. */
const extra = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `extra-${i + 1}`, label: `Extra ${i + 1}` }));

describe('categoryViews', () => {
	it('gives each category the palette’s colour at its place, unless it names its own', () => {
		const declared: Category[] = [
			{ id: 'a', label: 'A' },
			{ id: 'b', label: 'B', colour: '#5b6cff' },
			{ id: 'c', label: 'C', colour: { light: '#000000', dark: '#ffffff' } },
			{ id: 'd', label: 'D' }
		];
		expect(categoryViews(declared)).toEqual([
			{ id: 'a', label: 'A', colour: CATEGORY_PALETTE[0] },
			{ id: 'b', label: 'B', colour: { light: '#5b6cff', dark: '#5b6cff' } },
			{ id: 'c', label: 'C', colour: { light: '#000000', dark: '#ffffff' } },
			{ id: 'd', label: 'D', colour: CATEGORY_PALETTE[3] }
		]);
	});
});

describe('a dataset’s categories', () => {
	it.each<[string, (e: Events) => void, string]>([
		[
			'an event in a category not declared',
			(e) => (e.events[0]!.category = 'budget'),
			`error: ${FILE}, event "gas-exports-2020", field "category": "budget" is not one of the categories the file declares: add it to "categories"`
		],
		['a category declared twice', (e) => e.categories.push({ id: 'energy', label: 'Power' }), `error: ${FILE}, field "categories.8.id": duplicate category id "energy"`],
		[
			'two categories with one label',
			(e) => e.categories.push({ id: 'power', label: 'energy' }),
			`error: ${FILE}, field "categories.8.label": "energy" labels another category too: readers could not tell them apart`
		],
		[
			'a category past the palette without a colour',
			(e) => e.categories.push(...extra(5)),
			`error: ${FILE}, field "categories.12.colour": is needed: category "extra-5" is number 13, and the palette has 12 colours`
		],
		[
			// Yellow on the light panels (#f4f5f7) is 1.016:1, its weakest.
			'one colour that fails the light theme',
			(e) => (e.categories[0]!.colour = '#ffff00'),
			`error: ${FILE}, field "categories.0.colour": category "diplomacy": #ffff00 has a contrast of 1.01:1 against the light theme's panel background (#f4f5f7); marks need at least 3:1: choose a darker colour, or give one for each theme: { "light": "#rrggbb", "dark": "#rrggbb" }`
		],
		[
			// #767676 against the dark theme's selection highlight (#1f2a44) is 3.14:1; #555555 is 1.91:1 there.
			'a colour per theme that fails the dark one',
			(e) => (e.categories[2]!.colour = { light: '#767676', dark: '#555555' }),
			`error: ${FILE}, field "categories.2.colour.dark": category "energy": #555555 has a contrast of 1.91:1 against the dark theme's highlight of a selected mark (#1f2a44); marks need at least 3:1: choose a lighter colour`
		],
		['a colour that is not #rrggbb', (e) => (e.categories[1]!.colour = 'red'), `error: ${FILE}, field "categories.1.colour": must be a colour written #rrggbb (or #rgb)`],
		['a label too long for a lane', (e) => (e.categories[1]!.label = 'x'.repeat(41)), `error: ${FILE}, field "categories.1.label": must be at most 40 characters: it labels a lane`]
	])('%s is an error that names the field', (_name, edit, message) => {
		const result = validated(edit);
		expect(result.ok).toBe(false);
		expect(errors(result.issues)).toEqual([message]);
	});

	it.each<[string, (e: Events) => void]>([
		['twelve categories, all from the palette', (e) => e.categories.push(...extra(4))],
		['a thirteenth with a colour of its own', (e) => e.categories.push(...extra(4), { id: 'thirteen', label: 'Thirteen', colour: '#3d7bff' })],
		// Mid-tones reach 3:1 against the page in both themes: one colour can serve both.
		['one colour for both themes that both can take', (e) => (e.categories[0]!.colour = '#3d7bff')],
		['a colour for each theme', (e) => (e.categories[0]!.colour = { light: '#000', dark: '#FFF' })],
		['categories no event uses', (e) => e.categories.push({ id: 'weather', label: 'Weather' })]
	])('%s is accepted', (_name, edit) => {
		const result = validated(edit);
		expect(errors(result.issues)).toEqual([]);
		expect(result.ok).toBe(true);
	});
});
