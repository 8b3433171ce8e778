/**
 * The embed's two-way API over postMessage, version 1. Every message is a plain object tagged with
 * `source` and `version`, so a page with several embeds and other scripts can tell ours apart.
 *
 * From the frame to the host (`source: 'sourceline'`):
 *   { type: 'ready', timeline, events }       the timeline is drawn and listens to commands
 *   { type: 'resize', height }                the content's height in CSS pixels (the loader applies it)
 *   { type: 'select', event }                 the reader selected an event (null: cleared)
 *   { type: 'view', from, to }                the visible window settled (whole days, both included)
 * From the host to the frame (`source: 'sourceline-host'`):
 *   { type: 'select', event }                 select an event by id (null clears)
 *   { type: 'setWindow', from, to }           show a window of days (YYYY-MM-DD, both included)
 *   { type: 'setTheme', theme }               'auto', 'light' or 'dark'
 * A host message that does not fit is ignored with a console warning; nothing in it is rendered as HTML.
 */
import { readWindow } from '../sharing/view-state.ts';
import { isRecord } from '../model/record.ts';
import type { TimeWindow } from '../timeline/time-window.ts';
import { preview, type Theme } from './options.ts';

export const API_VERSION = 1;
export const FRAME_SOURCE = 'sourceline';
export const HOST_SOURCE = 'sourceline-host';

export type FrameMessage =
	| { type: 'ready'; timeline: string; events: number }
	| { type: 'resize'; height: number }
	| { type: 'select'; event: string | null }
	| { type: 'view'; from: string; to: string };

export type HostCommand =
	| { type: 'select'; event: string | null }
	| { type: 'setWindow'; window: TimeWindow }
	| { type: 'setTheme'; theme: Theme };

export function frameMessage(message: FrameMessage) {
	return { source: FRAME_SOURCE, version: API_VERSION, ...message };
}

const MAX_ID_LENGTH = 200;

/**
 * The frame's reader of host messages. A message counts only when it comes from `host` (the window that framed
 * this one; null when there is none) and has our shape; only then is its event looked up, in an index of the
 * timeline's ids built once, on first need; a window is checked against the timeline's whole view (`span`), when
 * given. So a flood of other windows' or scripts' messages costs a
 * comparison each, whatever the size of the timeline.
 */
export function hostCommandReader(host: unknown, eventIds: () => Iterable<string>, span?: () => TimeWindow) {
	let index: Set<string> | undefined;
	const isEvent = (id: string) => (index ??= new Set(eventIds())).has(id);
	return (message: { source: unknown; data: unknown }): HostCommand | string | null =>
		host === null || message.source !== host ? null : readHostCommand(message.data, isEvent, span?.());
}

/**
 * Reads a message from the host. `null` means "not for us" (another script's message: ignored silently);
 * a string is why a message for us was refused.
 */
export function readHostCommand(data: unknown, isEvent: (id: string) => boolean, span?: TimeWindow): HostCommand | string | null {
	if (!isRecord(data) || data.source !== HOST_SOURCE) return null;
	if (data.version !== API_VERSION) return `unsupported API version ${JSON.stringify(String(data.version)).slice(0, 20)}; this frame speaks ${API_VERSION}`;
	switch (data.type) {
		case 'select': {
			if (data.event === null) return { type: 'select', event: null };
			if (typeof data.event !== 'string' || data.event.length > MAX_ID_LENGTH) return 'select: "event" must be an event id or null';
			return isEvent(data.event) ? { type: 'select', event: data.event } : `select: no event has the id ${preview(data.event)}`;
		}
		case 'setWindow': {
			if (typeof data.from !== 'string' || typeof data.to !== 'string' || data.from.length > 10 || data.to.length > 10)
				return 'setWindow: "from" and "to" must be dates written YYYY-MM-DD';
			const window = readWindow(data.from, data.to, span);
			return typeof window === 'string' ? `setWindow: ${window}` : { type: 'setWindow', window };
		}
		case 'setTheme':
			return data.theme === 'auto' || data.theme === 'light' || data.theme === 'dark'
				? { type: 'setTheme', theme: data.theme }
				: 'setTheme: "theme" must be "auto", "light" or "dark"';
		default:
			return 'unknown message type';
	}
}
