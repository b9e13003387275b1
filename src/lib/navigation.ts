// Ordering and neighbours of questions, independent of Astro so it can be unit-tested.

export interface QuestionRef {
  id: string;
  source: string;
  order: number;
  title: string;
  section: string[];
}

/** Questions in reading order: sources in manifest order, then each source's own order. */
export function readingOrder<T extends QuestionRef>(questions: readonly T[], sourceOrder: readonly string[]): T[] {
  const rank = new Map(sourceOrder.map((id, i) => [id, i]));
  return [...questions].sort(
    (a, b) => (rank.get(a.source) ?? Infinity) - (rank.get(b.source) ?? Infinity) || a.order - b.order,
  );
}

/**
 * The previous and next question of `id` in an ordered list, staying within one group
 * (by default the same source; a topic page's list passes its own rule).
 */
export function neighbours<T extends QuestionRef>(
  ordered: readonly T[],
  id: string,
  sameGroup: (a: T, b: T) => boolean = (a, b) => a.source === b.source,
): { prev?: T; next?: T } {
  const i = ordered.findIndex((q) => q.id === id);
  if (i < 0) return {};
  const here = ordered[i]!;
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return {
    prev: prev && sameGroup(prev, here) ? prev : undefined,
    next: next && sameGroup(next, here) ? next : undefined,
  };
}

export interface SectionGroup<T> {
  path: string[];
  questions: T[];
}

/** Consecutive questions with the same section path, in order (a source's table of contents). */
export function groupBySection<T extends QuestionRef>(ordered: readonly T[]): SectionGroup<T>[] {
  const groups: SectionGroup<T>[] = [];
  for (const q of ordered) {
    const last = groups[groups.length - 1];
    if (last && last.path.join('\u0000') === q.section.join('\u0000')) last.questions.push(q);
    else groups.push({ path: q.section, questions: [q] });
  }
  return groups;
}
