// /decks/all.txt: the whole site as one Anki deck, topic by topic (tagged with each note's topic).
import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue/content';
import { ankiDeck } from '../../lib/export/anki';
import { deckName, questionNote } from '../../lib/export/notes';
import { siteRoot } from '../../lib/export/site-root';

export const GET: APIRoute = async ({ site }) => {
  const c = await catalogue();
  const notes = c.topics.flatMap((t) => t.concepts.flatMap((k) => k.questions)).map((q) => questionNote(c, q.id, siteRoot(site)));
  return new Response(ankiDeck(deckName(), notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
