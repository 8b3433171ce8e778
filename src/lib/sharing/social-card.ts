/** The image of a page's social card (Open Graph, Twitter) and of a timeline's oEmbed thumbnail. */
export interface SocialImage {
	/** On the site, from its root. */
	path: string;
	width: number;
	height: number;
	alt: string;
}

/** `static/screenshots/explorer.png`: the explorer showing the built-in article. */
export const SCREENSHOT: SocialImage = {
	path: '/screenshots/explorer.png',
	width: 1280,
	height: 800,
	alt: 'The timeline explorer: the article’s events on a zoomable time axis, with the passage each comes from.'
};
