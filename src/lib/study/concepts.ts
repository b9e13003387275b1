// Concepts in the study tools: the questions that ask the same thing (the study index names each
// question's concept) count, are practised and are picked at random as one. Marks and FSRS cards
// stay per question id; a concept counts as learned when any of its questions is.
import { dueFrom } from './due';
import type { CountScope } from './count';
import type { CardEntry } from './state';
import type { IndexQuestion } from './study-index';

/** The questions of each concept, concepts in the order of their first question, questions in index order. */
export function byConcept<T extends { concept: string }>(qs: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const q of qs) {
    const g = groups.get(q.concept);
    if (g) g.push(q);
    else groups.set(q.concept, [q]);
  }
  return [...groups.values()];
}

/**
 * How many concepts of the scope are learned (any of their questions). A concept is in a source's
 * scope when that source asks it; its topic is its questions' topic.
 */
export function countLearnedConcepts(learned: Readonly<Record<string, unknown>>, qs: readonly IndexQuestion[], scope: CountScope = {}): number {
  return byConcept(qs).filter(
    (members) =>
      members.some((q) => (scope.topic === undefined || q.topic === scope.topic) && (scope.source === undefined || q.source === scope.source)) &&
      members.some((q) => q.id in learned),
  ).length;
}

/**
 * The question that stands for its concept in a practice session: the one whose card comes due
 * first (a due card before one not due yet), so a concept reviewed through one question is not
 * dealt again as new through another; the first when none has a card.
 */
export function representative<T extends { id: string }>(members: readonly T[], cards: Readonly<Record<string, CardEntry>>): T {
  const carded = members.filter((q) => cards[q.id]);
  if (!carded.length) return members[0]!;
  return carded.reduce((a, b) => (dueFrom(cards[b.id]!) < dueFrom(cards[a.id]!) ? b : a));
}

/**
 * One card per concept from the questions a practice choice selected, concepts in index order.
 * `notLearned`: leave out concepts with a learned question (selected or not).
 */
export function oneCardPerConcept(
  selected: readonly IndexQuestion[],
  all: readonly IndexQuestion[],
  study: { learned: Readonly<Record<string, unknown>>; cards: Readonly<Record<string, CardEntry>> },
  notLearned = false,
): string[] {
  const learned = notLearned ? new Set(all.filter((q) => q.id in study.learned).map((q) => q.concept)) : new Set<string>();
  return byConcept(selected)
    .filter((members) => !learned.has(members[0]!.concept))
    .map((members) => representative(members, study.cards).id);
}

/**
 * A random concept's question to open: within `topic` if given, never the concept of the question
 * the reader is on, preferring concepts not learned yet (any concept once all are); then a random
 * question of it.
 */
export function randomPick(
  qs: readonly IndexQuestion[],
  opts: { topic?: string; here?: string; learned: Readonly<Record<string, unknown>> },
  rng: () => number = Math.random,
): IndexQuestion | undefined {
  const hereConcept = qs.find((q) => q.id === opts.here)?.concept;
  const concepts = byConcept(qs.filter((q) => (!opts.topic || q.topic === opts.topic) && q.concept !== hereConcept));
  const fresh = concepts.filter((members) => !members.some((q) => q.id in opts.learned));
  const from = fresh.length ? fresh : concepts;
  const members = from[Math.floor(rng() * from.length)];
  return members?.[Math.floor(rng() * members.length)];
}
