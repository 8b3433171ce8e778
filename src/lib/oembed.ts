/** The oEmbed (https://oembed.com, type `rich`) response for a timeline. Pure, so it is unit-tested. */
import { IFRAME_HEIGHT, embedUrl } from './embed/snippet.ts';
import { escapeHtml } from './sharing/escape-html.ts';

const OEMBED_WIDTH = 800;
/** `static/screenshots/explorer.png`, the card of every share (oEmbed and Open Graph); its size in px. */
export const THUMBNAIL = { path: '/screenshots/explorer.png', width: 1280, height: 800 } as const;

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
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export const oembedUrl = (origin: string, id: string) => `${origin}/oembed/${encodeURIComponent(id)}.json`;

export function oembed(origin: string, timeline: { id: string; article: { title: string; author: string } }): OEmbedRich {
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
		thumbnail_url: origin + THUMBNAIL.path,
		thumbnail_width: THUMBNAIL.width,
		thumbnail_height: THUMBNAIL.height
	};
}
