/**
 * The explorer's view in the URL: `?event=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=actor&categories=a,b&actors=x,y`.
 * The query is untrusted input: anything that does not parse, or names nothing in the timeline, is dropped
 * with a warning that says what and why; nothing from it is ever rendered as HTML.
 */
import { dayFromIso, isoFromDay } from '../dates/calendar-day.ts';
import type { TimeWindow } from '../timeline/time-window.ts';
import { quoted } from './quoted.ts';

export type LaneMode = 'category' | 'actor';

export interface ViewState {
	event?: string;
	/** Whole days: from the first day to the day after the last. */
	window?: TimeWindow;
	lanes?: LaneMode;
	/** Categories shown; absent = all. */
	categories?: string[];
	/** Actors ticked (an event is shown while any of its actors is); absent = all. */
	actors?: string[];
}

export interface ViewContext {
	eventIds: ReadonlySet<string>;
	/** The timeline's whole view: a window with nothing of it in it is refused. */
	span?: TimeWindow;
	categories: readonly string[];
	actors: readonly string[];
}

const MAX_PARAM_LENGTH = 2000;
/** Shown in warnings: enough to recognise a value, never enough to flood the console. */
const preview = (value: string) => quoted(value, 60);

export function readViewState(params: URLSearchParams, context: ViewContext): { state: ViewState; warnings: string[] } {
	const state: ViewState = {};
	const warnings: string[] = [];
	const get = (name: string): string | undefined => {
		const value = params.get(name);
		if (value === null) return undefined;
		if (value.length > MAX_PARAM_LENGTH) {
			warnings.push(`ignored "${name}": longer than ${MAX_PARAM_LENGTH} characters`);
			return undefined;
		}
		return value;
	};

	const event = get('event');
	if (event !== undefined) {
		if (context.eventIds.has(event)) state.event = event;
		else warnings.push(`ignored "event": no event has the id ${preview(event)}`);
	}

	const from = get('from');
	const to = get('to');
	if (from !== undefined || to !== undefined) {
		const window = readWindow(from, to, context.span);
		if (typeof window === 'string') warnings.push(`ignored "from"/"to": ${window}`);
		else state.window = window;
	}

	const lanes = get('lanes');
	if (lanes !== undefined) {
		if (lanes === 'category' || lanes === 'actor') state.lanes = lanes;
		else warnings.push(`ignored "lanes": ${preview(lanes)} is not "category" or "actor"`);
	}

	// A list keeps the names the timeline has; one that names none of them filters nothing.
	const readList = (name: 'categories' | 'actors', what: string) => {
		const value = get(name);
		if (value === undefined) return undefined;
		const requested = value.split(',').filter(Boolean);
		const known = requested.filter((key) => context[name].includes(key));
		for (const unknown of requested.filter((key) => !known.includes(key)))
			warnings.push(`ignored ${what} ${preview(unknown)}: not one of ${context[name].join(', ')}`);
		return known.length > 0 ? known : undefined;
	};
	const categories = readList('categories', 'category');
	if (categories) state.categories = categories;
	const actors = readList('actors', 'actor');
	if (actors) state.actors = actors;
	return { state, warnings };
}

/**
 * A window of whole days from its first and last day (both included); a string says what is wrong. Given the
 * timeline's whole view (`span`), a window entirely outside it is wrong too: shown clamped, it would be an empty
 * stretch at one end that the reader never asked for.
 */
export function readWindow(from: string | undefined, to: string | undefined, span?: TimeWindow): TimeWindow | string {
	if (from === undefined || to === undefined) return 'both are needed';
	let start: number;
	let last: number;
	try {
		start = dayFromIso(from);
		last = dayFromIso(to);
	} catch (error) {
		return (error as Error).message;
	}
	if (last < start) return `"to" (${to}) is before "from" (${from})`;
	const window = { start, end: last + 1 };
	if (span && (window.end <= span.start || window.start >= span.end)) {
		const whole = windowDays(span);
		return `${from} to ${to} is outside this timeline, which spans ${whole.from} to ${whole.to}`;
	}
	return window;
}

/** Float noise from the zoom maths (e.g. 19358.000000001) must not add a day to a window. */
const EPSILON = 1e-6;

/**
 * A window as whole days, both included, as the URL, the embed options and the host API name them: a shared link
 * should read well, and a day is the finest unit the data has.
 */
export function windowDays(window: TimeWindow): { from: string; to: string } {
	const first = Math.floor(window.start + EPSILON);
	const last = Math.max(first, Math.ceil(window.end - EPSILON) - 1);
	return { from: isoFromDay(first), to: isoFromDay(last) };
}

/** The query string for a view, keeping parameters this module does not own (e.g. embed options). */
export function writeViewState(state: ViewState, base: URLSearchParams = new URLSearchParams()): string {
	const params = new URLSearchParams(base);
	for (const name of ['event', 'from', 'to', 'lanes', 'categories', 'actors']) params.delete(name);
	if (state.event) params.set('event', state.event);
	if (state.window) {
		const { from, to } = windowDays(state.window);
		params.set('from', from);
		params.set('to', to);
	}
	if (state.lanes && state.lanes !== 'category') params.set('lanes', state.lanes);
	if (state.categories) params.set('categories', state.categories.join(','));
	if (state.actors) params.set('actors', state.actors.join(','));
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether two queries hold the same parameters, whatever their order and percent-encoding (`/` or `%2F`). */
export function sameQuery(a: string, b: string): boolean {
	const [x, y] = [new URLSearchParams(a), new URLSearchParams(b)];
	x.sort();
	y.sort();
	return x.toString() === y.toString();
}
