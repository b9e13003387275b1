// Previous and next question: the pager at the foot of a question page. It walks the topic
// the way its page lists it, concept by concept in subtopic order, and leads to each concept's
// first question (whose page shows every answer of the concept).
import type { Concept } from './concepts';
import type { QuestionSummary } from './question';

/** The first questions of the concepts before and after `conceptId` in `ordered` (a topic's concepts). */
export function neighbours(ordered: readonly Concept[], conceptId: string): { prev?: QuestionSummary; next?: QuestionSummary } {
  const i = ordered.findIndex((c) => c.id === conceptId);
  if (i < 0) return {};
  return { prev: ordered[i - 1]?.questions[0], next: ordered[i + 1]?.questions[0] };
}
