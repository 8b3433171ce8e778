/** The oEmbed (https://oembed.com, type `rich`) response for a timeline. Pure, so it is unit-tested. */
import { IFRAME_HEIGHT, embedUrl } from './embed/snippet.ts';
import { escapeHtml } from './sharing/escape-html.ts';

const OEMBED_WIDTH = 800;

/** An image of the timeline, on the site. */
export interface Thumbnail {
	path: string;
	width: number;
	height: number;
}

interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	provider_name: 'Sourceline';
	provider_url: string;
	title: string;
	author_name: string;
	html: string;
	width: number;
	height: number;
	/** oEmbed's thumbnail fields come all three or not at all. */
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

export const oembedUrl = (origin: string, id: string) => `${origin}/oembed/${encodeURIComponent(id)}.json`;

export function oembed(origin: string, timeline: { id: string; article: { title: string; author: string } }, thumbnail?: Thumbnail): OEmbedRich {
	const { title, author } = timeline.article;
	const html =
		`<iframe src="${escapeHtml(embedUrl(origin, timeline.id))}" title="${escapeHtml(`Timeline: ${title}`)}" ` +
		`width="${OEMBED_WIDTH}" height="${IFRAME_HEIGHT}" style="max-width:100%;border:0" loading="lazy"></iframe>`;
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'Sourceline',
		provider_url: `${origin}/`,
		title,
		author_name: author,
		html,
		width: OEMBED_WIDTH,
		height: IFRAME_HEIGHT,
		...(thumbnail && { thumbnail_url: origin + thumbnail.path, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height })
	};
}
