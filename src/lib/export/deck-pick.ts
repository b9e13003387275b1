// Which notes of a topic's deck go into a deck made in the browser: those a topic page's filter
// shows (difficulty, source, learned hidden), judged question by question with the filter's own
// rule (src/lib/filter-match.ts), or those of a list of ids (the saved list), in its order. A
// note's source and difficulty are read from its tags (src/lib/export/notes.ts). No dependencies
// beyond those two small modules: it is part of the deck button's script.
import { isShown, type Facet, type FilterChoice } from '../filter-match.ts';
import type { AnkiNote } from './anki.ts';

/** A note's source and difficulty, from its tags "atlas::source::x" and "atlas::difficulty::y". */
export function noteFacet(n: AnkiNote): Facet {
  const tag = (name: string) => n.tags.find((t) => t.startsWith(`atlas::${name}::`))?.slice(`atlas::${name}::`.length) ?? '';
  return { source: tag('source'), difficulty: tag('difficulty') || 'unrated' };
}

/** The notes the filter's choice shows; `learned`: the ids learned in this browser. */
export function pickFiltered(notes: readonly AnkiNote[], choice: FilterChoice, learned: ReadonlySet<string>): AnkiNote[] {
  return notes.filter((n) => isShown({ facets: [noteFacet(n)], learned: learned.has(n.id) }, choice));
}

/** The notes of these ids, in the order of `ids`; ids without a note are left out. */
export function pickIds(notes: readonly AnkiNote[], ids: readonly string[]): AnkiNote[] {
  const byId = new Map(notes.map((n) => [n.id, n]));
  return ids.map((id) => byId.get(id)).filter((n): n is AnkiNote => n !== undefined);
}
