// The Anki notes of the site's questions, from the catalogue: front, back (anki-html.ts) and
// tags (topic, source, difficulty). The static decks, the JSON the browser makes its own decks
// from, and the tests all take their notes from here, so a note reads the same wherever it is made.
import type { Catalogue } from '../catalogue/index.ts';
import { ankiAnswerHtml, escapeHtml } from './anki-html.ts';
import { ankiTag, type AnkiNote } from './anki.ts';

export const SITE_DECK = 'ML Interview Atlas';

/** A deck's name: the site's deck, or a subdeck of it ("ML Interview Atlas::Attention"). */
export const deckName = (sub?: string) => (sub ? `${SITE_DECK}::${sub.replace(/::/g, ':')}` : SITE_DECK);

/** The absolute URL of a question's page under `siteRoot` (origin and base, ending in "/"). */
export const questionUrl = (siteRoot: string, id: string) => new URL(`questions/${id}/`, siteRoot).href;

const cache = new WeakMap<Catalogue, Map<string, AnkiNote>>();

/** The note of one question; made once per catalogue and site root. */
export function questionNote(c: Catalogue, id: string, siteRoot: string): AnkiNote {
  let notes = cache.get(c);
  if (!notes) cache.set(c, (notes = new Map()));
  const key = `${siteRoot}\u0000${id}`;
  const known = notes.get(key);
  if (known) return known;
  const q = c.question(id);
  const source = c.source(q.source);
  const answer = c.answer(id);
  const back = ankiAnswerHtml(answer.empty ? `*${source.title} gives no answer to this question.*` : answer.markdown, {
    siteRoot,
    source: { title: source.title, url: questionUrl(siteRoot, id), section: q.section },
  });
  const note: AnkiNote = {
    id,
    front: escapeHtml(q.title),
    back,
    tags: [ankiTag('topic', q.topic), ankiTag('source', q.source), ankiTag('difficulty', q.difficulty ?? 'unrated')],
  };
  notes.set(key, note);
  return note;
}

/** What the browser fetches to make a deck of some of a topic's questions (/decks/<topic>.json). */
export interface DeckData {
  deck: string;
  notes: AnkiNote[];
}
