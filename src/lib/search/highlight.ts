// Where the searched words occur in a text: whole words that start with a term or with its
// stem ("gradient" finds "gradients", "cache" finds "caching"), case-insensitive. Search matches
// words by their stem, so the opened page marks the same forms. Pure, so it is tested without a
// DOM; it ships on every question page, so it stays small.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest first; a suffix comes off only if at least four letters stay ("types" -> "type", not "typ").
const SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 'ers', 'er', 'ly', 's', 'e', 'y'];

/** A simple English stem: one suffix off, a doubled final consonant undone ("embedding" -> "embed"). */
export function stem(term: string): string {
  const w = term.toLowerCase();
  if (!/^\p{L}+$/u.test(w)) return w; // "tf-idf", "l2", "c++": matched as typed
  for (const s of SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < 4 || (s === 's' && /[su]s$/.test(w))) continue;
    const base = w.slice(0, -s.length);
    return /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
  }
  return w;
}

export function termPattern(terms: readonly string[]): RegExp | undefined {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean).map(stem))];
  if (!clean.length) return undefined;
  const alts = clean.sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** [start, end) ranges of the matches, in order, not overlapping. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const re = termPattern(terms);
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}
