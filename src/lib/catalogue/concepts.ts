// Concepts: the questions, in any source and within one, that ask the same thing. The ingest
// groups them (scripts/ingest/concepts) and writes each question's concept into its file; here
// they are gathered back. A topic page lists one entry per concept, a question page shows the
// other answers of its concept, practice deals one card per concept. A question's URL never
// depends on its concept.
import type { QuestionSummary } from './question';

export interface Concept {
  /** The id of one of its questions. */
  id: string;
  /** Its display title (the same in each of its question files). */
  title: string;
  topic: string;
  /** Its subtopic within the topic, when the topic declares subtopics. */
  subtopic?: string;
  /** Its questions in reading order; lists link to the first. */
  questions: QuestionSummary[];
  /** The sources that answer it, in manifest order. */
  sources: string[];
}

/**
 * The concepts of `ordered` (every question, in reading order), in the reading order of their
 * first questions. Throws when the questions of a concept disagree on its title, topic or
 * subtopic: the ingest gives them one each, so a disagreement is a bug there.
 */
export function groupConcepts(ordered: readonly QuestionSummary[], titleOf: (questionId: string) => string): Concept[] {
  const byId = new Map<string, Concept>();
  for (const q of ordered) {
    const title = titleOf(q.id);
    const c = byId.get(q.concept);
    if (!c) {
      byId.set(q.concept, { id: q.concept, title, topic: q.topic, subtopic: q.subtopic, questions: [q], sources: [q.source] });
      continue;
    }
    const first = c.questions[0]!;
    for (const [what, a, b] of [['title', c.title, title], ['topic', c.topic, q.topic], ['subtopic', c.subtopic, q.subtopic]] as const) {
      if (a !== b) throw new Error(`concept "${c.id}": questions "${first.id}" and "${q.id}" disagree on its ${what} ("${a ?? ''}", "${b ?? ''}")`);
    }
    c.questions.push(q);
    if (!c.sources.includes(q.source)) c.sources.push(q.source);
  }
  return [...byId.values()];
}
