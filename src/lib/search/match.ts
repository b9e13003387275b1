// Which words of a query the results really contain. Pagefind never says "no such word": for a
// word that no indexed word starts with, it searches the longest indexed word that starts the
// query word instead (Pagefind/pagefind#315), so "xyzzyqq" finds every "x" and "vanshing
// gradient" finds "VAEs ... gradients". That fallback exists for half-typed inflections
// ("normaliza" -> "normal"), so a word still counts as found when what the result has is one of
// its forms as the word library tells them (isFormOf). Pure, so it is tested without a browser.
import { isFormOf, sameWord, sharedStart } from '../text/forms.ts';
import { fold, foldedParts } from '../text/normalise.ts';

export interface TermMatch {
  /** The query word, as typed. */
  term: string;
  /** Whether the results contain it (or one of its forms). */
  found: boolean;
  /**
   * Whether the results contain it as typed, in an inflection, or as the start of a word being
   * typed: a word found only as another of its family ("reinforcment" through Pagefind's stem of
   * "reinforcement") may be a typo, which the word list tells (pipeline.ts).
   */
  exact: boolean;
  /** Whether what the results contain instead shares most of the word ("transformerz" -> "transformer"). */
  near: boolean;
}

/**
 * For each word of the query, whether the words the results matched contain it.
 * `matched` is every word Pagefind marked in the results (and their titles).
 */
export function matchTerms(query: string, matched: readonly string[]): TermMatch[] {
  const forms = [...new Set(matched.flatMap(foldedParts))];
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      const t = fold(term);
      const found = !t || forms.some((f) => isFormOf(t, f));
      const exact = !t || forms.some((f) => f.startsWith(t) || sameWord(t, f));
      const shared = Math.max(0, ...forms.map((f) => sharedStart(t, f)));
      return { term, found, exact, near: found || (shared >= 4 && shared >= 0.6 * t.length) };
    });
}

/** The words of a Pagefind result's text at the positions it matched. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return locations.map((l) => words[l] ?? '').filter(Boolean);
}
