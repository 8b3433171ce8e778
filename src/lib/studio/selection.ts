/**
 * Words a person selects in the article, as passages and as new items: a selection is trimmed of white space at
 * its ends and never splits a character written as two UTF-16 code units (an emoji), so its positions index the
 * text exactly as the format's passages do. The time words inside come from the extractor's expressions.
 */
import { describePassage } from '../anchoring/anchor.ts';
import { splitsSurrogatePair } from '../anchoring/quote-text.ts';
import { dayFromIso } from '../dates/calendar-day.ts';
import { edtfBounds, tryParseEdtf } from '../dates/edtf.ts';
import { actorFor, actorsIn } from '../extract/actors.ts';
import { slugFrom } from '../extract/titles.ts';
import type { Passage } from '../model/schema.ts';
import { done, refuse, uniqueId, type Edit } from './edit.ts';
import type { FoundExpression, ItemFields, Work } from './work.ts';

/** The passage a selection from `start` to `end` makes, or why it makes none. */
export function passageAt(text: string, start: number, end: number): Passage | string {
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return 'select some words of the article first';
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (start === end) return 'the selection holds only white space: select some words';
	if (splitsSurrogatePair(text, start)) start--;
	if (splitsSurrogatePair(text, end)) end++;
	return describePassage(text, start, end);
}

/** The first time expression that lies inside one of `passages`. */
export function expressionIn(expressions: readonly FoundExpression[], passages: readonly Passage[]): FoundExpression | undefined {
	return expressions.find((e) => passages.some((p) => p.start <= e.start && e.end <= p.end));
}

/**
 * The article's words for the time, kept when they are still inside `passages`; otherwise those of the first time
 * expression there (its reading becomes the date too, when the date was the old words' reading); otherwise none,
 * which the validator reports for the person to fill in.
 */
export function statedWithin(work: Work, fields: ItemFields, passages: readonly Passage[]): Partial<ItemFields> {
	const { stated } = fields;
	if (stated.text !== '' && passages.some((p) => p.exact.includes(stated.text))) return {};
	const found = expressionIn(work.expressions, passages);
	if (!found) return { stated: { text: '', date: stated.date } };
	const followsWords = fields.date === stated.date;
	return { stated: { text: work.text.slice(found.start, found.end), date: found.value }, ...(followsWords ? { date: found.value } : {}) };
}

const MAX_TITLE = 90;

/** A first title from the selected words: their first line, cut at a word to 90 characters. */
function titleFrom(words: string): string {
	const line = words.split('\n').find((l) => l.trim() !== '')!.trim().replace(/\s+/g, ' ');
	if (line.length <= MAX_TITLE) return line;
	const cut = line.slice(0, MAX_TITLE - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The category most items have, for a new one; the first declared when there are none. */
function commonCategory(work: Work): string {
	const counts = new Map<string, number>();
	for (const item of work.items) if (item.review !== 'rejected') counts.set(item.fields.category, (counts.get(item.fields.category) ?? 0) + 1);
	const [best] = [...counts].sort((a, b) => b[1] - a[1]);
	return best?.[0] ?? work.categories[0]?.id ?? 'diplomacy';
}

/**
 * "Make an event from this passage": a new, accepted event citing the selection, dated by the first time
 * expression in it (or undated, for the person to date), with the countries it names as its actors.
 */
export function addEventFrom(start: number, end: number): Edit {
	return (work) => {
		const passage = passageAt(work.text, start, end);
		if (typeof passage === 'string') return refuse(passage);
		const found = expressionIn(work.expressions, [passage]);
		const date = found?.value ?? '';
		const parsed = tryParseEdtf(date);
		const published = dayFromIso(work.meta.published);
		const begins = parsed.ok ? edtfBounds(parsed.value).earliest : null;
		const actors = actorsIn(passage.exact);
		const title = titleFrom(passage.exact);
		const fields: ItemFields = {
			id: uniqueId(work, slugFrom(title)),
			title,
			summary: passage.exact.replace(/\s+/g, ' '),
			date,
			stated: { text: found ? work.text.slice(found.start, found.end) : '', date },
			status: begins !== null && begins > published ? 'anticipated' : 'happened',
			category: commonCategory(work),
			actors,
			passages: [passage],
			reason: ''
		};
		const known = Object.fromEntries(actors.filter((a) => !Object.hasOwn(work.actors, a)).map((a) => [a, actorFor(a)]));
		const item = { key: `k${work.nextKey}`, kind: 'event' as const, review: 'accepted' as const, fields };
		return done({ ...work, actors: { ...work.actors, ...known }, items: [...work.items, item], nextKey: work.nextKey + 1 }, `Added “${title}”`);
	};
}
