/**
 * The start form: an article's text and what is known of it. Checked with the format's own schema for the
 * metadata (so the form refuses what the validator would), one message per field, in the form's words.
 */
import * as v from 'valibot';
import { slugFrom } from '../extract/titles.ts';
import { ArticleMetaSchema, type ArticleMeta } from '../model/schema.ts';
import { SLUG } from '../model/vocabulary.ts';

export interface ArticleForm {
	text: string;
	title: string;
	author: string;
	publisher: string;
	url: string;
	published: string;
	language: string;
	/** The timeline's id: the data folder's name, and the name of the downloads. */
	id: string;
}

export type FormField = keyof ArticleForm;
export type FormProblems = Partial<Record<FormField, string>>;

export const EMPTY_FORM: ArticleForm = { text: '', title: '', author: '', publisher: '', url: '', published: '', language: 'en', id: '' };

/** The longest text the studio drafts: ten times the 2 MB it is tested with, and still under the embed's 25 MiB. */
export const MAX_TEXT_LENGTH = 10_000_000;

const FIELD_NAMES: Record<FormField, string> = {
	text: 'The article',
	title: 'Title',
	author: 'Author',
	publisher: 'Publisher',
	url: 'Address (URL)',
	published: 'Publication date',
	language: 'Language',
	id: 'Timeline id'
};

/** How each field is named in messages, as its label reads. */
export const fieldName = (field: FormField) => FIELD_NAMES[field];

export function metaFrom(form: ArticleForm): ArticleMeta {
	return { title: form.title, author: form.author, publisher: form.publisher, url: form.url, published: form.published, language: form.language, textFile: 'article.txt' };
}

/** Every problem of the form, by field; empty when it can be drafted. */
export function formProblems(form: ArticleForm): FormProblems {
	const problems: FormProblems = {};
	if (form.text.trim() === '') problems.text = 'paste the article’s text, or drop its .txt file here';
	else if (form.text.length > MAX_TEXT_LENGTH) problems.text = `is ${form.text.length.toLocaleString('en')} characters long: the studio drafts articles of up to ${MAX_TEXT_LENGTH.toLocaleString('en')}`;
	const meta = v.safeParse(ArticleMetaSchema, metaFrom(form));
	if (!meta.success) {
		for (const issue of meta.issues) {
			const field = issue.path?.[0]?.key as FormField | undefined;
			if (field && !(field in problems)) problems[field] = field === 'published' && form.published === '' ? 'give the date the article was published' : issue.message;
		}
	}
	if (!SLUG.test(form.id) || form.id.length > 80) problems.id = 'must be lower-case letters, digits and single hyphens (it names the data folder)';
	return problems;
}

/** A title from the text's first line, when that line is short enough to be one. */
export function suggestedTitle(text: string): string {
	const first = text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
	return first.length <= 200 ? first : '';
}

export const suggestedId = (title: string): string => (title.trim() === '' ? '' : slugFrom(title));
