/** The oEmbed (https://oembed.com, type `rich`) response for a timeline. Pure, so it is unit-tested. */

export const OEMBED_WIDTH = 800;
export const OEMBED_HEIGHT = 900;
/** `static/screenshots/explorer.png`. */
export const THUMBNAIL = { path: '/screenshots/explorer.png', width: 1280, height: 1350 } as const;

export interface OEmbedRich {
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

/** Escapes a value for a double-quoted HTML attribute (and for text). */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const embedUrl = (origin: string, id: string) => `${origin}/embed/${encodeURIComponent(id)}`;
export const oembedUrl = (origin: string, id: string) => `${origin}/oembed/${encodeURIComponent(id)}.json`;

export function oembed(origin: string, timeline: { id: string; article: { title: string; author: string } }): OEmbedRich {
	const { title, author } = timeline.article;
	const html =
		`<iframe src="${escapeAttribute(embedUrl(origin, timeline.id))}" title="${escapeAttribute(`Timeline: ${title}`)}" ` +
		`width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" style="max-width:100%;border:0" loading="lazy"></iframe>`;
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'Sourceline',
		provider_url: `${origin}/`,
		title,
		author_name: author,
		html,
		width: OEMBED_WIDTH,
		height: OEMBED_HEIGHT,
		thumbnail_url: origin + THUMBNAIL.path,
		thumbnail_width: THUMBNAIL.width,
		thumbnail_height: THUMBNAIL.height
	};
}
