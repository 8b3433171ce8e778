/**
 * Deterministic synthetic timelines in the public format (`sourceline-timeline`, version 1), for the benchmark:
 * the same seed always gives the same bytes. Built from the app's own code (calendar days, EDTF labels, passage
 * selectors, validation), so a dataset the generator writes is one the embed accepts: every dataset is validated
 * with `validateTimeline` and must come out with no error and no warning.
 *
 * What a long chronology looks like: events spread over about thirty years, most dated to the day, some spans of
 * days, months (a few "early/mid/late"), seasons and years, a few approximate or uncertain dates, one-of ranges,
 * open-ended spans, anticipated events after publication, recorded dates that differ from the article's. The
 * article text is paragraphs of sentences; each event is cited by one to three whole sentences of it, the first
 * naming its date in the article's words.
 */
import { describePassage } from '../../src/lib/anchoring/anchor.ts';
import { dayFromYmd, daysInMonth, isoFromDay, ymdFromDay, type CalendarDay } from '../../src/lib/dates/calendar-day.ts';
import { edtfBounds, parseEdtf, type Qualifier } from '../../src/lib/dates/edtf.ts';
import { formatEdtf } from '../../src/lib/dates/format.ts';
import { FORMAT, FORMAT_VERSION, type Actor, type Timeline, type TimelineEvent, type UndatableReference } from '../../src/lib/model/schema.ts';
import { formatIssue } from '../../src/lib/model/issues.ts';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { FORMAT_1_CATEGORIES, type Format1Category as Category } from '../../src/lib/model/vocabulary.ts';
import { seededRandom } from '../../src/lib/timeline/random.ts';

/** Every synthetic event id starts with this, so a page can tell the loaded dataset's marks from the built-in ones. */
export const EVENT_ID_PREFIX = 'bench-ev-';

const PUBLISHED = '2024-01-15';
const FIRST_DAY = dayFromYmd(1994, 1, 1);
const LAST_DAY = dayFromYmd(2023, 12, 31);

type Random = () => number;
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Random, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** `mention`: how the text names the actor mid-sentence. */
const ACTORS: Record<string, Actor & { mention: string; capital: string }> = {
	CN: { name: 'China', kind: 'country', mention: 'China', capital: 'Beijing' },
	RU: { name: 'Russia', kind: 'country', mention: 'Russia', capital: 'Moscow' },
	US: { name: 'United States', kind: 'country', mention: 'the United States', capital: 'Washington' },
	IN: { name: 'India', kind: 'country', mention: 'India', capital: 'New Delhi' },
	BR: { name: 'Brazil', kind: 'country', mention: 'Brazil', capital: 'Brasília' },
	ZA: { name: 'South Africa', kind: 'country', mention: 'South Africa', capital: 'Pretoria' },
	KZ: { name: 'Kazakhstan', kind: 'country', mention: 'Kazakhstan', capital: 'Astana' },
	UZ: { name: 'Uzbekistan', kind: 'country', mention: 'Uzbekistan', capital: 'Tashkent' },
	TR: { name: 'Türkiye', kind: 'country', mention: 'Türkiye', capital: 'Ankara' },
	IR: { name: 'Iran', kind: 'country', mention: 'Iran', capital: 'Tehran' },
	DE: { name: 'Germany', kind: 'country', mention: 'Germany', capital: 'Berlin' },
	FR: { name: 'France', kind: 'country', mention: 'France', capital: 'Paris' },
	GB: { name: 'United Kingdom', kind: 'country', mention: 'the United Kingdom', capital: 'London' },
	JP: { name: 'Japan', kind: 'country', mention: 'Japan', capital: 'Tokyo' },
	KR: { name: 'South Korea', kind: 'country', mention: 'South Korea', capital: 'Seoul' },
	UA: { name: 'Ukraine', kind: 'country', mention: 'Ukraine', capital: 'Kyiv' },
	ID: { name: 'Indonesia', kind: 'country', mention: 'Indonesia', capital: 'Jakarta' },
	SA: { name: 'Saudi Arabia', kind: 'country', mention: 'Saudi Arabia', capital: 'Riyadh' },
	un: { name: 'United Nations', kind: 'organisation', mention: 'the United Nations', capital: 'New York' },
	sco: { name: 'Shanghai Cooperation Organisation', kind: 'organisation', mention: 'the SCO', capital: 'Beijing' },
	eu: { name: 'European Union', kind: 'organisation', mention: 'the European Union', capital: 'Brussels' },
	opec: { name: 'OPEC', kind: 'organisation', mention: 'OPEC', capital: 'Vienna' },
	g20: { name: 'G20', kind: 'organisation', mention: 'the G20', capital: 'Geneva' },
	west: { name: 'Western countries', kind: 'group', mention: 'Western governments', capital: 'Brussels' }
};
const ACTOR_IDS = Object.keys(ACTORS);

/** Verb phrases per category: plural present (titles), past (the text) and the bare form (anticipated). */
interface Verb {
	present: string;
	singular: string;
	past: string;
}
const verb = (present: string, singular: string, past: string): Verb => ({ present, singular, past });
const ACTIONS: Record<Category, { verbs: Verb[]; objects: string[] }> = {
	diplomacy: {
		verbs: [
			verb('hold talks on', 'holds talks on', 'held talks on'),
			verb('sign a joint statement on', 'signs a joint statement on', 'signed a joint statement on'),
			verb('agree a roadmap for', 'agrees a roadmap for', 'agreed a roadmap for'),
			verb('open consultations on', 'opens consultations on', 'opened consultations on')
		],
		objects: ['regional security', 'visa rules', 'consular cooperation', 'a border dispute', 'cultural exchanges', 'a strategic partnership', 'student exchanges']
	},
	military: {
		verbs: [
			verb('hold joint exercises near', 'holds exercises near', 'held joint exercises near'),
			verb('agree arms deliveries for', 'agrees arms deliveries for', 'agreed arms deliveries for'),
			verb('announce patrols along', 'announces patrols along', 'announced patrols along')
		],
		objects: ['the northern border', 'coastal waters', 'an air corridor', 'a naval base', 'the mountain passes', 'a training range']
	},
	energy: {
		verbs: [
			verb('sign a gas supply deal for', 'signs a gas supply deal for', 'signed a gas supply deal for'),
			verb('agree oil prices for', 'agrees oil prices for', 'agreed oil prices for'),
			verb('start building a pipeline to', 'starts building a pipeline to', 'started building a pipeline to')
		],
		objects: ['the eastern provinces', 'industrial ports', 'a new refinery', 'a coastal terminal', 'the winter season', 'a hydro plant']
	},
	economy: {
		verbs: [
			verb('sign a trade agreement on', 'signs a trade agreement on', 'signed a trade agreement on'),
			verb('launch a currency swap for', 'launches a currency swap for', 'launched a currency swap for'),
			verb('cut tariffs on', 'cuts tariffs on', 'cut tariffs on')
		],
		objects: ['grain exports', 'machinery imports', 'rare earth metals', 'fertiliser shipments', 'textile quotas', 'car parts']
	},
	sanctions: {
		verbs: [
			verb('impose sanctions on', 'imposes sanctions on', 'imposed sanctions on'),
			verb('lift restrictions on', 'lifts restrictions on', 'lifted restrictions on'),
			verb('freeze assets linked to', 'freezes assets linked to', 'froze assets linked to')
		],
		objects: ['state banks', 'steel exporters', 'shipping firms', 'a defence conglomerate', 'mining companies', 'insurers']
	},
	multilateral: {
		verbs: [
			verb('attend a summit on', 'attends a summit on', 'attended a summit on'),
			verb('vote on a resolution about', 'votes on a resolution about', 'voted on a resolution about'),
			verb('join a declaration on', 'joins a declaration on', 'joined a declaration on')
		],
		objects: ['climate finance', 'food security', 'debt relief', 'nuclear safety', 'refugee protection', 'maritime law']
	},
	'domestic-politics': {
		verbs: [
			verb('pass a law on', 'passes a law on', 'passed a law on'),
			verb('approve a budget for', 'approves a budget for', 'approved a budget for'),
			verb('reshuffle ministers over', 'reshuffles ministers over', 'reshuffled ministers over')
		],
		objects: ['pension reform', 'regional elections', 'media licensing', 'public health', 'the armed forces', 'tax collection']
	},
	sport: {
		verbs: [
			verb('host a tournament on', 'hosts a tournament on', 'hosted a tournament on'),
			verb('sign a sports deal on', 'signs a sports deal on', 'signed a sports deal on'),
			verb('boycott games over', 'boycotts games over', 'boycotted games over')
		],
		objects: ['youth football', 'winter sports', 'athlete doping', 'stadium funding', 'broadcast rights', 'chess']
	}
};
/** Categories are not equally common in a chronology of international affairs. */
const CATEGORY_WEIGHTS: Record<Category, number> = {
	diplomacy: 30,
	military: 12,
	energy: 12,
	economy: 16,
	sanctions: 10,
	multilateral: 10,
	'domestic-politics': 7,
	sport: 3
};
const ADJECTIVES = ['historic', 'modest', 'premature', 'overdue', 'fragile', 'ambitious', 'symbolic', 'decisive', 'cautious', 'costly'];
const NOUNS = ['agreement', 'meeting', 'decision', 'move', 'announcement', 'step'];
const FILLER = [
	'Analysts have long debated how much these moves changed the balance of power in the region.',
	'The record of those years is uneven, and many of the documents are still closed to researchers.',
	'Few of the officials involved have spoken about it in public since.',
	'Newspapers at the time gave the story little space.',
	'What followed was a long period of quiet bargaining behind closed doors.',
	'Critics argued that the gains were smaller than the speeches suggested.',
	'Trade figures from the period tell a more complicated story.',
	'Much of this happened far from the attention of the wider public.',
	'Historians still disagree about the motives behind it.',
	'The pattern repeated itself several times over the following decade.'
];

function weighted<T extends string>(rng: Random, weights: Record<T, number>): T {
	const entries = Object.entries(weights) as [T, number][];
	let roll = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
	for (const [key, weight] of entries) if ((roll -= weight) < 0) return key;
	return entries.at(-1)![0];
}

/** The date mix of a long chronology, in percent. */
const DATE_KINDS = {
	day: 64,
	days: 8,
	month: 8,
	season: 3,
	year: 3,
	approximate: 2,
	uncertain: 2,
	oneOf: 3,
	openEnded: 1,
	anticipated: 4,
	recordedMonth: 2
} as const;
type DateKind = keyof typeof DATE_KINDS;

interface GeneratedDate {
	date: string;
	qualifier?: Qualifier;
	/** The article's words for the time, as the sentence that cites the event starts. */
	phrase: string;
	recorded?: { date: string; note: string };
	anticipated: boolean;
}

const iso = (day: CalendarDay) => isoFromDay(day);
const month = (day: CalendarDay) => iso(day).slice(0, 7);
const label = (edtf: string, qualifier?: Qualifier) => formatEdtf(parseEdtf(edtf), qualifier);

function generateDate(rng: Random): GeneratedDate {
	const kind: DateKind = weighted(rng, DATE_KINDS);
	const day = between(rng, FIRST_DAY, LAST_DAY);
	const { year } = ymdFromDay(day);
	const qualifier = rng() < 0.25 ? pick(rng, ['early', 'mid', 'late'] as const) : undefined;
	const past = (date: string, phrase: string, q?: Qualifier): GeneratedDate => ({ date, phrase, qualifier: q, anticipated: false });
	switch (kind) {
		case 'day':
			return past(iso(day), `on ${label(iso(day))}`);
		case 'days': {
			const date = `${iso(day)}/${iso(Math.min(day + between(rng, 1, 30), LAST_DAY + 10))}`;
			return past(date, `during ${label(date)}`);
		}
		case 'month':
			return past(month(day), `in ${label(month(day), qualifier)}`, qualifier);
		case 'season': {
			const date = `${year}-${pick(rng, [21, 22, 23] as const)}`;
			return past(date, `in ${label(date, qualifier)}`, qualifier);
		}
		case 'year':
			return past(String(year), `in ${label(String(year), qualifier)}`, qualifier);
		case 'approximate':
			return past(`${month(day)}~`, `around ${label(month(day))}`);
		case 'uncertain':
			return past(`${iso(day)}?`, `on what was probably ${label(iso(day))}`);
		case 'oneOf': {
			const date = `[${month(day)}..${month(day + between(rng, 40, 200))}]`;
			return past(date, label(date));
		}
		case 'openEnded':
			return past(`${iso(day)}/..`, label(`${iso(day)}/..`));
		case 'anticipated': {
			const future = dayFromYmd(2024, 2, 1) + between(rng, 0, 900);
			const date = rng() < 0.5 ? iso(future) : month(future);
			return { date, phrase: `${date.length === 10 ? 'on' : 'in'} ${label(date)}`, anticipated: true };
		}
		case 'recordedMonth': {
			// The article gives the month; the public record knows the day.
			const { year: y, month: m } = ymdFromDay(day);
			const recorded = iso(dayFromYmd(y, m, between(rng, 1, daysInMonth(y, m))));
			const note = `The public record dates this to ${label(recorded)}; the article gives only the month.`;
			return { ...past(month(day), `in ${label(month(day))}`), recorded: { date: recorded, note } };
		}
	}
}

interface Draft {
	entry: TimelineEvent | UndatableReference;
	/** The sentences that cite it, in the order they appear in the text. */
	sentences: string[];
}

/** Adds `sentence` to `used` and returns it, or returns undefined when it is already used. */
function unique(used: Set<string>, sentence: string): string | undefined {
	if (used.has(sentence)) return undefined;
	used.add(sentence);
	return sentence;
}

/**
 * Every cited sentence starts with one of a few capitalised openers (On, In, During, Around, Between, From,
 * Officials, Later, Observers, For) that occur nowhere else in the text, and none has a full stop inside except
 * after "c", so a cited sentence can only occur where a sentence starts, and `used` keeps each one once: every
 * quote is unique in the text, as the format requires of a quote without distinguishing context.
 */
function citingSentences(rng: Random, used: Set<string>, phrase: string, subject: string, action: string, actors: string[], count: number): string[] {
	const first = (): string => {
		for (;;) {
			const place = ACTORS[pick(rng, actors)]!.capital;
			const rounds = rng() < 0.5 ? ` after ${between(rng, 2, 40)} rounds of negotiation` : ` with ${between(rng, 3, 400)} delegates present`;
			const sentence = unique(used, `${capitalise(phrase)}, ${subject} ${action}, meeting in ${place}${rounds}.`);
			if (sentence) return sentence;
		}
	};
	const followUp = (): string => {
		for (;;) {
			const actor = ACTORS[pick(rng, actors)]!;
			const noun = pick(rng, NOUNS);
			const adjective = pick(rng, ADJECTIVES);
			const n = between(rng, 2, 900);
			const sentence = unique(
				used,
				pick(rng, [
					`Officials in ${actor.capital} described the ${noun} as ${adjective}, citing ${n} pages of supporting papers.`,
					`Later, ${actor.mention} called the ${noun} ${adjective} in a statement of ${n} words.`,
					`Observers counted ${n} journalists at the ${noun}, which they called ${adjective}.`
				])
			);
			if (sentence) return sentence;
		}
	};
	return [first(), ...Array.from({ length: count - 1 }, followUp)];
}

function generateEvent(rng: Random, used: Set<string>, index: number): Draft & { entry: TimelineEvent } {
	const category = weighted(rng, CATEGORY_WEIGHTS);
	const actorCount = category === 'domestic-politics' ? 1 : between(rng, 1, 3);
	const actors = [...new Set(Array.from({ length: actorCount }, () => pick(rng, ACTOR_IDS)))];
	const { verbs, objects } = ACTIONS[category];
	const action = pick(rng, verbs);
	const object = pick(rng, objects);
	const names = actors.map((id) => ACTORS[id]!.mention);
	const subject = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	const date = generateDate(rng);
	const title = capitalise(`${subject} ${names.length === 1 ? action.singular : action.present} ${object}`);
	const passages = Number(weighted(rng, { '1': 60, '2': 30, '3': 10 }));
	const act = date.anticipated ? `${names.length === 1 ? 'is' : 'are'} expected to ${action.present} ${object}` : `${action.past} ${object}`;
	const sentences = citingSentences(rng, used, date.phrase, subject, act, actors, passages);
	const id = `${EVENT_ID_PREFIX}${String(index + 1).padStart(5, '0')}`;
	const entry: TimelineEvent = {
		id,
		title,
		summary: `${title}${date.anticipated ? ', as planned at the time of writing' : ''}.`,
		date: date.date,
		...(date.qualifier ? { qualifier: date.qualifier } : {}),
		// The article's words as they stand at the start of the first citing sentence, capital and all.
		stated: { text: capitalise(date.phrase), date: date.date },
		...(date.recorded ? { recorded: date.recorded } : {}),
		status: date.anticipated ? 'anticipated' : 'happened',
		category,
		actors,
		passages: []
	};
	return { entry, sentences };
}

function generateUndatable(rng: Random, used: Set<string>, index: number): Draft {
	const actors = [pick(rng, ACTOR_IDS)];
	const actor = ACTORS[actors[0]!]!;
	const object = pick(rng, ACTIONS.diplomacy.objects);
	const sentence = unique(used, `For years, ${actor.mention} has argued about ${object}, in ${between(rng, 2, 9000)} recorded speeches.`);
	if (!sentence) return generateUndatable(rng, used, index);
	return {
		entry: {
			id: `${EVENT_ID_PREFIX}u${String(index + 1).padStart(4, '0')}`,
			title: capitalise(`${actor.mention} argues about ${object}`),
			summary: capitalise(`${actor.mention} has argued about ${object} for years.`),
			category: 'diplomacy',
			actors,
			passages: [],
			stated: { text: 'For years' },
			reason: '“For years” gives neither a start nor an end: a stance over time, not an event with a date.'
		},
		sentences: [sentence]
	};
}

/**
 * Lays the cited sentences out as an article: mostly in time order (a chronology), a later passage about an event
 * a few paragraphs after its first, filler sentences in between, paragraphs of three to six sentences. Returns
 * the text and sets each entry's passages to exact slices of it (positions and 32 characters of context).
 */
function writeArticle(rng: Random, drafts: Draft[], intro: string): string {
	type Sentence = { text: string; cites?: Draft };
	const stream: Sentence[] = [];
	const later = new Map<number, Sentence[]>();
	drafts.forEach((draft, i) => {
		const [first, ...rest] = draft.sentences;
		stream.push({ text: first!, cites: draft });
		for (const text of rest) {
			const at = i + between(rng, 1, 30);
			later.set(at, [...(later.get(at) ?? []), { text, cites: draft }]);
		}
		stream.push(...(later.get(i) ?? []));
		later.delete(i);
		if (rng() < 0.45) stream.push({ text: pick(rng, FILLER) });
	});
	for (const rest of later.values()) stream.push(...rest);

	let text = intro;
	const cited: { draft: Draft; start: number; end: number }[] = [];
	for (let i = 0; i < stream.length; ) {
		const size = between(rng, 3, 6);
		text += '\n\n';
		stream.slice(i, i + size).forEach((sentence, j) => {
			if (j > 0) text += ' ';
			if (sentence.cites) cited.push({ draft: sentence.cites, start: text.length, end: text.length + sentence.text.length });
			text += sentence.text;
		});
		i += size;
	}
	for (const { draft, start, end } of cited) draft.entry.passages.push(describePassage(text, start, end));
	return text;
}

export interface GeneratedTimeline {
	timeline: Timeline;
	/** JSON as served: compact, as a host would ship a large file. */
	json: string;
}

export function generateTimeline(eventCount: number, seed: number): GeneratedTimeline {
	const rng = seededRandom(seed);
	const used = new Set<string>();
	const events = Array.from({ length: eventCount }, (_, i) => generateEvent(rng, used, i));
	const undatable = Array.from({ length: Math.max(2, Math.round(eventCount / 200)) }, (_, i) => generateUndatable(rng, used, i));
	// A chronology: events in time order, undatable references scattered among them.
	const ordered: Draft[] = events.toSorted((a, b) => (edtfBounds(parseEdtf(a.entry.date)).earliest ?? 0) - (edtfBounds(parseEdtf(b.entry.date)).earliest ?? 0));
	for (const draft of undatable) ordered.splice(between(rng, 0, ordered.length), 0, draft);
	const formatted = eventCount.toLocaleString('en-GB');
	const text = writeArticle(
		rng,
		ordered,
		`A chronology of ${formatted} events in three decades of international affairs. Synthetic text, written by a seeded generator for the Sourceline benchmark; every event below is cited by the sentences that date it.`
	);
	const usedActors = new Set(events.flatMap((draft) => draft.entry.actors).concat(undatable.flatMap((draft) => draft.entry.actors)));
	const timeline: Timeline = {
		format: FORMAT,
		version: FORMAT_VERSION,
		id: `bench-${eventCount}`,
		article: {
			title: `A chronology of ${formatted} events (synthetic)`,
			author: 'Sourceline benchmark generator',
			publisher: 'Sourceline',
			url: `https://example.org/sourceline-bench/${eventCount}`,
			published: PUBLISHED,
			language: 'en',
			textFile: 'article.txt',
			text
		},
		actors: Object.fromEntries(
			ACTOR_IDS.filter((id) => usedActors.has(id)).map((id) => [id, { name: ACTORS[id]!.name, kind: ACTORS[id]!.kind }])
		),
		categories: FORMAT_1_CATEGORIES.map((category) => ({ ...category })),
		events: events.map((draft) => draft.entry),
		undatable: undatable.map((draft) => draft.entry as UndatableReference)
	};
	assertValid(timeline);
	assertUniqueQuotes(timeline);
	return { timeline, json: JSON.stringify(timeline) };
}

/**
 * Checks what the construction promises (see `citingSentences`): each quote occurs exactly once in the text, at
 * its position. A few seconds at 10,000 events, once per run.
 */
function assertUniqueQuotes({ id, article: { text }, events, undatable }: Timeline): void {
	for (const entry of [...events, ...undatable])
		for (const { exact, start } of entry.passages)
			if (text.indexOf(exact) !== start || text.indexOf(exact, start + 1) !== -1)
				throw new Error(`generated dataset ${id}: the quote of ${entry.id} at ${start} is not unique in the text`);
}

/** The app's own validation, as the embed runs it: not one error or warning is acceptable in a benchmark dataset. */
export function assertValid(timeline: Timeline): void {
	const result = validateTimeline(JSON.parse(JSON.stringify(timeline)), timeline.id);
	if (result.issues.length > 0) {
		const shown = result.issues.slice(0, 10).map(formatIssue).join('\n');
		throw new Error(`generated dataset ${timeline.id} has ${result.issues.length} validation issues:\n${shown}`);
	}
}
