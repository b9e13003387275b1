// Makes a deck in the browser (src/scripts/export/deck-download.ts loads this on the click): from
// the notes the build wrote per topic (/decks/<topic>.json), the questions a topic page's filter
// shows, or the saved questions (from the decks of their topics only). The file is the static
// decks' format (src/lib/export/anki.ts), notes as the build made them, so importing it updates
// the same notes in Anki.
import type { AnkiNote } from '../../lib/export/anki';
import { pickFiltered, pickIds } from '../../lib/export/deck-pick';
import type { DeckData } from '../../lib/export/notes';
import { savedIds } from '../../lib/study/count';
import { urls } from '../../lib/urls';
import { controlValues } from '../form-url';
import { loadIndex } from '../study/index-client';
import { loadState } from '../study/store';

async function topicNotes(topic: string): Promise<DeckData> {
  const r = await fetch(urls.deckNotes(topic));
  if (!r.ok) throw new Error(`deck of ${topic}: HTTP ${r.status}`);
  return (await r.json()) as DeckData;
}

/** The notes the topic page's filter shows, with the learned ids of this browser. */
export async function filteredDeck(topic: string): Promise<{ deck: string; notes: AnkiNote[] }> {
  const [data, state] = await Promise.all([topicNotes(topic), loadState()]);
  const form = document.querySelector('question-filter form');
  const v = form ? controlValues(form, ['difficulty', 'source', 'hide']) : {};
  const choice = { difficulty: v.difficulty?.[0] ?? '', source: v.source?.[0] ?? '', hideLearned: v.hide?.includes('learned') ?? false };
  return { deck: data.deck, notes: pickFiltered(data.notes, choice, new Set(Object.keys(state.learned))) };
}

/** The saved questions' notes, newest saved first, from the decks of their topics. */
export async function savedDeck(): Promise<{ deck: string; notes: AnkiNote[] }> {
  const [index, state] = await Promise.all([loadIndex(), loadState()]);
  const ids = savedIds(state);
  const topicOf = new Map(index.questions.map((q) => [q.id, q.topic]));
  const topics = [...new Set(ids.map((id) => topicOf.get(id)).filter((t): t is string => !!t))];
  const decks = await Promise.all(topics.map(topicNotes));
  return { deck: 'ML Interview Atlas::Saved', notes: pickIds(decks.flatMap((d) => d.notes), ids) };
}

