import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo';
import { withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, withBase('sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
