// /topics/<topic>.csv: every question of a topic with its answer as Markdown (src/lib/export/csv.ts).
import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue/content';
import { topicCsv } from '../../lib/export/csv';
import { siteRoot } from '../../lib/export/site-root';
import { topicDownloadPaths } from '../../lib/export/topic-paths';

export const getStaticPaths = topicDownloadPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(topicCsv(await catalogue(), params.topic!, siteRoot(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
