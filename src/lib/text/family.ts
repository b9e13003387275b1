// The word family as full-text search finds it, for highlighting the searched words on the opened
// question ("normalization" marks "normalized", "cache" marks "caching"). Apart from forms.ts
// because it ships on every question page: a few hundred bytes, nothing else.

/** Endings a search may find a word under: inflections, and the -ation family that search stems
 * away ("normalization" finds "normalize"); longest first. */
export const FAMILY_ENDINGS = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 'ers', 'er', 'ly', 's', 'e', 'y'];

/**
 * The start every word of a word's family shares: one ending off, a doubled final consonant undone,
 * at least four letters left ("embeddings" -> "embed", "types" -> "type", "normalization" -> "normal").
 * Words with digits or punctuation ("tf-idf", "l2") are their own family.
 */
export function familyStem(term: string): string {
  const w = term.toLowerCase();
  if (!/^\p{L}+$/u.test(w)) return w;
  for (const s of FAMILY_ENDINGS) {
    if (!w.endsWith(s) || w.length - s.length < 4 || (s === 's' && /[su]s$/.test(w))) continue;
    const base = w.slice(0, -s.length);
    return /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
  }
  return w;
}
