// When no question, or hardly any, has every word of a query: Pagefind requires every word, so
// a question asked in full ("how does beam search work", "how do LLMs deal with words that are
// not in the vocabulary") finds nothing when the answer says "beam search" but never "work", or
// "out-of-vocabulary" but never "deal". First the words that only frame a question go ("work",
// "explain", "use": stop-words.ts); if that is not enough, each word is searched alone and a question
// ranks by how many of the words it has, then by the sum of its scores for them (an OR of the
// words), so the questions with more of the words, and with them in the title, come first. Pure.
import { isCommonWord, isFrameWord } from '../text/stop-words.ts';
import type { Hit, SearchIndex } from './pipeline.ts';
import { titleCoverage, titlesOf } from './rerank.ts';

/** Fewer results than this for every word: the words are searched one by one as well. */
export const FEW = 5;

export interface Relaxed {
  /** The words searched, space-separated. */
  searched: string;
  results: Hit[];
}

/**
 * Results for `pq` (words separated by one space, stop words out) when searching all its words
 * found fewer than FEW: `found` are those results; undefined when relaxing finds nothing more.
 */
export async function relax(ix: SearchIndex, pq: string, filters: Record<string, string>, found: readonly Hit[]): Promise<Relaxed | undefined> {
  const words = pq.split(' ').filter(Boolean);
  // The words that name something: not "how", "work", "explain", nor "use", "need", "model".
  const named = words.filter((w) => !isCommonWord(w));
  const core = named.length ? named : words.filter((w) => !isFrameWord(w));
  let searched = words;
  let results: readonly Hit[] = found;
  if (core.length && core.length < words.length) {
    const r = await ix.search(core.join(' '), filters);
    if (r.length > results.length) [searched, results] = [core, r];
  }
  // Each word alone: for a question asked in full (three words or more), or when nothing has them all.
  const orWords = results.length ? searched.length >= 3 : searched.length >= 2;
  if (results.length >= FEW || !orWords) return results === found ? undefined : { searched: searched.join(' '), results: [...results] };
  const lists = await Promise.all(searched.map((w) => ix.search(w, filters)));
  const merged = anyWord(lists);
  if (merged.length <= results.length) return results === found ? undefined : { searched: searched.join(' '), results: [...results] };
  return { searched: searched.join(' '), results: await titledFirst(merged, searched.join(' ')) };
}

/** How many of the best results `titledFirst` weighs. */
const WEIGHED = 20;

/**
 * The results whose titles have more of the words first (stable): a question is about what its
 * title says, so for "why do decoders need a causal mask" the questions titled with "causal mask"
 * come before one titled with "decoder" whose answer has all three words.
 */
async function titledFirst(results: Hit[], query: string): Promise<Hit[]> {
  const head = results.slice(0, WEIGHED);
  const covered = await Promise.all(head.map(async (r) => titleCoverage(query, titlesOf(await r.data()))));
  const order = head.map((r, i) => ({ r, i, c: covered[i]! })).sort((a, b) => b.c - a.c || a.i - b.i);
  return [...order.map((o) => o.r), ...results.slice(WEIGHED)];
}

/**
 * The questions of several one-word searches, those with more of the words first (as Meilisearch
 * ranks by how many query words a document has), then by the sum of their scores, then as first seen.
 */
export function anyWord(lists: readonly (readonly Hit[])[]): Hit[] {
  const total = new Map<string, { hit: Hit; words: number; score: number; first: number }>();
  let n = 0;
  for (const list of lists) {
    for (const hit of list) {
      const t = total.get(hit.id);
      if (t) [t.words, t.score] = [t.words + 1, t.score + (hit.score ?? 0)];
      else total.set(hit.id, { hit, words: 1, score: hit.score ?? 0, first: n++ });
    }
  }
  return [...total.values()].sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first).map((t) => t.hit);
}
