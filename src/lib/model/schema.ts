/**
 * The one schema of a timeline: runtime validation (valibot) and, inferred from it, the TypeScript types.
 * `scripts/write-json-schema.ts` turns the same schemas into the JSON Schema published for outside authors.
 *
 * Objects are strict: an unknown key is an error, so a misspelt field is reported, never silently dropped.
 * Checks that need more than one field (dates that parse, passages that match the text, status against the
 * publication date) live in `validate.ts`.
 */
import * as v from 'valibot';
import { MAX_CONTEXT_LENGTH } from '../anchoring/anchor.ts';
import { describeInvalidIsoDay } from '../dates/calendar-day.ts';
import { HEX_COLOUR } from './colour.ts';
import { ACTOR_KINDS, QUALIFIERS, SLUG, STATUSES } from './vocabulary.ts';

export { ACTOR_KINDS, QUALIFIERS, STATUSES };

const slug = v.pipe(
	v.string(),
	v.regex(SLUG, 'must be a slug: lower-case letters, digits and single hyphens'),
	v.maxLength(80)
);
const text = v.pipe(
	v.string(),
	v.nonEmpty('must not be empty'),
	// A check, not a trim: the data is reported, never quietly changed.
	v.check((s) => s.trim() === s, 'must not start or end with white space')
);
/** Validated as EDTF by `validate.ts`; the schema only asks for a non-empty string without spaces. */
const edtf = v.pipe(v.string(), v.regex(/^\S+$/, 'must be an EDTF date without spaces'));
/** A day that exists: `v.isoDate` alone takes 2023-02-30 and 0000-01-01, which then fail everything that reads them. */
const isoDay = v.pipe(
	v.string(),
	v.isoDate('must be a calendar date written YYYY-MM-DD'),
	// Only once the form is right, so a malformed date gets one message, not two.
	v.check(
		(text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || describeInvalidIsoDay(text) === null,
		(issue) => `must be a real calendar date: ${describeInvalidIsoDay(String(issue.input))}`
	)
);



/** W3C Web Annotation TextPositionSelector (start, end) and TextQuoteSelector (exact, prefix, suffix). */
export const PassageSchema = v.strictObject({
	start: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
	end: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be positive')),
	// White space alone marks no passage (and no Text Fragment can point at it).
	exact: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.regex(/\S/, 'must contain more than white space')),
	// Bounded so that anchoring a quote stays linear in the text: see docs/anchoring.md.
	prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH, `must be at most ${MAX_CONTEXT_LENGTH} characters (32 are written)`)),
	suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH, `must be at most ${MAX_CONTEXT_LENGTH} characters (32 are written)`))
});

// Only web addresses: pages link to them, and a javascript: URL in a dataset from elsewhere would run.
const webAddress = v.pipe(v.string(), v.url('must be an absolute URL'), v.regex(/^https?:\/\//i, 'must be an http(s) address'));

/** What the public record says where it differs from, or is more precise than, the article. */
export const RecordedDateSchema = v.strictObject({
	date: edtf,
	note: text,
	/** Where the record can be read; only web addresses, as pages link to it. */
	source: v.optional(webAddress)
});

const eventFields = {
	id: slug,
	title: v.pipe(text, v.maxLength(120)),
	summary: text,
	recorded: v.optional(RecordedDateSchema),
	/** The id of one of the timeline's `categories`. */
	category: slug,
	/** Keys of the timeline's `actors`: ISO 3166 country codes or organisation ids. */
	actors: v.pipe(v.array(v.string()), v.minLength(1, 'must name at least one actor')),
	passages: v.pipe(v.array(PassageSchema), v.minLength(1, 'must cite at least one passage')),
	/** Proposed by `npm run draft` and not yet accepted by a person: removing it accepts the item. */
	draft: v.optional(v.literal(true, 'must be true, or be left out once a person has accepted the item'))
};

export const EventSchema = v.strictObject({
	...eventFields,
	/** Where the event sits: the article's dating, narrowed only by what the article itself says. */
	date: edtf,
	/** TIMEX3 START / MID / END: the article says "early", "mid" or "late". */
	qualifier: v.optional(v.picklist(QUALIFIERS)),
	/** The article's own words for the time, and their literal EDTF reading. */
	stated: v.strictObject({ text, date: edtf }),
	/** Relative to the article's publication date. */
	status: v.picklist(STATUSES),
	recurrence: v.optional(v.picklist(['annual']))
});

/** A time reference the article makes that cannot honestly be placed on the timeline, and why. */
export const UndatableSchema = v.strictObject({
	...eventFields,
	stated: v.strictObject({ text }),
	reason: text
});

const hexColour = v.pipe(v.string(), v.regex(HEX_COLOUR, 'must be a colour written #rrggbb (or #rgb)'));

/**
 * A category the dataset declares: its place in `categories` is its order in lanes, filters and legend, and (unless
 * it names its own `colour`, one for both themes or one per theme) its colour in the palette. Contrast is checked
 * by `validate.ts`.
 */
export const CategorySchema = v.strictObject({
	id: slug,
	label: v.pipe(text, v.maxLength(40, 'must be at most 40 characters: it labels a lane')),
	colour: v.optional(
		v.union(
			[hexColour, v.strictObject({ light: hexColour, dark: hexColour })],
			'must be a colour written #rrggbb, or one for each theme: { "light": "#rrggbb", "dark": "#rrggbb" }'
		)
	)
});

export const ActorSchema = v.strictObject({
	name: text,
	kind: v.picklist(ACTOR_KINDS)
});

/** `data/<timeline-id>/events.json`, as authors write it. */
export const EventsFileSchema = v.strictObject({
	$schema: v.optional(v.string()),
	actors: v.record(v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'must be an ISO 3166 country code (CN) or a slug (g20)')), ActorSchema),
	categories: v.array(CategorySchema),
	events: v.array(EventSchema),
	undatable: v.array(UndatableSchema)
});

/** `data/<timeline-id>/article.meta.json`. */
export const ArticleMetaSchema = v.strictObject({
	title: text,
	author: text,
	authorAffiliation: v.optional(text),
	publisher: text,
	url: webAddress,
	published: isoDay,
	language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag')),
	textFile: v.string(),
	textEncoding: v.optional(v.string())
});

export const FORMAT = 'sourceline-timeline';
/** Version 2: each dataset declares its `categories` (version 1 had a closed list; `migrate.ts` reads its files). */
export const FORMAT_VERSION = 2;

/** The public format served at `/data/<timeline-id>.json`: everything needed to draw and cite a timeline. */
export const TimelineSchema = v.strictObject({
	format: v.literal(FORMAT),
	version: v.literal(FORMAT_VERSION, `must be ${FORMAT_VERSION} (files of version 1 without "categories" are read too)`),
	id: slug,
	article: v.strictObject({
		...ArticleMetaSchema.entries,
		/** The article text, byte for byte: passage positions index into it (UTF-16 code units). */
		text: v.string()
	}),
	actors: EventsFileSchema.entries.actors,
	categories: EventsFileSchema.entries.categories,
	events: EventsFileSchema.entries.events,
	undatable: EventsFileSchema.entries.undatable
});

/** `/data/index.json`: the timelines this site publishes. */
export const TimelineIndexSchema = v.strictObject({
	format: v.literal(`${FORMAT}-index`),
	version: v.literal(FORMAT_VERSION),
	timelines: v.array(
		v.strictObject({
			id: slug,
			title: text,
			publisher: text,
			published: isoDay,
			events: v.pipe(v.number(), v.integer()),
			/** The timeline's file in the public format. */
			url: v.string(),
			/** The timeline's page on the site. */
			page: v.string()
		})
	)
});

export type Passage = v.InferOutput<typeof PassageSchema>;
export type RecordedDate = v.InferOutput<typeof RecordedDateSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type UndatableReference = v.InferOutput<typeof UndatableSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type EventsFile = v.InferOutput<typeof EventsFileSchema>;
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
export type Timeline = v.InferOutput<typeof TimelineSchema>;
export type TimelineIndex = v.InferOutput<typeof TimelineIndexSchema>;
