// sitemap.xml: every page a search engine should know, with absolute URLs, in the order the site lists them.
import type { APIRoute } from 'astro';
import { catalogue } from '../lib/catalogue/content';
import { sitePaths } from '../lib/catalogue/site-map';
import { absoluteUrl } from '../lib/seo';

export const GET: APIRoute = async ({ site }) => {
  const paths = sitePaths(await catalogue());
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${absoluteUrl(site, p).replace(/&/g, '&amp;')}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
