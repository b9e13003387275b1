// Where the searched words occur in a text: whole words of the searched words' family, as search
// finds them ("gradient" finds "gradients", "cache" finds "caching", "normalization" finds
// "normalized"; src/lib/text/family.ts), case-insensitive. Pure, so it is tested without a DOM; it
// ships on every question page, so it stays small.
import { familyStem } from '../text/family.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that start with a searched word's family stem ("cach" for "cache"). */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const stems = [...new Set(terms.map((t) => t.trim()).filter(Boolean).map(familyStem))];
  if (!stems.length) return undefined;
  const alts = stems.sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** [start, end) ranges of the matches, in order, not overlapping. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const re = termPattern(terms);
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}
