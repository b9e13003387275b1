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
 * first questions, each titled as its first question's file says.
 *
 * The ingest gives the questions of a concept one topic and subtopic. Should some disagree, the
 * concept is split by topic and subtopic, so that every question is still listed on its own
 * topic's page: the part holding the question the concept is named after keeps the concept's id,
 * any other part takes the id of its first question (a concept's id is always one of its own).
 * Each question's summary is then given the id of the concept it is listed under.
 */
export function groupConcepts(ordered: readonly QuestionSummary[], titleOf: (questionId: string) => string): Concept[] {
  const byKey = new Map<string, Concept>();
  for (const q of ordered) {
    const key = [q.concept, q.topic, q.subtopic ?? ''].join('\u0000');
    const c = byKey.get(key);
    if (c) {
      c.questions.push(q);
      if (!c.sources.includes(q.source)) c.sources.push(q.source);
    } else byKey.set(key, { id: q.concept, title: titleOf(q.id), topic: q.topic, subtopic: q.subtopic, questions: [q], sources: [q.source] });
  }
  const concepts = [...byKey.values()];
  const parts = new Map<string, number>();
  for (const c of concepts) parts.set(c.id, (parts.get(c.id) ?? 0) + 1);
  for (const c of concepts) {
    if (parts.get(c.id)! > 1 && !c.questions.some((q) => q.id === c.id)) c.id = c.questions[0]!.id;
    for (const q of c.questions) q.concept = c.id;
  }
  return concepts;
}
