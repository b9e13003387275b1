// Where the searched words occur in a text: whole words that start with a term
// ("gradient" finds "gradients"), case-insensitive. Pure, so it is tested without a DOM.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termPattern(terms: readonly string[]): RegExp | undefined {
  const clean = terms.map((t) => t.trim()).filter(Boolean);
  if (!clean.length) return undefined;
  const alts = [...clean].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** [start, end) ranges of the matches, in order, not overlapping. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const re = termPattern(terms);
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}
