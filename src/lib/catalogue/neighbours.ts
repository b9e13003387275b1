// Previous and next question: the pager at the foot of a question page.

/**
 * The previous and next question of `id` in an ordered list, staying within one group
 * (by default the same source; a topic's list passes its own rule).
 */
export function neighbours<T extends { id: string; source: string }>(
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
