/**
 * The address the built site is published at, without a trailing slash: the one build-time setting that absolute
 * URLs (oEmbed, Open Graph, the canonical link) are made from. Set `SOURCELINE_ORIGIN` when building for a real
 * host, e.g. `SOURCELINE_ORIGIN=https://timelines.example.org npm run build`.
 * Pages get it from their load function, never from `page.url`, which is wherever a copy happens to be served.
 */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

export function readSiteOrigin(value: string | undefined): string {
	const raw = value?.trim() || DEFAULT_SITE_ORIGIN;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`SOURCELINE_ORIGIN must be an absolute http(s) URL, got "${raw}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SOURCELINE_ORIGIN must be http(s), got "${raw}"`);
	if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SOURCELINE_ORIGIN must be an origin with no path, got "${raw}"`);
	return url.origin;
}

export const SITE_ORIGIN = readSiteOrigin(process.env.SOURCELINE_ORIGIN);
