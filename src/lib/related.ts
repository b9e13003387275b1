// "Also asked as": the same question in other sources, found at build time by text similarity.
//
// Each question becomes two TF-IDF vectors (title, and the start of its answer) over lightly
// stemmed words without stop words; similarity = 0.7 * cosine(titles) + 0.3 * cosine(answers).
// Titles are normalised first, with what the corpus itself shows:
//   - an expansion a title spells out next to its acronym ("Key-Value" for KV, "Mixture of
//     Experts" for MoE) counts as the acronym, in every title;
//   - a prefix is bound to its word ("self-attention" is not "self" + "attention");
//   - adjacent words are joined where the joined form is a word elsewhere ("Flash Attention" is
//     "FlashAttention", "trade-off" is "tradeoff");
//   - a title's first sentence outside parentheses is the question; later sentences ("How does it
//     improve memory efficiency?") and asides in parentheses count half.
// Two questions are the same question only if
//   - for each of them, the terms they share carry at least half the IDF weight of its first
//     sentence ("Explain BM25. How does it differ from TF-IDF?" is not "Explain TF-IDF"), and
//   - neither narrows a shared term with a word of its own in the same phrase ("Attention
//     Dropout" is not "Dropout", "kernel PCA" is not "PCA").
// Only pairs from different sources above the threshold are kept, strongest first. Candidates
// come from an inverted index over title terms, so the cost grows with overlaps, not n².

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
const LATER_SENTENCE = 0.5;

const STOP = new Set(
  `a an and are as at be between by can do does for from how i in into is it its of on or over
  the their this to used use using vs versus what when where which who why with you your explain
  describe difference differences differ differs compare comparison role work works mean
  meaning define definition example examples give concept concepts key main common types type
  different some calculate calculated calculation compute computed computing implement implemented
  implementation purpose important importance matter matters benefit benefits advantage advantages
  detail details did llm llms model models each should would could they them there these those
  we our has have had was were will not no than then so such also about via e g ie eg
  enhance enhances improve improves help helps aid aids crucial critical significant effective
  needed need apply applied happen happens play plays function functions entail task tasks step
  steps mathematically intuitively geometrically conceptually practice doesnt dont isnt cant`.split(/\s+/),
);

const stems = new Map<string, string>();

/** Light stemming, so plural, -ing and -ed forms meet: "caches", "caching" and "cache" are "cach". */
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

/** Lower-case words without stop words, stemmed (answers; titles go through `titleNormaliser`). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of splitWords(text)) if (!STOP.has(raw)) out.push(stem(raw));
  return out;
}

// Prefixes that only make sense bound to the next word: "self-attention" is one term, not "self"
// (which would tie it to "self-training"), "cross-entropy" is not "cross-attention".
const PREFIX = new Set('self multi non semi pre post co cross sub un bi uni inter intra anti auto meta hyper mini over under zero one few'.split(' '));

/** The parts of a hyphenated word, prefixes bound to the part after them. */
function parts(word: string): string[] {
  if (!/[-‐–]/.test(word)) return [word];
  const out: string[] = [];
  let pending = '';
  for (const p of word.split(/[-‐–]/).filter(Boolean)) {
    if (PREFIX.has(p)) pending += p;
    else {
      out.push(pending + p);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:[-‐–][\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)*/gu;
const clean = (w: string) => (/['’]/.test(w) ? w.replace(/['’]s$/i, '').replace(/['’]/g, '') : w);
const keep = (w: string) => w.length >= 2 || /\d/.test(w);

/** Lower-case words; apostrophe-s dropped, hyphenated words split into their parts. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORDS)) for (const w of parts(clean(m[0]))) if (keep(w)) out.push(w);
  return out;
}

/** A title as sentences of tokens: words (with their original spelling) and parentheses. */
interface Token {
  word?: string;
  /** The word as written (for acronyms). */
  raw?: string;
  /** Joined to the next word by a hyphen. */
  hyphen?: boolean;
  paren?: '(' | ')';
  /** A comma, slash or ampersand: the words on either side are not one phrase. */
  gap?: boolean;
}

const TOKEN = new RegExp(`(${WORDS.source})|([()])|([?!.;:](?=\\s|$))|([,/&])`, 'gu');

function tokenize(title: string): Token[][] {
  const sentences: Token[][] = [[]];
  for (const m of title.replace(/×/g, 'x').matchAll(TOKEN)) {
    const current = sentences[sentences.length - 1]!;
    if (m[1]) {
      const pieces = clean(m[1]).split(/[-‐–]/).filter(Boolean);
      pieces.forEach((raw, i) => current.push({ word: raw.toLowerCase(), raw, hyphen: i < pieces.length - 1 }));
    } else if (m[2]) current.push({ paren: m[2] as '(' | ')' });
    else if (m[4]) current.push({ gap: true });
    else if (current.length) sentences.push([]);
  }
  return sentences.map((s) => s.filter((t) => !t.word || keep(t.word))).filter((s) => s.some((t) => t.word));
}

/** Whether `words` spell `acronym` by their initials; stop words may or may not count. */
function spells(acronym: string, words: readonly string[]): boolean {
  const tries = new Set([acronym.replace(/[^A-Z]/g, ''), acronym.replace(/[^A-Za-z]/g, '')].map((a) => a.toLowerCase()));
  const match = (letters: string, i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    const w = words[j]!;
    if (STOP.has(w) && match(letters, i, j + 1)) return true;
    return i < letters.length && w[0] === letters[i] && match(letters, i + 1, j + 1);
  };
  return [...tries].some((letters) => letters.length >= 2 && match(letters, 0, 0));
}

const isAcronym = (raw: string) => (raw.match(/[A-Z]/g)?.length ?? 0) >= 2 && raw.length <= 8;

/**
 * Acronyms the titles define, as the stemmed words of the expansion (as written) -> acronym term:
 * "KV (Key-Value)" and "Multi-Head Attention (MHA)" give "key valu" -> "kv", "multi head attention" -> "mha".
 */
function learnAcronyms(sentences: readonly Token[][]): Map<string, string> {
  const found = new Map<string, string>();
  const add = (acronym: string, words: string[]) => {
    if (words.length < 2) return;
    const key = words.map(stem).join(' ');
    if (!found.has(key)) found.set(key, acronym.toLowerCase());
  };
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (t.paren !== '(') return;
      const close = tokens.findIndex((u, k) => k > i && u.paren === ')');
      if (close < 0) return;
      const inside = tokens.slice(i + 1, close);
      const before = tokens[i - 1];
      // ACRONYM (expansion)
      const words = inside.map((u) => u.word).filter((w): w is string => !!w);
      if (before?.raw && isAcronym(before.raw) && words.length === inside.length && spells(before.raw, words)) add(before.raw, words);
      // expansion (ACRONYM): the shortest run of words before it that spells it
      const acr = inside.length === 1 ? inside[0]!.raw : undefined;
      if (!acr || !isAcronym(acr)) return;
      const run: string[] = [];
      for (let k = i - 1; k >= 0 && tokens[k]!.word && run.length < 8; k--) {
        run.unshift(tokens[k]!.word!);
        if (spells(acr, run)) return add(acr, run);
      }
    });
  }
  return found;
}

interface TitleTerms {
  /** Term -> weight (1 in the first sentence, LATER_SENTENCE after it and in parentheses). */
  weights: Map<string, number>;
  /** Terms of the first sentence outside parentheses, in order. */
  first: string[];
  /** linked[k]: first[k] directly follows first[k - 1] in one phrase (no stop word or comma between). */
  linked: boolean[];
}

/**
 * Normalises titles the way the corpus spells things (see the top of this file). `textWords`: the
 * words of each item's text (splitWords), when the caller has them already.
 */
export function titleNormaliser(items: readonly RelatedInput[], textWords?: readonly string[][]): (title: string) => TitleTerms {
  // Every word that occurs on its own anywhere: the joined form of two adjacent title words must be one.
  const vocabulary = new Set<string>();
  items.forEach((q, i) => {
    for (const w of splitWords(q.title)) vocabulary.add(stem(w));
    for (const w of textWords?.[i] ?? splitWords(q.text)) vocabulary.add(stem(w));
  });
  const acronyms = learnAcronyms(items.flatMap((q) => tokenize(q.title)));
  const longest = Math.max(0, ...[...acronyms.keys()].map((k) => k.split(' ').length));

  return (title) => {
    const weights = new Map<string, number>();
    const first: string[] = [];
    const linkedToPrevious: boolean[] = [];
    tokenize(title).forEach((sentence, n) => {
      // Words in parentheses are asides (examples, expansions): they count like a later sentence.
      // `gap`: a parenthesis or separator comes before the word, so it starts a new phrase.
      const words: { word: string; hyphen?: boolean; aside: boolean; gap: boolean; acronym?: boolean }[] = [];
      let depth = 0;
      let gap = false;
      for (const t of sentence) {
        if (t.word) {
          words.push({ word: t.word, hyphen: t.hyphen, aside: depth > 0, gap });
          gap = false;
        } else {
          if (t.paren) depth = Math.max(0, depth + (t.paren === '(' ? 1 : -1));
          gap = true;
        }
      }
      // 1. A spelled-out acronym is the acronym ("Key-Value Caches" -> kv cach), longest first.
      const folded: typeof words = [];
      const stems = words.map((t) => stem(t.word));
      for (let i = 0; i < words.length; i++) {
        let len = Math.min(longest, words.length - i);
        for (; len >= 2; len--) {
          const acr = acronyms.get(stems.slice(i, i + len).join(' '));
          if (acr) {
            folded.push({ word: acr, aside: words[i]!.aside, gap: words[i]!.gap, acronym: true });
            break;
          }
        }
        if (len >= 2) i += len - 1;
        else folded.push(words[i]!);
      }
      // 2. A prefix is bound to the word after it ("self-attention").
      const bound: { word: string; aside: boolean; gap: boolean; prefixed?: boolean; acronym?: boolean }[] = [];
      for (let i = 0; i < folded.length; i++) {
        const start = folded[i]!;
        let w = start.word;
        while (PREFIX.has(folded[i]!.word) && folded[i]!.hyphen && i + 1 < folded.length) w += folded[++i]!.word;
        bound.push({ word: w, aside: start.aside, gap: start.gap, prefixed: w !== start.word, acronym: start.acronym });
      }
      // 3. Adjacent words whose joined form is a word of the corpus are that word ("flash attention").
      //    Stop words are dropped; `linked`: the term directly follows the one before, in one phrase.
      const out: { term: string; aside: boolean; linked: boolean }[] = [];
      let broken = true;
      for (let i = 0; i < bound.length; i++) {
        const a = bound[i]!;
        const b = bound[i + 1];
        const joinable = b && !b.gap && !a.prefixed && !b.prefixed && !a.acronym && !b.acronym && !STOP.has(a.word) && !STOP.has(b.word);
        const linked = !broken && !a.gap;
        if (joinable && vocabulary.has(stem(a.word + b.word))) {
          out.push({ term: stem(a.word + b.word), aside: a.aside && b.aside, linked });
          i++;
          broken = false;
        } else if (!STOP.has(a.word)) {
          // An acronym stays as it is: "MAPE" is not "MAP".
          out.push({ term: a.acronym ? a.word : stem(a.word), aside: a.aside, linked });
          broken = false;
        } else broken = true;
      }
      for (const { term, aside, linked } of out) {
        const main = n === 0 && !aside;
        weights.set(term, Math.max(weights.get(term) ?? 0, main ? 1 : LATER_SENTENCE));
        if (main) {
          first.push(term);
          linkedToPrevious.push(linked && first.length > 1);
        }
      }
    });
    return { weights, first, linked: linkedToPrevious };
  };
}

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
  const answerTerms = textWords.map((words) => words.filter((w) => !STOP.has(w)).slice(0, ANSWER_WORDS).map(stem));
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
