/**
 * Options of an embedded timeline, from the embed URL's query (read in the browser: the page is prerendered).
 * Untrusted input: a value that is not one of the known ones is ignored with a warning, and none is ever
 * rendered as HTML. The view itself (event, window, lanes, categories) is read by `sharing/view-state.ts`.
 */
import { quoted } from '../sharing/quoted.ts';

export type Theme = 'auto' | 'light' | 'dark';
/** How passages show: the article beside the timeline, the passage's text in the detail, or not at all. */
export type PassageDisplay = 'panel' | 'popover' | 'none';

export interface EmbedOptions {
	theme: Theme;
	passages: PassageDisplay;
	/** Zoom buttons, lanes and filters. */
	controls: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', passages: 'panel', controls: true };

const CHOICES = {
	theme: ['auto', 'light', 'dark'],
	passages: ['panel', 'popover', 'none'],
	controls: ['on', 'off']
} as const;

/** A value as shown in a warning: quoted and escaped, shortened to 40 characters; text, never HTML. */
export const preview = (value: string) => quoted(value, 40);

export function readEmbedOptions(params: URLSearchParams): { options: EmbedOptions; warnings: string[] } {
	const options = { ...DEFAULT_EMBED_OPTIONS };
	const warnings: string[] = [];
	const choose = <K extends keyof typeof CHOICES>(name: K): (typeof CHOICES)[K][number] | undefined => {
		const value = params.get(name);
		if (value === null) return undefined;
		if ((CHOICES[name] as readonly string[]).includes(value)) return value as (typeof CHOICES)[K][number];
		warnings.push(`ignored "${name}": ${preview(value)} is not one of ${CHOICES[name].join(', ')}`);
		return undefined;
	};
	options.theme = choose('theme') ?? options.theme;
	options.passages = choose('passages') ?? options.passages;
	const controls = choose('controls');
	if (controls) options.controls = controls === 'on';
	return { options, warnings };
}
