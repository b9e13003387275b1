// Which questions a practice session draws from: the practice form's choice over the study index
// (study-index.ts), then one card per concept (concepts.ts). Kept apart from the index's wire
// format, which search and random read without any of this.
import { oneCardPerConcept } from './concepts';
import { standing } from './due';
import type { CardEntry } from './state';
import type { IndexQuestion } from './study-index';

export interface PracticeFilter {
  topics?: string[];
  sources?: string[];
  /** A difficulty, or "unrated"; empty for any. */
  difficulty?: string;
  only?: 'all' | 'due' | 'new' | 'saved' | 'not-learned';
}

/** The questions a practice session draws from ("due": cards due by `now`, see due.ts; "new": no question of its concept ever reviewed). */
export function selectQuestions(
  qs: IndexQuestion[],
  f: PracticeFilter,
  study: { saved: Record<string, unknown>; learned: Record<string, unknown>; cards: Record<string, CardEntry> },
  now = Date.now(),
): IndexQuestion[] {
  // A concept reviewed through one question is not new through another.
  const reviewed = f.only === 'new' ? new Set(qs.filter((q) => study.cards[q.id]).map((q) => q.concept)) : undefined;
  return qs.filter(
    (q) =>
      (!f.topics?.length || f.topics.includes(q.topic)) &&
      (!f.sources?.length || f.sources.includes(q.source)) &&
      (!f.difficulty || (q.difficulty ?? 'unrated') === f.difficulty) &&
      (f.only !== 'saved' || q.id in study.saved) &&
      (f.only !== 'due' || standing(study.cards[q.id], now) === 'due') &&
      (!reviewed || !reviewed.has(q.concept)) &&
      (f.only !== 'not-learned' || !(q.id in study.learned)),
  );
}

/** The cards a practice choice deals: one per concept of the questions it selects (concepts.ts). */
export function practiceCards(
  qs: readonly IndexQuestion[],
  f: PracticeFilter,
  study: Parameters<typeof selectQuestions>[2],
  now = Date.now(),
): string[] {
  return oneCardPerConcept(selectQuestions([...qs], f, study, now), qs, study, f.only === 'not-learned');
}
