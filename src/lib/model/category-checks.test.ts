import { describe, expect, it } from 'vitest';
import { checkCategories } from './category-checks.ts';

/** What checkCategories reports for `categories`, as `field: message`, and the ids it returns. */
function checked(categories: unknown) {
	const reports: string[] = [];
	const ids = checkCategories(categories, (field, message) => reports.push(`${field}: ${message}`));
	return { ids: ids && [...ids], reports };
}

describe('checkCategories: what no schema can say about the categories', () => {
	it('reads labels that differ only in case as the same label', () => {
		expect(checked([{ id: 'war', label: 'War' }, { id: 'war-2', label: 'WAR' }]).reports).toStrictEqual([
			'categories.1.label: "WAR" labels another category too: readers could not tell them apart'
		]);
	});

	it('quotes the first 80 characters of a repeated id or label', () => {
		const id = 'i'.repeat(100);
		const label = 'L'.repeat(100);
		expect(checked([{ id, label }, { id, label }]).reports).toStrictEqual([
			`categories.1.id: duplicate category id "${'i'.repeat(80)}"`,
			`categories.1.label: "${'L'.repeat(80)}" labels another category too: readers could not tell them apart`
		]);
	});

	it('leaves what is not a list, an entry that is not an object, and fields of the wrong type to the schema', () => {
		expect(checked('war')).toStrictEqual({ ids: undefined, reports: [] });
		expect(checked([null, { id: 7, label: 7 }, { id: 'war', label: 'War', colour: 'red' }, { id: 'law', label: 'Law', colour: { light: 'red', dark: 7 } }])).toStrictEqual({
			ids: ['war', 'law'],
			reports: []
		});
	});
});
