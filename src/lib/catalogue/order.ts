// Reading order: the order every list of the site follows.

/** Questions in reading order: sources in manifest order, then each source's own order. */
export function readingOrder<T extends { source: string; order: number }>(questions: readonly T[], sourceOrder: readonly string[]): T[] {
  const rank = new Map(sourceOrder.map((id, i) => [id, i]));
  return [...questions].sort(
    (a, b) => (rank.get(a.source) ?? Infinity) - (rank.get(b.source) ?? Infinity) || a.order - b.order,
  );
}
