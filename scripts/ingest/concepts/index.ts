// Concepts: the questions, across sources and within one, that ask the same thing. Each question
// gets the id and display title of its concept; a concept's id is the id of its first question in
// reading order, so it is stable while that question is, and a question's URL never depends on it.
//
// This first grouping joins questions whose titles say the same words once question words
// and framing words ("what is", "explain", "mechanism") are set aside. (To be replaced by a grouping over
// titles and answers.)
import { fold, isFrameWord, stem, words } from '../../../src/lib/text/index.ts';

export interface ConceptMember {
  id: string;
  title: string;
}

export interface ConceptAssignment {
  concept: string;
  conceptTitle: string;
  /** Subtopic slug within the question's topic, where the topic declares subtopics. */
  subtopic?: string;
}

/** The words a title asks about, in a canonical form. */
function titleKey(title: string): string {
  const kept = words(title)
    .map(fold)
    .filter((w) => w && !isFrameWord(w))
    .map(stem);
  return [...new Set(kept)].sort().join(' ');
}

/** Each question's concept, for questions given in reading order. */
export function assignConcepts(questions: readonly ConceptMember[]): Map<string, ConceptAssignment> {
  const first = new Map<string, ConceptMember>();
  const out = new Map<string, ConceptAssignment>();
  for (const q of questions) {
    const key = titleKey(q.title) || q.id;
    const head = first.get(key) ?? q;
    first.set(key, head);
    out.set(q.id, { concept: head.id, conceptTitle: head.title });
  }
  return out;
}
