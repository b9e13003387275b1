// "Also asked as": the same question in other sources, found at build time by text similarity.
//
// Each question becomes two TF-IDF vectors (title, and the start of its answer) over lightly
// stemmed words without stop words; similarity = 0.7 * cosine(titles) + 0.3 * cosine(answers).
// Only pairs from different sources above the threshold are kept, strongest first. Candidates
// come from an inverted index over title words, so the cost grows with overlaps, not n².

export interface RelatedInput {
  id: string;
  source: string;
  title: string;
  /** Plain text of the answer. */
  text: string;
}

export interface RelatedOptions {
  /** Minimum similarity (0..1) for two questions to be shown as the same question. */
  threshold?: number;
  /** At most this many related questions per question. */
  max?: number;
}

// Tuned by reading the pairs of the shipped sources: from about 0.45 up they are the same question
// asked differently; below, mostly neighbouring questions of the same topic.
export const DEFAULT_RELATED_THRESHOLD = 0.45;
const ANSWER_WORDS = 120;

const STOP = new Set(
  `a an and are as at be between by can do does for from how i in into is it its of on or over
  the their this to used use using vs versus what when where which who why with you your explain
  describe difference differences compare comparison between role work works mean meaning define
  definition example examples give concept concepts key main common types type different some
  calculate calculated calculation compute computed computing implement implemented purpose
  important matter matters benefit benefits advantage advantages detail does did llm llms model models`.split(/\s+/),
);

/** Lower-case words without stop words, with a light plural/suffix stemming. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐–'’][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    // "bias-variance", "trade-off": the parts, and the joined form so "tradeoff" matches too.
    const parts = word.split(/[-‐–'’]/);
    if (parts.length > 1) parts.push(parts.join(''));
    for (const w of parts) {
      if (w.length < 2 || STOP.has(w)) continue;
      out.push(stem(w));
    }
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|us|is|as|os)$/.test(w)) return w;
  if (w.length > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

type Vector = Map<string, number>;

function tfidf(docs: string[][], idf: Map<string, number>): Vector[] {
  return docs.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, n] of tf) {
      const x = (1 + Math.log(n)) * (idf.get(w) ?? 0);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [w, n] of df) idf.set(w, Math.log(1 + docs.length / n));
  return idf;
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
  { threshold = DEFAULT_RELATED_THRESHOLD, max = 5 }: RelatedOptions = {},
): Map<string, { id: string; score: number }[]> {
  const titleTerms = items.map((q) => terms(q.title));
  const answerTerms = items.map((q) => terms(q.text).slice(0, ANSWER_WORDS));
  const titles = tfidf(titleTerms, idfOf(titleTerms));
  const answers = tfidf(answerTerms, idfOf(answerTerms));

  const index = new Map<string, number[]>();
  titleTerms.forEach((ws, i) => {
    for (const w of new Set(ws)) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });

  const result = new Map<string, { id: string; score: number }[]>();
  items.forEach((q, i) => {
    const candidates = new Set<number>();
    for (const w of new Set(titleTerms[i])) for (const j of index.get(w)!) if (items[j]!.source !== q.source) candidates.add(j);
    const scored: { id: string; score: number }[] = [];
    for (const j of candidates) {
      const score = 0.7 * cosine(titles[i]!, titles[j]!) + 0.3 * cosine(answers[i]!, answers[j]!);
      if (score >= threshold) scored.push({ id: items[j]!.id, score: Math.round(score * 1000) / 1000 });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(q.id, scored.slice(0, max));
  });
  return result;
}
