/**
 * The HTML a reader copies to embed a timeline elsewhere: the loader snippet (a placeholder plus `embed.js`,
 * which sizes the frame) and a plain fixed-height iframe, both naming the same options. Options equal to
 * the embed's defaults are left out, so a snippet says only what differs. Every attribute value is
 * HTML-escaped: an id or a category is data, and the snippet is pasted into someone else's page.
 */
import type { TimeWindow } from '../timeline/time-window.ts';
import { escapeHtml } from '../sharing/escape-html.ts';
import { windowDays, type LaneMode } from '../sharing/view-state.ts';
import { DEFAULT_EMBED_OPTIONS, type PassageDisplay, type Theme } from './options.ts';

export interface SnippetInput {
	/** Where the site is served from, e.g. `https://sourceline.example` (a trailing slash is dropped). */
	origin: string;
	timelineId: string;
	/** Selected when the frame opens. */
	event?: string | null;
	/** The visible window, in days (half-open); written as whole days. */
	window?: TimeWindow;
	theme: Theme;
	passages: PassageDisplay;
	controls: boolean;
	lanes?: LaneMode;
	/** Categories shown; absent or empty = all. */
	categories?: readonly string[];
	/** Actors whose events are shown; absent or empty = all. */
	actors?: readonly string[];
	/** The iframe's accessible title. */
	title?: string;
	/** The address of a dataset hosted elsewhere (`data=`), drawn instead of the built timeline. */
	data?: string;
}

export interface Snippets {
	/** `<div data-sourceline=…></div>` and the `<script>` of the loader. */
	loader: string;
	/** A plain iframe at a fixed height, for pages that cannot run scripts. */
	iframe: string;
	/** The embed page's address (not escaped): for a preview, or a link. */
	url: string;
}

const DEFAULT_TITLE = 'Timeline';
/** A plain iframe cannot learn its content's height: tall enough for the plot, the detail and some article. */
export const IFRAME_HEIGHT = 900;

/** The embed page of a timeline. */
export const embedUrl = (origin: string, timelineId: string) => `${origin}/embed/${encodeURIComponent(timelineId)}`;

/** The options that differ from the defaults, in the order the README lists them. */
function options(input: SnippetInput): [string, string][] {
	const list: [string, string][] = [];
	if (input.event) list.push(['event', input.event]);
	if (input.window) {
		const { from, to } = windowDays(input.window);
		list.push(['from', from], ['to', to]);
	}
	if (input.theme !== DEFAULT_EMBED_OPTIONS.theme) list.push(['theme', input.theme]);
	if (input.passages !== DEFAULT_EMBED_OPTIONS.passages) list.push(['passages', input.passages]);
	if (input.controls !== DEFAULT_EMBED_OPTIONS.controls) list.push(['controls', input.controls ? 'on' : 'off']);
	if (input.lanes && input.lanes !== 'category') list.push(['lanes', input.lanes]);
	if (input.categories && input.categories.length > 0) list.push(['categories', input.categories.join(',')]);
	if (input.actors && input.actors.length > 0) list.push(['actors', input.actors.join(',')]);
	if (input.data) list.push(['data', input.data]);
	return list;
}

export function embedSnippets(input: SnippetInput): Snippets {
	const origin = input.origin.replace(/\/+$/, '');
	const title = input.title?.trim() || DEFAULT_TITLE;
	const list = options(input);
	const query = new URLSearchParams(list).toString();
	const url = `${embedUrl(origin, input.timelineId)}${query ? `?${query}` : ''}`;

	const attributes = [['sourceline', input.timelineId], ...list, ...(title === DEFAULT_TITLE ? [] : [['title', title]])]
		.map(([name, value]) => ` data-${name}="${escapeHtml(value!)}"`)
		.join('');
	const loader = `<div${attributes}></div>\n<script src="${escapeHtml(`${origin}/embed.js`)}" async></script>`;
	const iframe =
		`<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" ` +
		`style="width:100%;height:${IFRAME_HEIGHT}px;border:0" loading="lazy"></iframe>`;
	return { loader, iframe, url };
}
