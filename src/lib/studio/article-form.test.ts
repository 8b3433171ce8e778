import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, MAX_TEXT_LENGTH, formProblems, suggestedId, suggestedTitle, type ArticleForm, type FormProblems } from './article-form.ts';

const GOOD: ArticleForm = {
	text: 'The council met on 4 March 2024.',
	title: 'The harbour plan',
	author: 'A. Writer',
	publisher: 'The Harbour Post',
	url: 'https://example.org/harbour',
	published: '2024-06-01',
	language: 'en',
	id: 'harbour-plan'
};

describe('formProblems', () => {
	it('has none for a complete form', () => {
		expect(formProblems(GOOD)).toStrictEqual({});
	});

	it('names every required field of an empty form', () => {
		expect(Object.keys(formProblems(EMPTY_FORM)).sort()).toStrictEqual(['author', 'id', 'published', 'publisher', 'text', 'title', 'url']);
	});

	it.each<[string, Partial<ArticleForm>, FormProblems]>([
		['white space only', { text: ' \n\t ' }, { text: 'paste the article’s text, or drop its .txt file here' }],
		['a title with spaces around it', { title: ' The plan ' }, { title: 'must not start or end with white space' }],
		['a javascript: address', { url: 'javascript:alert(1)' }, { url: 'must be an http(s) address' }],
		['an address that is no URL', { url: 'example.org' }, { url: 'must be an absolute URL' }],
		['no publication date', { published: '' }, { published: 'give the date the article was published' }],
		['a day that does not exist', { published: '2023-02-30' }, { published: 'must be a real calendar date: day 30 is out of range (01–28 in 2023-02)' }],
		['a date in another form', { published: '1 June 2024' }, { published: 'must be a calendar date written YYYY-MM-DD' }],
		['an id with capitals', { id: 'Harbour' }, { id: 'must be lower-case letters, digits and single hyphens (it names the data folder)' }],
		['a language that is no tag', { language: 'English' }, { language: 'must be a BCP 47 language tag' }]
	])('refuses %s', (_, change, problems) => {
		expect(formProblems({ ...GOOD, ...change })).toStrictEqual(problems);
	});

	it('refuses a text over the limit, and takes one at it', () => {
		expect(formProblems({ ...GOOD, text: 'a'.repeat(MAX_TEXT_LENGTH) })).toStrictEqual({});
		expect(formProblems({ ...GOOD, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }).text).toMatch(/^is 10,000,001 characters long/);
	});
});

describe('suggestions', () => {
	it.each([
		['The harbour plan\n\nThe council met…', 'The harbour plan', 'harbour-plan'],
		['\n\n  Xi Jinping’s visit to Russia  \nText', 'Xi Jinping’s visit to Russia', 'xi-jinping-visit-russia'],
		[`${'word '.repeat(50)}\nText`, '', '']
	])('%j: title %j, id %j', (text, title, id) => {
		expect(suggestedTitle(text)).toBe(title);
		expect(suggestedId(suggestedTitle(text))).toBe(id);
	});
});
