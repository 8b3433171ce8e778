import { SITE_ORIGIN } from '../../lib/server/origin.ts';
import { sitePages } from '../../lib/server/site.ts';
import { sitemapXml } from '../../lib/sharing/sitemap.ts';

export const prerender = true;

/** `/sitemap.xml`: the index and every timeline's page, at the address the site is published at. */
export const GET = () => new Response(sitemapXml(SITE_ORIGIN, sitePages()), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
