// "Also asked as": the same question in other sources, found at build time by text similarity.
//
// Each question becomes two TF-IDF vectors (title, and the start of its answer) over lightly
// stemmed words without stop words; similarity = 0.7 * cosine(titles) + 0.3 * cosine(answers).
// Titles are normalised first, with what the corpus itself shows (src/lib/related-titles.ts).
// Two questions are the same question only if
//   - for each of them, the terms they share carry at least half the IDF weight of its first
//     sentence ("Explain BM25. How does it differ from TF-IDF?" is not "Explain TF-IDF"), and
//   - neither narrows a shared term with a word of its own in the same phrase ("Attention
//     Dropout" is not "Dropout", "kernel PCA" is not "PCA").
// Only pairs from different sources above the threshold are kept, strongest first. Candidates
// come from an inverted index over title terms, so the cost grows with overlaps, not n².

import { splitWords, titleNormaliser, type RelatedInput, type TitleTerms } from './related-titles.ts';
import { stem } from './text/forms.ts';
import { isCommonWord } from './text/stop-words.ts';

export type { RelatedInput } from './related-titles.ts';

export interface RelatedOptions {
  /** Minimum similarity (0..1) for two questions to be shown as the same question. */
  threshold?: number;
  /** At most this many related questions per question. */
  max?: number;
  /** Share of each title's first-sentence IDF weight the shared terms must carry (0..1). */
  coverage?: number;
}

// Both tuned by reading every candidate pair of the shipped sources with a score from 0.35 up:
// above them, nearly all pairs are the same question asked differently; below, mostly neighbours
// in a topic. tests/corpus/related.test.ts holds real pairs on either side.
export const DEFAULT_RELATED_THRESHOLD = 0.45;
/** Share of a title's first-sentence IDF weight that the pair's shared terms must carry. */
export const DEFAULT_RELATED_COVERAGE = 0.5;
const ANSWER_WORDS = 120;

type Vector = Map<string, number>;

function idfOf(docs: readonly Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, n] of df) idf.set(w, Math.log(1 + docs.length / n));
  return idf;
}

function normalised(raw: Map<string, number>): Vector {
  let norm = 0;
  for (const x of raw.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const v: Vector = new Map();
  for (const [w, x] of raw) v.set(w, x / norm);
  return v;
}

function answerVectors(docs: string[][], idf: Map<string, number>): Vector[] {
  return docs.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const raw = new Map<string, number>();
    for (const [w, n] of tf) raw.set(w, (1 + Math.log(n)) * (idf.get(w) ?? 0));
    return normalised(raw);
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export function relatedQuestions(
  items: readonly RelatedInput[],
  { threshold = DEFAULT_RELATED_THRESHOLD, max = 5, coverage: minCoverage = DEFAULT_RELATED_COVERAGE }: RelatedOptions = {},
): Map<string, { id: string; score: number }[]> {
  const textWords = items.map((q) => splitWords(q.text));
  const normalise = titleNormaliser(items, textWords);
  const titleTerms = items.map((q) => normalise(q.title));
  const titleIdf = idfOf(titleTerms.map((t) => t.weights.keys()));
  const titles = titleTerms.map((t) => normalised(new Map([...t.weights].map(([w, x]) => [w, x * (titleIdf.get(w) ?? 0)]))));
  const answerTerms = textWords.map((words) => words.filter((w) => !isCommonWord(w)).slice(0, ANSWER_WORDS).map(stem));
  const answers = answerVectors(answerTerms, idfOf(answerTerms));

  /** Share of the IDF weight of `a`'s first sentence that terms also in `b` carry. */
  const coverage = (a: TitleTerms, b: TitleTerms) => {
    let all = 0;
    let shared = 0;
    for (const w of a.first) {
      const x = titleIdf.get(w) ?? 0;
      all += x;
      if (b.weights.has(w)) shared += x;
    }
    return all ? shared / all : 0;
  };

  /** A term of `a`'s first sentence that `b` lacks, in one phrase just before a term they share:
   * `a` asks about a narrower thing ("Attention Dropout" vs "Dropout", "kernel PCA" vs "PCA");
   * "Adam and AdamW" is not "Adam AdamW". */
  const narrower = (a: TitleTerms, b: TitleTerms) =>
    a.first.some((w, k) => a.linked[k] && b.weights.has(w) && !b.weights.has(a.first[k - 1]!));

  const index = new Map<string, number[]>();
  titleTerms.forEach((t, i) => {
    for (const w of t.weights.keys()) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });

  const result = new Map<string, { id: string; score: number }[]>();
  items.forEach((q, i) => {
    const candidates = new Set<number>();
    for (const w of titleTerms[i]!.weights.keys()) for (const j of index.get(w)!) if (items[j]!.source !== q.source) candidates.add(j);
    const scored: { id: string; score: number }[] = [];
    for (const j of candidates) {
      const a = titleTerms[i]!;
      const b = titleTerms[j]!;
      const cover = Math.min(coverage(a, b), coverage(b, a));
      if (cover < minCoverage || narrower(a, b) || narrower(b, a)) continue;
      const score = 0.7 * cosine(titles[i]!, titles[j]!) + 0.3 * cosine(answers[i]!, answers[j]!);
      if (score >= threshold) scored.push({ id: items[j]!.id, score: Math.round(score * 1000) / 1000 });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(q.id, scored.slice(0, max));
  });
  return result;
}
