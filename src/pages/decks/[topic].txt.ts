// /decks/<topic>.txt: a topic's Anki deck (src/lib/export/anki.ts), every question of it.
import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue/content';
import { ankiDeck } from '../../lib/export/anki';
import { deckName, questionNote } from '../../lib/export/notes';
import { siteRoot } from '../../lib/export/site-root';
import { topicDownloadPaths } from '../../lib/export/topic-paths';

export const getStaticPaths = topicDownloadPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const c = await catalogue();
  const topic = c.topic(params.topic!);
  const notes = topic.concepts.flatMap((k) => k.questions).map((q) => questionNote(c, q.id, siteRoot(site)));
  return new Response(ankiDeck(deckName(topic.name), notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
