import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS } from './labels.ts';
import { CATEGORIES } from './vocabulary.ts';

describe('CATEGORY_LABELS', () => {
	// The rule, not a copy of the table: a label is its category's id in words, with a capital.
	it.each([...CATEGORIES])('%s reads as its id in words', (category) => {
		const words = category.replaceAll('-', ' ');
		expect(CATEGORY_LABELS[category]).toBe(words[0]!.toUpperCase() + words.slice(1));
	});
});
