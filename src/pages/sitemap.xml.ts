// sitemap.xml: every page a search engine should know, with absolute URLs.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitePaths } from '../lib/site-map';
import { absoluteUrl } from '../lib/seo';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('questions');
  const paths = sitePaths(entries.map((e) => ({ id: e.id, source: e.data.source, topic: e.data.topic })));
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${absoluteUrl(site, p).replace(/&/g, '&amp;')}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
