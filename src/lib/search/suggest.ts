// "Did you mean": for a query word no question contains, the word of the questions' titles it is
// closest to, if one is close enough to be a typo of it ("transfromer" -> "transformer",
// "atention" -> "attention"). Titles are the vocabulary a reader searches with, and small. Pure,
// so it is tested without a browser.
import { fold, typedWords } from '../text/normalise.ts';

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

/** Words of titles, lower case, with how often each occurs. */
export function vocabulary(titles: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) {
    for (const w of typedWords(title)) {
      const n = fold(w);
      if (n.length >= 3 && /\p{L}/u.test(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return counts;
}

/** How many edits a typo of a word this long may have: one in a short word, two in a long one. */
const allowed = (n: number) => (n < 5 ? 0 : n < 8 ? 1 : 2);

/** The vocabulary word closest to `word` within the edits allowed, the more frequent on a tie. */
export function closestWord(word: string, vocab: ReadonlyMap<string, number>): string | undefined {
  const w = fold(word);
  const max = allowed(w.length);
  if (!max || vocab.has(w)) return undefined;
  let best: string | undefined;
  let bestD = max + 1;
  let bestN = 0;
  for (const [v, n] of vocab) {
    const d = editDistance(w, v, max);
    if (d < bestD || (d === bestD && n > bestN)) [best, bestD, bestN] = [v, d, n];
  }
  return bestD <= max ? best : undefined;
}

/**
 * The query with each of its `missing` words (those not in the vocabulary) replaced by the closest
 * vocabulary word, or undefined when one has none (a suggestion that still has a word nothing
 * contains is no help) or nothing changes.
 */
export function suggestQuery(query: string, missing: readonly string[], vocab: ReadonlyMap<string, number>): string | undefined {
  const swap = new Map<string, string>();
  for (const m of missing) {
    if (vocab.has(fold(m))) continue;
    const c = closestWord(m, vocab);
    if (!c) return undefined;
    swap.set(m, c);
  }
  if (!swap.size) return undefined;
  return query
    .trim()
    .split(/\s+/)
    .map((w) => swap.get(w) ?? w)
    .join(' ');
}
