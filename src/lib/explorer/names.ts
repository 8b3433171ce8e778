/**
 * What the explorer says of what it shows, in words: a group of marks' accessible name, the announcement of a
 * selection, and the notice for what a link asked for that the timeline lacks.
 */
import type { EventView, UndatableView } from '../model/event-view.ts';
import type { ExplorerEvent } from './timeline-facts.ts';

/** A cluster of marks, for a screen reader: how many, the first three titles, and what activating it does. */
export function clusterLabel(events: readonly ExplorerEvent[], zoomable: boolean): string {
	const titles = events.slice(0, 3).map((event) => event.title);
	const more = events.length > 3 ? `, and ${events.length - 3} more` : '';
	return `Group of ${events.length} events: ${titles.join('; ')}${more}.${zoomable ? ' Activate to show them.' : ''}`;
}

/** A warning about the URL, as the reader is told it: the page shows what it can instead. */
export function noticeOf(warning: string): string {
	return `This link asked for something this timeline does not have, so it is left out (${warning.replace(/^ignored /, '')}).`;
}

export function announceUndatable(view: UndatableView): string {
	return `Selected: ${view.entry.title}, mentioned without a date that can be placed: ${view.entry.reason}`;
}

export function announce(view: EventView): string {
	const count = view.passageKeys.length;
	return `Selected: ${view.event.title}, ${view.label}. ${count} passage${count === 1 ? '' : 's'} in the article.`;
}
