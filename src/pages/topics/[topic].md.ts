// /topics/<topic>.md: a topic as one Markdown document, concept by concept (src/lib/export/markdown.ts).
import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue/content';
import { topicMarkdown } from '../../lib/export/markdown';
import { siteRoot } from '../../lib/export/site-root';
import { topicDownloadPaths } from '../../lib/export/topic-paths';

export const getStaticPaths = topicDownloadPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(topicMarkdown(await catalogue(), params.topic!, siteRoot(site)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
