// Forms of a word, at the two strengths the site needs:
//   - the same word: an inflection apart ("caches", "caching", "cache"; not "token" and
//     "tokenization"), by `stem` and `sameWord`. Related questions, ranking and classification
//     compare these.
//   - the same word family, as full-text search finds it: "normalization" finds "normalize",
//     "token" finds "tokenization", a half-typed "normaliza" is on its way to "normalization", by
//     `isFormOf` (which words of a result a query word found) and `familyStem` (family.ts: which
//     words of the opened question to highlight, kept apart because it ships on every question page).
// And compounds: a prefix bound to its word ("self-attention" is one word, not "self" + "attention").
// Inputs are lower-case words (see normalise.ts).
import { FAMILY_ENDINGS } from './family.ts';

const stems = new Map<string, string>();

/**
 * The same word whatever its inflection: plural, -ing and -ed forms meet ("caches", "caching" and
 * "cache" are "cach"; "embeddings" and "embedding" are "embed"; "-ss", "-us", "-is" words keep their s).
 */
export function stem(w: string): string {
  let s = stems.get(w);
  if (s === undefined) stems.set(w, (s = stemWord(w)));
  return s;
}

function stemWord(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(?:ss|us|is|as|os)$/.test(s)) return s;
  else if (/(?:s|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s')) s = s.slice(0, -1);
  const cut = (suffix: string) => {
    const rest = s.slice(0, -suffix.length);
    if (!s.endsWith(suffix) || rest.length < 3 || !/[aeiouy]/.test(rest)) return false;
    // "embedding" -> "embedd" -> "embed", "running" -> "run"
    s = /([^aeiouls])\1$/.test(rest) ? rest.slice(0, -1) : rest;
    return true;
  };
  if (!cut('ing') && !s.endsWith('eed')) cut('ed');
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Whether two lower-case words are one word in another inflection ("lstms"/"lstm"; not "adam"/"adamw"). */
export const sameWord = (a: string, b: string) => a === b || stem(a) === stem(b);

// Every English ending by which two words of one family differ ("caching"/"cache", "studies"/"study",
// "optimizer"/"optimization"): what a half-typed word may still be on its way to.
const SUFFIXES = [
  ...FAMILY_ENDINGS,
  ...(
    'est ily ier iest ion ions ional ational ative ator ize izes ized izer izing ise ises ised iser ising ' +
    'ity ities ive ives ively ivity ment ments ness al als ally ic ics ical ically ism isms ist ists able ' +
    'ably ability ible ibly ibility ence ences ency ance ances ancy ent ents ant ants ous ously ful fully ' +
    'less or ors ure ures en ens ial ially ish age ages ery ry'
  ).split(' '),
];

/** Shortest shared start for a word to count as another's form ("cach" for "caching"). */
const MIN_SHARED = 3;

const couldStartSuffix = (rest: string) => SUFFIXES.some((s) => s.startsWith(rest));

/** How many letters two words share at their start. */
export function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether `form` is a form of `term`, perhaps half typed, as full-text search matches it (both
 * folded): `form` starts with `term`, or past a shared start what is left of `term` could begin an
 * English ending ("normaliza" is on its way to "normalization", a form of "normalizes").
 */
export function isFormOf(term: string, form: string): boolean {
  if (!term || !form) return false;
  if (form.startsWith(term)) return true; // a prefix: what a reader is typing
  for (let k = sharedStart(term, form); k >= MIN_SHARED; k--) {
    const rest = term.slice(k);
    // "running" past "run": the doubled consonant belongs to the suffix.
    if (couldStartSuffix(rest) || (rest[0] === term[k - 1] && couldStartSuffix(rest.slice(1)))) return true;
  }
  return false;
}

// Prefixes that only make sense bound to the next word: "self-attention" is one word, not "self"
// (which would tie it to "self-training"), "cross-entropy" is not "cross-attention".
// (A literal list: the search bundle, which never asks, leaves it out.)
const PREFIXES = /* @__PURE__ */ new Set([
  'self', 'multi', 'non', 'semi', 'pre', 'post', 'co', 'cross', 'sub', 'un', 'bi', 'uni', 'inter', 'intra', 'anti', 'auto', 'meta', 'hyper', 'mini', 'over', 'under', 'zero', 'one', 'few',
]);

/** Whether a lower-case word is a prefix that binds to the word after a hyphen ("self", "multi"). */
export const isBoundPrefix = (w: string) => PREFIXES.has(w);

/** The parts of a hyphenated lower-case word, prefixes bound to the part after them ("multi-head-attention" -> "multihead", "attention"). */
export function compoundParts(word: string): string[] {
  if (!/[-‐–]/.test(word)) return [word];
  const out: string[] = [];
  let pending = '';
  for (const p of word.split(/[-‐–]/).filter(Boolean)) {
    if (PREFIXES.has(p)) pending += p;
    else {
      out.push(pending + p);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}
