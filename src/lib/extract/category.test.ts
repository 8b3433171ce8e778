import { describe, expect, it } from 'vitest';
import { declaredCategories, draftCategories } from './category.ts';

describe('draftCategories', () => {
	it.each<[string, string]>([
		['Russia launched its invasion of Ukraine on 24 February 2022.', 'military'],
		['Putin signed an agreement to increase gas exports through a new pipeline.', 'energy'],
		['Revenue rose 12% and the shares gained.', 'economy'],
		['Western countries imposed sanctions on Russia.', 'sanctions'],
		['China signed a statement at the G-20 summit in Bali.', 'multilateral'],
		['The council approved its budget and councillors voted.', 'domestic-politics'],
		['Corran Rovers won the league and the trophy.', 'sport'],
		['Xi met his counterpart for talks in Moscow.', 'diplomacy']
	])('%s → %s', (sentence, category) => {
		expect(draftCategories([sentence])).toEqual([category]);
	});

	it('gives a sentence with no keyword the article’s most common category', () => {
		expect(draftCategories(['The league began.', 'It rained.', 'The club won the cup.'])).toEqual(['sport', 'sport', 'sport']);
	});

	it('gives an article with no keyword at all the list’s first category', () => {
		expect(draftCategories(['It rained.', 'It snowed.'])).toEqual(['diplomacy', 'diplomacy']);
	});
});

describe('declaredCategories', () => {
	it('declares the categories used, once each, in the list’s order, with their labels', () => {
		expect(declaredCategories(['sport', 'energy', 'sport', 'domestic-politics'])).toEqual([
			{ id: 'energy', label: 'Energy' },
			{ id: 'domestic-politics', label: 'Domestic politics' },
			{ id: 'sport', label: 'Sport' }
		]);
		expect(declaredCategories([])).toEqual([]);
	});
});
