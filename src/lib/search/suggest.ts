// Typo correction: a query word no question contains is replaced by the word of the index it is
// a typo of ("transfomer" -> "transformer", "embedings" -> "embeddings", "quantisation" ->
// "quantization"), as Meilisearch does by default: one typo allowed in a word of 5 to 8 letters,
// two from 9 letters, none below 5; a typo is a letter inserted, deleted or changed, or two
// neighbours swapped (Damerau-Levenshtein, optimal string alignment). The words come from the
// index itself (words-file.ts). Pure, so it is tested without a browser.
import { sameWord } from '../text/forms.ts';
import { fold } from '../text/normalise.ts';
import type { Vocabulary } from './words-file.ts';

/** Edits (insert, delete, substitute, swap two neighbours) from a to b; stops past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** Typos allowed in a word of `n` letters (Meilisearch's defaults: minWordSizeForTypos 5 and 9). */
export const typosAllowed = (n: number) => (n < 5 ? 0 : n < 9 ? 1 : 2);

/** Whether the vocabulary has the word, or a word it starts (a word still being typed: "transf"). */
export function knownWord(word: string, vocab: Vocabulary): boolean {
  const w = fold(word);
  if (vocab.has(w)) return true;
  for (const v of vocab.keys()) if (v.startsWith(w)) return true;
  return false;
}

/**
 * The words of the vocabulary `word` (as typed) may be a typo of, best first: the fewest typos
 * within those allowed, then the same first letter (a typo seldom changes it: "destilation" is
 * "distillation", not "estimation"), then the word more questions have. For a word the list has,
 * its own inflections are not what it was typed for ("principles" for "principle").
 */
export function typoCandidates(word: string, vocab: Vocabulary, n = 1): string[] {
  const w = fold(word);
  const max = typosAllowed(w.length);
  if (!max) return [];
  const found: { v: string; rank: [number, number, number] }[] = [];
  const known = vocab.has(w);
  for (const [v, count] of vocab) {
    if (v === w || (known && sameWord(v, w))) continue;
    const d = editDistance(w, v, max);
    if (d <= max) found.push({ v, rank: [d, v[0] === w[0] ? 0 : 1, -count] });
  }
  const cmp = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  return found.sort((a, b) => cmp(a.rank, b.rank) || (a.v < b.v ? -1 : 1)).slice(0, n).map((c) => c.v);
}

/** The word of the vocabulary that `word` is a typo of; undefined for a word the vocabulary knows. */
export function correctWord(word: string, vocab: Vocabulary): string | undefined {
  return knownWord(word, vocab) ? undefined : typoCandidates(word, vocab)[0];
}

/** A query with its typos corrected: what was searched, and which typed word became which. */
export interface Correction {
  query: string;
  changes: [typed: string, corrected: string][];
}

/** A typed word as the corrected one, cased as typed ("Liebler" -> "Leibler", "PCA" stays in capitals). */
const caseAs = (typed: string, word: string) =>
  typed === typed.toUpperCase() ? word.toUpperCase() : /^\p{Lu}/u.test(typed) ? word[0]!.toUpperCase() + word.slice(1) : word;

/**
 * The query with each of its `unknown` words (as the search found them missing) replaced by what
 * `fix` gives for it (by default the word it is a typo of), keeping every other character as typed
 * ("cross-entorpy loss" -> "cross-entropy loss"); undefined when no word changes. A word that
 * cannot be corrected is left as typed.
 */
export function correctQuery(query: string, unknown: readonly string[], vocab: Vocabulary, fix = (w: string) => correctWord(w, vocab)): Correction | undefined {
  const changes: [string, string][] = [];
  const wanted = new Set(unknown.flatMap((u) => [fold(u), ...(u.match(/\p{L}+/gu) ?? []).map(fold)]));
  // Runs of letters, so a word inside "cross-entorpy" or "Kullback-Liebler" is corrected alone.
  const corrected = query.replace(/\p{L}+/gu, (part) => {
    if (!wanted.has(fold(part))) return part;
    const c = fix(part);
    if (!c) return part;
    const cased = caseAs(part, c);
    changes.push([part, cased]);
    return cased;
  });
  return changes.length ? { query: corrected, changes } : undefined;
}
