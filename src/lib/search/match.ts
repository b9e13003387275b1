// Which words of a query the results really contain. Pagefind never says "no such word": for a
// word that no indexed word starts with, it searches the longest indexed word that starts the
// query word instead (Pagefind/pagefind#315), so "xyzzyqq" finds every "x" and "vanshing
// gradient" finds "VAEs ... gradients". That fallback exists for half-typed inflections
// ("normaliza" -> "normal"), so a word still counts as found when what the result has differs
// from it only by what could be an English suffix. Pure, so it is tested without a browser.

// Suffixes by which two forms of one word differ ("caching"/"cache", "studies"/"study").
// A query word counts as found when, past a shared start, what is left could begin one of these.
const SUFFIXES = (
  's es ed ing ings er ers est ly ily ies ied ier iest ion ions ional ation ations ational ative ator ' +
  'ization izations isation isations ize izes ized izer izing ise ises ised iser ising ity ities ive ives ' +
  'ively ivity ment ments ness al als ally ic ics ical ically ism isms ist ists able ably ability ible ibly ' +
  'ibility ence ences ency ance ances ancy ent ents ant ants ous ously ful fully less or ors ure ures ' +
  'y e en ens ial ially ish age ages ery ry'
).split(' ');

/** Shortest shared start for a word to count as another's form ("cach" for "caching"). */
const MIN_STEM = 3;

/** A word as Pagefind compares it: lower case, no accents, no punctuation ("TF-IDF," -> "tfidf"). */
export function normalizeWord(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/** The forms of a word of text a query word can match: the whole and its parts ("production-grade."). */
export function wordForms(w: string): string[] {
  const parts = w.split(/[\s\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]+/u).map(normalizeWord);
  return [...new Set([normalizeWord(w), ...parts])].filter(Boolean);
}

const couldStartSuffix = (rest: string) => SUFFIXES.some((s) => s.startsWith(rest));

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether `form` (normalized) is a form of the query word `term` (normalized), as Pagefind matches it. */
export function isFormOf(term: string, form: string): boolean {
  if (!term || !form) return false;
  if (form.startsWith(term)) return true; // a prefix: what a reader is typing
  for (let k = commonPrefix(term, form); k >= MIN_STEM; k--) {
    const rest = term.slice(k);
    // "running" past "run": the doubled consonant belongs to the suffix.
    if (couldStartSuffix(rest) || (rest[0] === term[k - 1] && couldStartSuffix(rest.slice(1)))) return true;
  }
  return false;
}

export interface TermMatch {
  /** The query word, as typed. */
  term: string;
  /** Whether the results contain it (or one of its forms). */
  found: boolean;
  /** Whether what the results contain instead shares most of the word ("transformerz" -> "transformer"). */
  near: boolean;
}

/**
 * For each word of the query, whether the words the results matched contain it.
 * `matched` is every word Pagefind marked in the results (and their titles).
 */
export function matchTerms(query: string, matched: readonly string[]): TermMatch[] {
  const forms = [...new Set(matched.flatMap(wordForms))];
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      const t = normalizeWord(term);
      const found = !t || forms.some((f) => isFormOf(t, f));
      const shared = Math.max(0, ...forms.map((f) => commonPrefix(t, f)));
      return { term, found, near: found || (shared >= 4 && shared >= 0.6 * t.length) };
    });
}

/** The words of a Pagefind result's text at the positions it matched. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return locations.map((l) => words[l] ?? '').filter(Boolean);
}
