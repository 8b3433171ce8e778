import { describe, expect, it } from 'vitest';
import { matchesTitle, searchForm } from './title-search.ts';

const XI = 'Xi Jinping’s visit to Russia and America’s hostile policy towards China-Russia rapprochement';

describe('matchesTitle', () => {
	it.each<[string, string, boolean]>([
		[XI, '', true],
		[XI, '   ', true],
		[XI, 'russia', true],
		[XI, 'RUSSIA visit', true],
		[XI, 'visit xi', true],
		[XI, 'china-russia', true],
		[XI, 'jinping’s', true],
		[XI, 'budget', false],
		[XI, 'russia budget', false],
		['Café society in Zürich', 'cafe zurich', true],
		['Cafe society', 'café', true],
		['The ﬁnal budget', 'final', true],
		['Le Monde', 'monde  le', true],
		['City budget 2025', '2025', true],
		['City budget 2025', '2026', false],
		['<b>Title</b>', '<b>', true],
		['Gas deal', 'sag', false]
	])('%j, query %j: %s', (title, query, match) => {
		expect(matchesTitle(title, query)).toBe(match);
	});
});

describe('searchForm', () => {
	it.each([
		['  Café   Crème ', 'cafe creme'],
		['Zürich\n\tBern', 'zurich bern'],
		['ÉTÉ', 'ete']
	])('%j is compared as %j', (text, form) => {
		expect(searchForm(text)).toBe(form);
	});
});
