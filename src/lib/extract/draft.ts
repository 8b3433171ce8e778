/**
 * A draft timeline (`events.json`) from an article's text and publication date: every item marked `draft: true`
 * until a person accepts it. Passages are whole sentences with both selectors; titles, ids, categories and actors
 * are first drafts (see `titles.ts`, `category.ts`, `actors.ts`).
 */
import { describePassage } from '../anchoring/anchor.ts';
import { dayFromIso } from '../dates/calendar-day.ts';
import type { EventsFile, TimelineEvent, UndatableReference } from '../model/schema.ts';
import { actorFor } from './actors.ts';
import { type Span, proposeCandidates } from './candidates.ts';
import { declaredCategories, draftCategories } from './category.ts';
import { analyseText, type OnStep, type TextAnalysis } from './expressions.ts';
import { draftTitle, slugFrom } from './titles.ts';

const EVENTS_SCHEMA = '../../static/schema/events.schema.json';

/** @throws RangeError when `published` is not a YYYY-MM-DD calendar date. */
export function draftTimeline(text: string, published: string, onStep?: OnStep): EventsFile {
	return draftFromAnalysis(text, analyseText(text, published, onStep), published, onStep);
}

/** The draft from an analysis already made (the studio also marks the analysis's expressions in the text). */
export function draftFromAnalysis(text: string, analysis: TextAnalysis, published: string, onStep?: OnStep): EventsFile {
	onStep?.('candidates');
	const { events, undatable } = proposeCandidates(text, analysis, dayFromIso(published));
	onStep?.('titles');
	const sentenceOf = (passages: readonly Span[]) => text.slice(passages[0]!.start, passages[0]!.end);
	const categories = draftCategories([...events, ...undatable].map((c) => sentenceOf(c.passages)));
	const ids = new Set<string>();
	const unique = (title: string) => {
		const base = slugFrom(title);
		let id = base;
		for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
		ids.add(id);
		return id;
	};
	const common = (c: { stated: Span; actors: string[]; passages: readonly Span[]; linked?: true }, i: number) => {
		const sentence = c.passages[0]!;
		// A calendar date leaves the title; words that date by another event ("before invading Ukraine") stay in it.
		const date = { start: c.stated.start - sentence.start, end: (c.linked ? c.stated.start : c.stated.end) - sentence.start };
		const title = draftTitle(sentenceOf(c.passages), date);
		return {
			id: unique(title),
			title,
			summary: sentenceOf(c.passages).replace(/\s+/g, ' '),
			category: categories[i]!,
			actors: c.actors,
			passages: c.passages.map((p) => describePassage(text, p.start, p.end)),
			draft: true as const
		};
	};
	// Fields in the order people write them (README, "Events"), the draft mark last.
	const drafted: TimelineEvent[] = events.map((c, i) => {
		const { id, title, summary, category, actors, passages, draft } = common(c, i);
		return {
			id,
			title,
			summary,
			date: c.date,
			...(c.qualifier ? { qualifier: c.qualifier } : {}),
			stated: { text: c.stated.text, date: c.date },
			status: c.status,
			...(c.recurrence ? { recurrence: c.recurrence } : {}),
			category,
			actors,
			passages,
			draft
		};
	});
	const references: UndatableReference[] = undatable.map((c, i) => {
		const { id, title, summary, category, actors, passages, draft } = common(c, events.length + i);
		return { id, title, summary, stated: { text: text.slice(c.stated.start, c.stated.end) }, reason: c.reason, category, actors, passages, draft };
	});
	const keys = [...new Set([...drafted, ...references].flatMap((item) => item.actors))];
	return {
		$schema: EVENTS_SCHEMA,
		actors: Object.fromEntries(keys.map((k) => [k, actorFor(k)])),
		categories: declaredCategories(categories),
		events: drafted,
		undatable: references
	};
}
