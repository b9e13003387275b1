// /decks/<topic>.json: a topic's notes, which the browser makes the decks of a filtered topic
// and of the saved list from (src/scripts/export/deck-download.ts). Fetched only when asked for.
import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue/content';
import { deckName, questionNote, type DeckData } from '../../lib/export/notes';
import { siteRoot } from '../../lib/export/site-root';
import { topicDownloadPaths } from '../../lib/export/topic-paths';

export const getStaticPaths = topicDownloadPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const c = await catalogue();
  const topic = c.topic(params.topic!);
  const data: DeckData = { deck: deckName(topic.name), notes: topic.concepts.flatMap((k) => k.questions).map((q) => questionNote(c, q.id, siteRoot(site))) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
