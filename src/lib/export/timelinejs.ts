/**
 * A timeline in the JSON format of Knight Lab's TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html),
 * to open the events in TimelineJS.
 *
 * Dates keep their precision: a month is `{ year, month }` and a year `{ year }`, never a made-up day. A season
 * starts in its first month and ends in its last; an interval or a one-of range goes from its start to its end; an
 * open-ended date has only its closed side. Every event also carries `display_date`, the date as the site writes
 * it ("spring 2023", "from 24 February 2022", "c. February 2022"), since TimelineJS would otherwise print the
 * fields it was given. TimelineJS renders headlines and text as HTML, so every value from the data is escaped.
 * Undatable entries have no place on a timeline and are left out.
 */
import { dayFromIso, ymdFromDay } from '../dates/calendar-day.ts';
import { SEASON_MONTHS, type EdtfPoint } from '../dates/edtf.ts';
import { formatDay } from '../dates/format.ts';
import { eventViews, type EventView } from '../model/event-view.ts';
import type { Timeline } from '../model/schema.ts';
import { escapeHtml } from '../sharing/escape-html.ts';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	display_date?: string;
}

export interface TimelineJsText {
	headline: string;
	text: string;
}

export interface TimelineJsEvent {
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: TimelineJsText;
	group?: string;
	unique_id: string;
	display_date?: string;
}

export interface TimelineJsFile {
	title: { text: TimelineJsText };
	events: TimelineJsEvent[];
}

/** Escaped, with line breaks kept as `<br>` (article passages can span paragraphs). */
const htmlLines = (value: string): string => escapeHtml(value).replace(/\r\n|\r|\n/g, '<br>');

/**
 * The TimelineJS date of one EDTF point at its own precision. A season has no such field: it is its first month
 * when it starts something and its last month (in the next year, for a winter) when it ends something.
 */
export function timelineJsDate(point: EdtfPoint, side: 'start' | 'end'): TimelineJsDate {
	switch (point.precision) {
		case 'day':
			return { year: point.year, month: point.month, day: point.day };
		case 'month':
			return { year: point.year, month: point.month };
		case 'year':
			return { year: point.year };
		case 'season': {
			const months = SEASON_MONTHS[point.season];
			if (side === 'start') return { year: point.year, month: months[0] };
			return { year: ymdFromDay(point.latest).year, month: months[2] };
		}
	}
}

/** `start_date` and, where the date is a span or a window, `end_date`. */
export function timelineJsDates(view: EventView): Pick<TimelineJsEvent, 'start_date' | 'end_date'> {
	const { date } = view;
	if (date.kind === 'point') {
		const { point } = date;
		return point.precision === 'season'
			? { start_date: timelineJsDate(point, 'start'), end_date: timelineJsDate(point, 'end') }
			: { start_date: timelineJsDate(point, 'start') };
	}
	if (date.start === null) return { start_date: timelineJsDate(date.end!, 'end') };
	if (date.end === null) return { start_date: timelineJsDate(date.start, 'start') };
	return { start_date: timelineJsDate(date.start, 'start'), end_date: timelineJsDate(date.end, 'end') };
}

function eventText(view: EventView, published: string): string {
	const { event, recorded } = view;
	return [
		`<p>${htmlLines(event.summary)}</p>`,
		...event.passages.map((passage) => `<blockquote>${htmlLines(passage.exact)}</blockquote>`),
		...(recorded ? [`<p>Recorded date: ${escapeHtml(recorded.label)}. ${htmlLines(recorded.note)}</p>`] : []),
		...(event.status === 'anticipated'
			? [`<p>Anticipated as of the article’s publication (${escapeHtml(published)}).</p>`]
			: [])
	].join('');
}

export function timelineToTimelineJs(timeline: Timeline): TimelineJsFile {
	const { article } = timeline;
	const published = formatDay(dayFromIso(article.published));
	const byline = `${article.author}, ${article.publisher}, ${published}`;
	return {
		title: {
			text: {
				headline: escapeHtml(article.title),
				text:
					`<p>The dated events in this article (${escapeHtml(byline)}), each with the passage it comes from. ` +
					`<a href="${escapeHtml(article.url)}">Read the article</a>.</p>`
			}
		},
		events: eventViews(timeline).map((view) => ({
			...timelineJsDates(view),
			display_date: escapeHtml(view.label),
			text: { headline: escapeHtml(view.event.title), text: eventText(view, published) },
			group: escapeHtml(view.category.label),
			unique_id: view.event.id
		}))
	};
}
