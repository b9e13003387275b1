// Concepts: the questions, across sources and within one, that ask the same thing. Computed at
// ingest from every question's title and answer:
//   features.ts    what each question asks, as terms (titles by role, answers), with the word
//                  library, what the corpus teaches (vocabulary.ts), facets (facets.ts) and
//                  the synonyms search uses (synonyms.ts reads them);
//   similarity.ts  how alike two questions are, for pairs that share a rare term;
//   grouping.ts    groups without chaining (every two members alike, on average alike enough);
//   titles.ts      each concept's display title, chosen from its members;
//   overrides.ts   a maintainer's merges, splits and titles (content/concepts.yaml).
// A concept's id is the id of its first question in reading order, so it is stable while that
// question is; a question's URL never depends on its concept.
import { conceptFeatures, type Features } from './features.ts';
import { groupPairs } from './grouping.ts';
import { NO_OVERRIDES, type ConceptOverrides } from './overrides.ts';
import { scorer } from './similarity.ts';
import { displayTitle } from './titles.ts';

export interface ConceptMember {
  id: string;
  title: string;
  /** The answer's prose (code and formulas left out). */
  text: string;
}

export interface ConceptAssignment {
  concept: string;
  conceptTitle: string;
  /** Subtopic slug within the question's topic, where the topic declares subtopics. */
  subtopic?: string;
}

export interface Concept {
  /** The id of its first member in reading order. */
  id: string;
  title: string;
  /** Member ids in reading order. */
  members: string[];
}

/** Two groups merge when their cross pairs score this on average, every one of them at least FLOOR. */
export const JOIN = 0.52;
export const FLOOR = 0.4;

/**
 * The concepts of questions given in reading order, each question in exactly one. `features`: the
 * questions' features (features.ts), when the caller has them already.
 */
export function findConcepts(questions: readonly ConceptMember[], overrides: ConceptOverrides = NO_OVERRIDES, features?: readonly Features[]): Concept[] {
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const at = (ids: readonly string[]) => ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  const together = overrides.merge.flatMap((ids) => at(ids).slice(1).map((i) => [at(ids)[0]!, i] as [number, number]));
  const apart = overrides.split.flatMap((ids) => at(ids).flatMap((a, k, all) => all.slice(k + 1).map((b) => [a, b] as [number, number])));
  const pairs = scorer(features ?? conceptFeatures(questions)).scored(FLOOR);
  const groupOf = groupPairs(questions.length, pairs, { join: JOIN, floor: FLOOR, together, apart });

  const members = new Map<number, number[]>();
  groupOf.forEach((g, i) => (members.get(g) ?? members.set(g, []).get(g)!).push(i));
  return [...members.values()].map((list) => {
    const ids = list.map((i) => questions[i]!.id);
    const pinned = ids.filter((id) => overrides.titles[id] !== undefined);
    if (pinned.length > 1 && new Set(pinned.map((id) => overrides.titles[id])).size > 1) {
      throw new Error(`content/concepts.yaml gives one concept two titles (${pinned.join(', ')})`);
    }
    const title = pinned.length ? overrides.titles[pinned[0]!]! : displayTitle(list.map((i) => questions[i]!));
    return { id: ids[0]!, title, members: ids };
  });
}
