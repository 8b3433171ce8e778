import { SITE_ORIGIN } from '../../lib/server/origin.ts';

export const prerender = true;

/** `/robots.txt`: everything may be crawled (embeds say noindex themselves), and where the sitemap is. */
export const GET = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_ORIGIN}/sitemap.xml\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
