import { describe, expect, it } from 'vitest';
import { BUILT_IN_TIMELINE_ID, featuredTimeline } from './featured.ts';

const timeline = (id: string, published: string) => ({ id, article: { published } });
const builtIn = timeline(BUILT_IN_TIMELINE_ID, '2023-02-04');
const city = timeline('city-budget-2025', '2025-01-22');
const river = timeline('river-history', '2025-01-22');
const old = timeline('old-news', '1999-12-31');

describe('featuredTimeline', () => {
	it.each<[string, ReturnType<typeof timeline>[], string | undefined, string]>([
		['the built-in article, when the data has it', [old, builtIn, city], undefined, BUILT_IN_TIMELINE_ID],
		['else the newest', [old, city], undefined, 'city-budget-2025'],
		['else the newest, ties by id', [river, old, city], undefined, 'city-budget-2025'],
		['the one the setting names', [old, builtIn, city], 'old-news', 'old-news'],
		['the one the setting names, its spaces aside', [old, builtIn], ' old-news\n', 'old-news'],
		['the default when the setting is empty', [old, builtIn], '  ', BUILT_IN_TIMELINE_ID],
		['the only one', [old], undefined, 'old-news']
	])('%s', (_name, timelines, requested, id) => {
		expect(featuredTimeline(timelines, requested).id).toBe(id);
	});

	it('refuses a setting that names no timeline, listing those there are', () => {
		expect(() => featuredTimeline([old, city], 'xi')).toThrow('SOURCELINE_FEATURED is "xi", which is not a timeline of the data: name one of old-news, city-budget-2025');
	});

	it('refuses an empty site', () => {
		expect(() => featuredTimeline([], undefined)).toThrow('there is no timeline to feature');
	});
});
